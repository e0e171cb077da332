import 'server-only';
import { z } from 'zod';

// The only place that reads process.env in the app. Validated on first use rather than at import
// time, because `next build` imports server modules without a database to talk to.
const envSchema = z.object({
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'a postgresql:// URL'),
  SITE_URL: z.url().default('http://localhost:3000'),
});

export type Env = z.infer<typeof envSchema>;
let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid environment variable ${String(issue?.path[0])}: ${issue?.message}`);
  }
  cached = parsed.data;
  return cached;
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
