// npm run import -- --kind partners|agreements|events|projects FILE [--apply] [--locale ru|kk|en] [--publish]
// Reads a CSV or XLSX file of one record kind (the columns of that kind's CSV export) and says what
// each row would do; with --apply, does it in one transaction (nothing at all if any row fails).
// Texts go to --locale (ru by default); new records are drafts unless --publish. The last line is
// `create N, update N, unchanged N, errors N`; the exit status is 1 when errors > 0 or the file is
// refused. The audit log names the portal's first admin (docs/decisions/042).
//
// Database: DATABASE_URL, else the embedded PostgreSQL of `npm start`, as for `npm run admin:create`.
import './lib/load-env';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { MAX_IMPORT_BYTES } from '@/lib/import/read-table';
import { importWording } from '@/lib/import/wording';
import { connectToPortalDatabase } from './lib/portal-database';

const USAGE = 'Usage: npm run import -- --kind partners|agreements|events|projects FILE [--apply] [--locale ru|kk|en] [--publish]';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    kind: { type: 'string' },
    apply: { type: 'boolean', default: false },
    locale: { type: 'string', default: 'ru' },
    publish: { type: 'boolean', default: false },
  },
});
const input = z
  .object({
    kind: z.enum(['partners', 'agreements', 'events', 'projects'], '--kind must be partners, agreements, events or projects'),
    locale: z.enum(['ru', 'kk', 'en'], '--locale must be ru, kk or en'),
    file: z.string('a FILE to import is required'),
    apply: z.boolean(),
    publish: z.boolean(),
  })
  .safeParse({ ...values, file: positionals[0] });
if (!input.success || positionals.length !== 1) {
  console.error([...(input.error?.issues.map((issue) => issue.message) ?? []), USAGE].join('\n'));
  process.exit(1);
}

/** The file's first bytes past the limit at most: a larger file is refused by the import, as on the admin page, without reading it all. */
function readHead(file: string): Uint8Array {
  const buffer = Buffer.alloc(MAX_IMPORT_BYTES + 1);
  const fd = fs.openSync(file, 'r');
  try {
    return buffer.subarray(0, fs.readSync(fd, buffer, 0, buffer.length, 0));
  } finally {
    fs.closeSync(fd);
  }
}

const { file, ...options } = input.data;
const words = importWording(options.locale);
const database = await connectToPortalDatabase();
let failed = true;
try {
  process.env.DATABASE_URL = database.url; // the app's data layer connects here on first use
  const { importFileAsFirstAdmin } = await import('@/lib/server/import/import-file');
  const report = await importFileAsFirstAdmin({ ...options, bytes: readHead(file) });
  if ('noAdmin' in report) {
    console.error('No admin yet: create one with `npm run admin:create`, whom the audit log will name.');
  } else if (!report.ok) {
    console.log(`Refused: ${words.refusal(report.refused)} (${report.refused.message})`);
    console.log('create 0, update 0, unchanged 0, errors 1');
  } else {
    const { detected, rows, counts } = report;
    const separator = detected.format === 'csv' ? (detected.separator === '\t' ? 'tab' : detected.separator) : null;
    console.log(detected.format === 'csv' ? `Detected: CSV, ${detected.encoding}, separator ${separator}` : 'Detected: XLSX');
    for (const row of rows) {
      const reasons = row.errors.map(words.row).join('; ');
      console.log(`row ${row.row} ${row.key || '(new)'}: ${row.outcome}${reasons ? ` — ${reasons}` : ''}`);
    }
    if (options.apply) console.log(report.applied ? 'Applied.' : 'Nothing was written.');
    console.log(`create ${counts.create}, update ${counts.update}, unchanged ${counts.unchanged}, errors ${counts.errors}`);
    failed = counts.errors > 0;
  }
} finally {
  await database.close();
}
process.exit(failed ? 1 : 0); // the app's connection pool would otherwise keep the process alive
