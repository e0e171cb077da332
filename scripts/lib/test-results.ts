import fs from 'node:fs';
import { z } from 'zod';

// Counts from the runners' own JSON reports, for the closing line CI reads: "N passed, N failed".
export const RESULTS_DIR = 'test-results';
const REPORTS = { vitest: 'vitest.json', playwright: 'e2e.json', checks: 'checks.json' } as const;
export const VITEST_REPORT = `${RESULTS_DIR}/${REPORTS.vitest}`;
export const CHECKS_REPORT = `${RESULTS_DIR}/${REPORTS.checks}`;

export type Counts = { passed: number; failed: number; skipped: number };
const zero: Counts = { passed: 0, failed: 0, skipped: 0 };

const vitestSchema = z.object({
  success: z.boolean().default(true),
  numPassedTests: z.number(),
  numFailedTests: z.number(),
  numPendingTests: z.number(),
  numTodoTests: z.number().default(0),
});
const playwrightSchema = z.object({
  stats: z.object({ expected: z.number(), unexpected: z.number(), flaky: z.number(), skipped: z.number() }),
  // Errors outside any test: a web server that could not start, a spec that failed to load.
  errors: z.array(z.unknown()).default([]),
});
/** Static checks (typecheck, lint, drift) count as one test each. */
const checksSchema = z.record(z.string(), z.boolean());

function readJson(file: string): unknown {
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null;
}

export function countResults(dir = RESULTS_DIR): Counts & { missing: string[] } {
  const report = (name: keyof typeof REPORTS) => readJson(`${dir}/${REPORTS[name]}`);
  const missing: string[] = [];
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
  } else missing.push('vitest');

  const playwright = report('playwright');
  if (playwright) {
    const { stats, errors } = playwrightSchema.parse(playwright);
    add({ passed: stats.expected + stats.flaky, failed: stats.unexpected + errors.length, skipped: stats.skipped });
  } else missing.push('playwright');

  const checks = report('checks');
  if (checks) for (const ok of Object.values(checksSchema.parse(checks))) add(ok ? { ...zero, passed: 1 } : { ...zero, failed: 1 });
  else missing.push('checks');

  // A runner that left no report crashed before reporting: that is a failure, not zero tests.
  total.failed += missing.length;
  return { ...total, missing };
}

/** The closing lines: skipped tests (on their own line, if any), then exactly `N passed, N failed`, which CI reads. */
export const summaryLines = ({ passed, failed, skipped }: Counts) => [...(skipped ? [`(${skipped} skipped)`] : []), `${passed} passed, ${failed} failed`];
