import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { countResults, summaryLines } from './test-results';

const dirs: string[] = [];
/** A results folder holding these reports, as `npm test` leaves it. */
function results(reports: Record<string, unknown>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'test-results-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(reports)) fs.writeFileSync(path.join(dir, name), JSON.stringify(content));
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const vitest = { success: true, numPassedTests: 10, numFailedTests: 0, numPendingTests: 0, numTodoTests: 0 };
const stats = { expected: 5, unexpected: 0, flaky: 0, skipped: 0 };
const checks = { typecheck: true, lint: true };

describe('the closing line CI reads', () => {
  it('adds up every runner and check', () => {
    expect(summaryLines(countResults(results({ 'vitest.json': vitest, 'e2e.json': { stats, errors: [] }, 'checks.json': checks })))).toEqual([
      '17 passed, 0 failed',
    ]);
  });

  it('counts an end-to-end run that could not start its server as failed, not as zero tests', () => {
    const error = { message: 'Error: http://localhost:3100/ru is already used' };
    const counts = countResults(results({ 'vitest.json': vitest, 'e2e.json': { stats: { ...stats, expected: 0 }, errors: [error] }, 'checks.json': checks }));
    expect(summaryLines(counts)).toEqual(['12 passed, 1 failed']);
  });

  it('counts a unit run that failed outside any test, and a missing report, as failures', () => {
    const counts = countResults(results({ 'vitest.json': { ...vitest, success: false }, 'checks.json': checks }));
    expect(counts).toMatchObject({ passed: 12, failed: 2, missing: ['playwright'] });
  });
});
