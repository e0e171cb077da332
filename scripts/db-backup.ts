// npm run db:backup [-- <folder>]
// Writes a backup folder: database.jsonl.gz (every table's rows, one consistent snapshot) and
// media/ (a copy of the uploads). Default folder: <data folder>/backups/<UTC timestamp>.
// Database: DATABASE_URL, else the embedded PostgreSQL of `npm start` (PORTAL_DATA_DIR, default
// .data) — the running one, or started just for this command. Safe while the portal runs.
import './lib/load-env';
import path from 'node:path';
import { mediaDirFrom } from '@/lib/config/environment';
import { backup, backupName } from './lib/backup';
import { connectToPortalDatabase } from './lib/portal-database';

const dataDir = process.env.PORTAL_DATA_DIR || '.data';
const folder = path.resolve(process.argv[2] ?? path.join(dataDir, 'backups', backupName()));
const say = (line: string) => console.log(`[backup] ${line}`);

try {
  const database = await connectToPortalDatabase(dataDir);
  try {
    await backup({ url: database.url, folder, mediaDir: mediaDirFrom(process.env), say });
  } finally {
    await database.close();
  }
  say(`done: ${folder} — restore with: npm run db:restore -- ${path.relative(process.cwd(), folder) || '.'}`);
} catch (error) {
  console.error(`[backup] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
