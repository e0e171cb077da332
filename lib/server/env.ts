import 'server-only';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';

// The only place that reads process.env in the app. Validated on first use rather than at import
// time, because `next build` imports server modules without a database to talk to.
const envSchema = z.object({
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'a postgresql:// URL'),
  SITE_URL: z.url().default('http://localhost:3000'),
  NODE_ENV: z.string().default('development'),
  // Signs the session cookies. `npm start` with the embedded database creates one in the data folder.
  AUTH_SECRET: z.string().min(32, 'at least 32 characters (e.g. `openssl rand -base64 32`)').optional(),
});

export type Env = Omit<z.infer<typeof envSchema>, 'AUTH_SECRET'> & { AUTH_SECRET: string };
let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid environment variable ${String(issue?.path[0])}: ${issue?.message}`);
  }
  cached = { ...parsed.data, AUTH_SECRET: authSecret(parsed.data) };
  return cached;
}

/**
 * Production refuses to run without a real secret. In development and tests a stable secret is
 * derived from the database address, so sessions survive restarts without any setup; it is not a
 * secret worth the name, which is why production never falls back to it.
 */
function authSecret({ AUTH_SECRET, NODE_ENV, DATABASE_URL }: z.infer<typeof envSchema>): string {
  if (AUTH_SECRET) return AUTH_SECRET;
  if (NODE_ENV === 'production') throw new Error('Invalid environment variable AUTH_SECRET: required in production (at least 32 characters, e.g. `openssl rand -base64 32`)');
  return createHash('sha256').update(`sister-city-portal development secret|${DATABASE_URL}`).digest('base64url');
}

const siteUrlSchema = z.url().default('http://localhost:3000');

/**
 * The public address of the site, for absolute links (sitemap, canonical and Open Graph URLs).
 * Separate from env() because metadata is rendered at build time too, where no database is configured.
 */
export function siteUrl(): URL {
  const parsed = siteUrlSchema.safeParse(process.env.SITE_URL || undefined);
  if (!parsed.success) throw new Error(`Invalid environment variable SITE_URL: ${parsed.error.issues[0]?.message}`);
  return new URL(parsed.data);
}

const mediaDirSchema = z.string().trim().min(1).optional();

/**
 * The folder uploads are stored in: MEDIA_DIR, or `media` inside the launcher's data folder
 * (PORTAL_DATA_DIR, default .data) so that a reset of the data folder resets both together.
 * Read per call (not cached): tests point it at a temporary folder.
 */
export function mediaDir(): string {
  const parsed = mediaDirSchema.safeParse(process.env.MEDIA_DIR || undefined);
  if (!parsed.success) throw new Error(`Invalid environment variable MEDIA_DIR: ${parsed.error.issues[0]?.message}`);
  // turbopackIgnore: a folder chosen at run time, not a source file the build should trace.
  return path.resolve(/*turbopackIgnore: true*/ parsed.data ?? path.join(process.env.PORTAL_DATA_DIR || '.data', 'media'));
}
