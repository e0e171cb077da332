// An instance of its own storing an upload, for tests/integration/media.test.ts: the same storage
// call an upload makes, STORE_TIMES times over (as instances and retries would), then "stored".
// Run with --conditions=react-server, MEDIA_DIR set.
import fs from 'node:fs';
import { storeFile } from '@/lib/server/media/storage';

const { STORE_KEY = '', STORE_SOURCE = '', STORE_TIMES = '1' } = process.env;
const bytes = new Uint8Array(fs.readFileSync(STORE_SOURCE));
for (let i = 0; i < Number(STORE_TIMES); i++) await storeFile(STORE_KEY, bytes);
process.stdout.write('stored\n');
