import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The session-signing secret of an embedded-database installation when AUTH_SECRET is not set:
 * made once and kept beside the data (readable by its owner only), so sessions survive restarts
 * and deleting the data folder also invalidates its sessions.
 */
export function persistentAuthSecret(dataDir: string): string {
  const file = path.join(dataDir, 'auth-secret');
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const secret = crypto.randomBytes(32).toString('base64url');
  fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
  return secret;
}
