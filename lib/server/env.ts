import 'server-only';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { describeIssue, envSchema, mediaDirFrom } from '@/lib/config/environment';

// The only place that reads process.env in the app. Validated on first use rather than at import
// time, because `next build` imports server modules without a database to talk to.
export type Env = Omit<z.infer<typeof envSchema>, 'AUTH_SECRET'> & { AUTH_SECRET: string };
let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(describeIssue(parsed.error.issues[0], process.env));
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
  if (NODE_ENV === 'production')
    throw new Error('Invalid environment variable AUTH_SECRET: required in production (at least 32 characters, e.g. `openssl rand -base64 32`)');
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

/**
 * The folder uploads are stored in (MEDIA_DIR, else `media` in the data folder; see mediaDirFrom).
 * Read per call (not cached): tests point it at a temporary folder.
 */
export function mediaDir(): string {
  return mediaDirFrom(process.env);
}
