// npm run db:restore -- <backup folder>
// Replaces the database's rows with the backup's (one transaction: all or nothing) and then the
// media folder with the backup's copy. Stop the web server first: the restore refuses to run
// while `npm start` runs from this data folder or anything else is connected to the database.
// Database: DATABASE_URL, else the embedded PostgreSQL under PORTAL_DATA_DIR (default .data).
import './lib/load-env';
import { mediaDirFrom } from '@/lib/config/environment';
import { backupParts, restore } from './lib/backup';
import { launcherOf } from './lib/launcher-pid';
import { connectToPortalDatabase } from './lib/portal-database';

const dataDir = process.env.PORTAL_DATA_DIR || '.data';
const argument = process.argv[2];
const say = (line: string) => console.log(`[restore] ${line}`);

try {
  if (!argument) throw new Error('give the backup folder: npm run db:restore -- .data/backups/<timestamp>');
  backupParts(argument); // a wrong path is reported before any database is started
  const running = launcherOf(dataDir);
  if (running) throw new Error(`the portal is running from ${dataDir} (pid ${running}): stop it before restoring`);
  const database = await connectToPortalDatabase(dataDir);
  try {
    await restore({ url: database.url, argument, mediaDir: mediaDirFrom(process.env), say });
  } finally {
    await database.close();
  }
  say('done');
} catch (error) {
  console.error(`[restore] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
