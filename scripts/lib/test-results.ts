import fs from 'node:fs';
import { z } from 'zod';

// Counts from the runners' own JSON reports, for the closing line CI reads: "N passed, N failed".
export const RESULTS_DIR = 'test-results';
export const VITEST_REPORT = `${RESULTS_DIR}/vitest.json`;
const PLAYWRIGHT_REPORT = `${RESULTS_DIR}/e2e.json`;
export const CHECKS_REPORT = `${RESULTS_DIR}/checks.json`;

export type Counts = { passed: number; failed: number; skipped: number };
const zero: Counts = { passed: 0, failed: 0, skipped: 0 };

const vitestSchema = z.object({ numPassedTests: z.number(), numFailedTests: z.number(), numPendingTests: z.number(), numTodoTests: z.number().default(0) });
const playwrightSchema = z.object({ stats: z.object({ expected: z.number(), unexpected: z.number(), flaky: z.number(), skipped: z.number() }) });
/** Static checks (typecheck, lint, drift) count as one test each. */
const checksSchema = z.record(z.string(), z.boolean());

function readJson(file: string): unknown {
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null;
}

export function countResults(): Counts & { missing: string[] } {
  const missing: string[] = [];
  const total = { ...zero };
  const add = (c: Counts) => {
    total.passed += c.passed;
    total.failed += c.failed;
    total.skipped += c.skipped;
  };

  const vitest = readJson(VITEST_REPORT);
  if (vitest) {
    const v = vitestSchema.parse(vitest);
    add({ passed: v.numPassedTests, failed: v.numFailedTests, skipped: v.numPendingTests + v.numTodoTests });
  } else missing.push('vitest');

  const playwright = readJson(PLAYWRIGHT_REPORT);
  if (playwright) {
    const { stats } = playwrightSchema.parse(playwright);
    add({ passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped });
  } else missing.push('playwright');

  const checks = readJson(CHECKS_REPORT);
  if (checks) for (const ok of Object.values(checksSchema.parse(checks))) add(ok ? { ...zero, passed: 1 } : { ...zero, failed: 1 });
  else missing.push('checks');

  // A runner that left no report crashed before reporting: that is a failure, not zero tests.
  total.failed += missing.length;
  return { ...total, missing };
}

/** The closing lines: skipped tests (on their own line, if any), then exactly `N passed, N failed`, which CI reads. */
export const summaryLines = ({ passed, failed, skipped }: Counts) => [...(skipped ? [`(${skipped} skipped)`] : []), `${passed} passed, ${failed} failed`];
