// npm run admin:create -- --email you@example.org --name "Your Name" [--locale kk]
// Creates the first admin (or gives an existing account admin access back) and prints a one-time
// set-password link. With ADMIN_PASSWORD in the environment the password is set directly instead
// (for automation; never put it on the command line, where `ps` and the shell history see it).
//
// Database: DATABASE_URL, else the embedded PostgreSQL of `npm start` (PORTAL_DATA_DIR, default
// .data): the running one when the portal is up, otherwise started just for this command.
// Runs with the react-server condition so that it can reuse the app's own auth code.
import './lib/load-env';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { isAppLocale } from '@/i18n/routing';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/lib/schemas/users';
import { connectToPortalDatabase } from './lib/portal-database';

const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' }, locale: { type: 'string', default: 'ru' } } });
const input = z
  .object({
    email: z.email('--email must be an e-mail address'),
    name: z.string().trim().min(1, '--name is required'),
    locale: z.string().refine(isAppLocale, '--locale must be ru, kk or en'),
    password: z.string().min(MIN_PASSWORD_LENGTH, `ADMIN_PASSWORD must have at least ${MIN_PASSWORD_LENGTH} characters`).max(MAX_PASSWORD_LENGTH).optional(),
  })
  .safeParse({ ...values, password: process.env.ADMIN_PASSWORD || undefined });
if (!input.success) {
  console.error(input.error.issues.map((issue) => issue.message).join('\n'));
  console.error('Usage: npm run admin:create -- --email you@example.org --name "Your Name" [--locale ru|kk|en]');
  process.exit(1);
}

const database = await connectToPortalDatabase();
try {
  process.env.DATABASE_URL = database.url; // the app's data layer connects here on first use
  const { grantAdminAccess } = await import('@/lib/server/users/first-admin');
  const { locale, ...rest } = { ...input.data, email: input.data.email.trim().toLowerCase() };
  const access = await grantAdminAccess({ ...rest, locale: locale as 'ru' | 'kk' | 'en' });
  console.log(
    access.created
      ? `Created the admin ${rest.email}.`
      : `${rest.email} already existed: it is now an enabled admin; its old password and sessions no longer work.`,
  );
  if (access.link) {
    console.log(`\nOpen this link to set the password (works once, until ${access.link.expiresAt.toISOString()}):\n\n  ${access.link.url}\n`);
  } else {
    console.log('The password from ADMIN_PASSWORD is set; sign in at /admin/sign-in.');
  }
} finally {
  await database.close();
}
process.exit(0); // the app's connection pool would otherwise keep the process alive
