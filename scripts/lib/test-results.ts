import fs from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { z } from 'zod';

// Counts from the runners' own JSON reports, for the closing line CI reads: "N passed, N failed".
export const RESULTS_DIR = 'test-results';
const REPORTS = { vitest: 'vitest.json', playwright: 'e2e.json', checks: 'checks.json' } as const;
export const VITEST_REPORT = `${RESULTS_DIR}/${REPORTS.vitest}`;
export const CHECKS_REPORT = `${RESULTS_DIR}/${REPORTS.checks}`;

export type Counts = { passed: number; failed: number; skipped: number };
/** Each failure named, so the end of CI's log, which is all CI keeps in view, says what failed. */
type Failures = { failures: string[] };
const zero: Counts = { passed: 0, failed: 0, skipped: 0 };

/** An error as both runners report it; only its first line is shown. */
const error = z.object({ message: z.string().optional() });
const vitestSchema = z.object({
  success: z.boolean().default(true),
  numPassedTests: z.number(),
  numFailedTests: z.number(),
  numPendingTests: z.number(),
  numTodoTests: z.number().default(0),
  testResults: z
    .array(
      z.object({
        name: z.string(),
        status: z.string(),
        message: z.string().optional(),
        assertionResults: z.array(z.object({ fullName: z.string(), status: z.string(), failureMessages: z.array(z.string()).default([]) })),
      }),
    )
    .default([]),
});
const playwrightSpec = z.object({
  title: z.string(),
  line: z.number(),
  tests: z.array(z.object({ projectName: z.string(), status: z.string(), results: z.array(z.object({ error: error.optional() })) })),
});
type PlaywrightSuite = { title: string; file?: string; specs: z.infer<typeof playwrightSpec>[]; suites: PlaywrightSuite[] };
const playwrightSuite: z.ZodType<PlaywrightSuite> = z.lazy(() =>
  z.object({ title: z.string(), file: z.string().optional(), specs: z.array(playwrightSpec).default([]), suites: z.array(playwrightSuite).default([]) }),
);
const playwrightSchema = z.object({
  stats: z.object({ expected: z.number(), unexpected: z.number(), flaky: z.number(), skipped: z.number() }),
  // Errors outside any test: a web server that could not start, a spec that failed to load.
  errors: z.array(error).default([]),
  suites: z.array(playwrightSuite).default([]),
});
/** Static checks (typecheck, lint, drift) count as one test each. */
const checksSchema = z.record(z.string(), z.boolean());

function readJson(file: string): unknown {
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null;
}

/** A failure's first line, without the runners' colours and short enough for a log line. */
const firstLine = (text: string) =>
  (
    stripVTControlCharacters(text)
      .split('\n')
      .find((line) => line.trim()) ?? ''
  )
    .trim()
    .slice(0, 400);
const named = (what: string, why?: string) => (why ? `${what}: ${firstLine(why)}` : what);

function vitestFailures(results: z.infer<typeof vitestSchema>['testResults']): string[] {
  return results.flatMap((file) => {
    const where = path.relative(process.cwd(), file.name);
    const tests = file.assertionResults.filter((test) => test.status === 'failed');
    // A file that failed with no failing test did not load or failed in a hook.
    if (tests.length === 0) return file.status === 'failed' ? [named(where, file.message)] : [];
    return tests.map((test) => named(`${where} › ${test.fullName}`, test.failureMessages[0]));
  });
}

/** Failed tests as the list reporter names them: file and line, then describe blocks and title. */
function playwrightFailures(suites: PlaywrightSuite[], file?: string, titles: string[] = []): string[] {
  return suites.flatMap((suite) => {
    // The outermost suite is the file; the ones inside it are describe blocks.
    const inner = file === undefined ? titles : [...titles, suite.title];
    const where = suite.file ?? file;
    return [
      ...suite.specs.flatMap((spec) =>
        spec.tests
          .filter((test) => test.status === 'unexpected')
          .map((test) => named(`[${test.projectName}] ${where}:${spec.line} › ${[...inner, spec.title].join(' › ')}`, test.results.at(-1)?.error?.message)),
      ),
      ...playwrightFailures(suite.suites, where, inner),
    ];
  });
}

export function countResults(dir = RESULTS_DIR): Counts & Failures {
  const report = (name: keyof typeof REPORTS) => readJson(`${dir}/${REPORTS[name]}`);
  const missing: string[] = [];
  const failures: string[] = [];
  const total = { ...zero };
  const add = (c: Counts) => {
    total.passed += c.passed;
    total.failed += c.failed;
    total.skipped += c.skipped;
  };

  // A run that failed with no failing test (a suite that did not load, a server that did not start)
  // is one failure more, never a pass.
  const vitest = report('vitest');
  if (vitest) {
    const v = vitestSchema.parse(vitest);
    const unattributed = !v.success && v.numFailedTests === 0 ? 1 : 0;
    add({ passed: v.numPassedTests, failed: v.numFailedTests + unattributed, skipped: v.numPendingTests + v.numTodoTests });
    failures.push(...vitestFailures(v.testResults), ...(unattributed ? ['unit and integration run: an error outside any test (its log says which)'] : []));
  } else missing.push('vitest');

  const playwright = report('playwright');
  if (playwright) {
    const { stats, errors, suites } = playwrightSchema.parse(playwright);
    add({ passed: stats.expected + stats.flaky, failed: stats.unexpected + errors.length, skipped: stats.skipped });
    failures.push(...playwrightFailures(suites), ...errors.map((error) => named('end-to-end run', error.message)));
  } else missing.push('playwright');

  const checks = report('checks');
  if (checks)
    for (const [name, ok] of Object.entries(checksSchema.parse(checks))) {
      add(ok ? { ...zero, passed: 1 } : { ...zero, failed: 1 });
      if (!ok) failures.push(`${name} failed`);
    }
  else missing.push('checks');

  // A runner that left no report crashed before reporting: that is a failure, not zero tests.
  total.failed += missing.length;
  failures.push(...missing.map((runner) => `no report from ${runner}`));
  return { ...total, failures };
}

const SHOWN_FAILURES = 20;

/**
 * The closing lines: what failed, one line each (at most SHOWN_FAILURES), skipped tests (if any),
 * then exactly `N passed, N failed`, which CI reads.
 */
export function summaryLines({ passed, failed, skipped, failures }: Counts & Failures): string[] {
  const more = failures.length - SHOWN_FAILURES;
  return [
    ...failures.slice(0, SHOWN_FAILURES).map((failure) => `✗ ${failure}`),
    ...(more > 0 ? [`✗ … and ${more} more`] : []),
    ...(skipped ? [`(${skipped} skipped)`] : []),
    `${passed} passed, ${failed} failed`,
  ];
}
