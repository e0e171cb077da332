import fs from 'node:fs';
import path from 'node:path';
import { commandLine, isAlive } from './embedded-postgres';

const LAUNCHERS = ['scripts/start.ts', 'scripts/start-cluster.ts'];

/** The pid of the `npm start` or `npm run start:cluster` launcher running from this data folder (its launcher.pid), or null. */
export function launcherOf(dataDir: string): number | null {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(path.join(dataDir, 'launcher.pid'), 'utf8'));
  } catch {
    return null;
  }
  return pid > 0 && isAlive(pid) && commandLine(pid).some((arg) => LAUNCHERS.some((script) => arg.endsWith(script))) ? pid : null;
}
