import fs from 'node:fs';
import path from 'node:path';
import { commandLine, isAlive } from './embedded-postgres';

/** The pid of the `npm start` launcher running from this data folder (its launcher.pid), or null. */
export function launcherOf(dataDir: string): number | null {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(path.join(dataDir, 'launcher.pid'), 'utf8'));
  } catch {
    return null;
  }
  return pid > 0 && isAlive(pid) && commandLine(pid).some((arg) => arg.endsWith('scripts/start.ts')) ? pid : null;
}
