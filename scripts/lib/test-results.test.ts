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

  it('counts an end-to-end run that could not start its server as failed, not as zero tests, and says why', () => {
    const error = { message: '\u001b[31mError: http://localhost:3100/ru is already used\u001b[39m\n    at stack' };
    const counts = countResults(results({ 'vitest.json': vitest, 'e2e.json': { stats: { ...stats, expected: 0 }, errors: [error] }, 'checks.json': checks }));
    expect(summaryLines(counts)).toEqual(['✗ end-to-end run: Error: http://localhost:3100/ru is already used', '12 passed, 1 failed']);
  });

  it('counts a unit run that failed outside any test, and a missing report, as failures', () => {
    const counts = countResults(results({ 'vitest.json': { ...vitest, success: false }, 'checks.json': { ...checks, lint: false } }));
    expect(summaryLines(counts)).toEqual([
      '✗ unit and integration run: an error outside any test (its log says which)',
      '✗ lint failed',
      '✗ no report from playwright',
      '11 passed, 3 failed',
    ]);
  });
});

describe('the lines above it, which name what failed', () => {
  it('name each failed test with its file and the first line of its error, from both runners', () => {
    const file = (name: string) => path.join(process.cwd(), name);
    const counts = countResults(
      results({
        'vitest.json': {
          ...vitest,
          success: false,
          numFailedTests: 1,
          testResults: [
            { name: file('lib/a.test.ts'), status: 'passed', assertionResults: [{ fullName: 'a works', status: 'passed', failureMessages: [] }] },
            {
              name: file('tests/integration/b.test.ts'),
              status: 'failed',
              assertionResults: [
                { fullName: 'b › counts eight plans', status: 'failed', failureMessages: ['AssertionError: expected 7 to be 8\n    at b.test.ts:9'] },
              ],
            },
            { name: file('tests/integration/c.test.ts'), status: 'failed', message: 'Hook timed out in 10000ms.', assertionResults: [] },
          ],
        },
        'e2e.json': {
          stats: { ...stats, unexpected: 1 },
          suites: [
            {
              title: 'search.spec.ts',
              file: 'search.spec.ts',
              specs: [],
              suites: [
                {
                  title: 'in kk',
                  specs: [
                    {
                      title: 'finds Shymkent',
                      line: 12,
                      tests: [
                        {
                          projectName: 'kazan',
                          status: 'unexpected',
                          results: [{ error: { message: 'first try' } }, { error: { message: '\n\u001b[2mexpect(locator).toBeVisible() failed\u001b[22m\n' } }],
                        },
                      ],
                    },
                    { title: 'finds Izmir', line: 20, tests: [{ projectName: 'kazan', status: 'flaky', results: [] }] },
                  ],
                },
              ],
            },
          ],
        },
        'checks.json': checks,
      }),
    );
    expect(summaryLines(counts)).toEqual([
      '✗ tests/integration/b.test.ts › b › counts eight plans: AssertionError: expected 7 to be 8',
      '✗ tests/integration/c.test.ts: Hook timed out in 10000ms.',
      '✗ [kazan] search.spec.ts:12 › in kk › finds Shymkent: expect(locator).toBeVisible() failed',
      '17 passed, 2 failed',
    ]);
  });

  it('stop at twenty, saying how many more failed', () => {
    const failing = Array.from({ length: 23 }, (_, n) => ({ fullName: `test ${n}`, status: 'failed', failureMessages: [] }));
    const counts = countResults(
      results({
        'vitest.json': {
          ...vitest,
          numFailedTests: 23,
          testResults: [{ name: path.join(process.cwd(), 'x.test.ts'), status: 'failed', assertionResults: failing }],
        },
        'e2e.json': { stats },
        'checks.json': checks,
      }),
    );
    const lines = summaryLines(counts);
    expect(lines.filter((line) => line.startsWith('✗ x.test.ts'))).toHaveLength(20);
    expect(lines.slice(-2)).toEqual(['✗ … and 3 more', '17 passed, 23 failed']);
  });
});
