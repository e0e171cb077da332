// npm test: static checks, unit + integration tests (vitest, real PostgreSQL), end-to-end tests
// (Playwright, Debian chromium, production build). Every step runs even when an earlier one
// fails, so one run reports everything; the last line is the summary CI reads.
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import { CHECKS_REPORT, RESULTS_DIR, VITEST_REPORT, countResults, summaryLines } from './lib/test-results';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const bin = (name: string) => `node_modules/.bin/${name}`;
const step = (title: string, command: string, args: string[]) => {
  if (title) console.log(`\n━━ ${title} ━━`);
  return spawnSync(command, args, { stdio: 'inherit', env }).status === 0;
};

fs.rmSync(RESULTS_DIR, { recursive: true, force: true });
fs.mkdirSync(RESULTS_DIR, { recursive: true });

const checks: Record<string, boolean> = {
  // next typegen writes the route types (PageProps, LayoutProps) that a fresh clone lacks.
  typecheck: step('Type check', bin('next'), ['typegen']) && step('', bin('tsc'), ['--noEmit']),
  // `npm run lint`'s steps, all run so one run reports them all: eslint, knip (unused files,
  // exports and dependencies), then Prettier's check of the formatting.
  lint: [
    step('Lint', bin('eslint'), ['--max-warnings', '0', '.']),
    step('', bin('knip'), []),
    step('', bin('prettier'), ['--check', '--log-level', 'warn', '.']),
  ].every(Boolean),
};
fs.writeFileSync(CHECKS_REPORT, JSON.stringify(checks));

step('Unit and integration tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${VITEST_REPORT}`]);
step('End-to-end tests', bin('playwright'), ['test']);

const counts = countResults();
console.log('');
for (const line of summaryLines(counts)) console.log(line);
process.exit(counts.failed > 0 ? 1 : 0);
