import { createHmac } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
// Relative, not '@/': next.config.ts imports this file, and Next compiles the config without the path aliases.
import { trustedProxyList } from '../http/client-address';

// The environment the portal runs with, in one schema shared by the app (lib/server/env.ts), the
// production server (scripts/server.ts), the launcher and the one-off scripts, none of which may
// import 'server-only' code. Pure: it reads the variables it is given, never process.env itself.

const databaseUrl = z.string().regex(/^postgres(ql)?:\/\/[^/]+/, 'must be a postgresql:// URL');
const siteUrl = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' });
const authSecret = z.string().min(32, 'must be at least 32 characters (e.g. `openssl rand -base64 32`)');
// What Next imports as the AES-GCM key of server actions: the base64 of 16, 24 or 32 bytes.
const actionsKeyMessage = 'must be the base64 of 32 random bytes (e.g. `openssl rand -base64 32`)';
const serverActionsKey = z
  .base64(actionsKeyMessage)
  .refine((key) => [16, 24, 32].includes(Buffer.from(key, 'base64').byteLength), actionsKeyMessage)
  .optional();

export const envSchema = z.object({
  DATABASE_URL: databaseUrl,
  SITE_URL: siteUrl.default('http://localhost:3000'),
  NODE_ENV: z.string().default('development'),
  // Signs the session cookies. `npm start` with the embedded database creates one in the data folder.
  AUTH_SECRET: authSecret.optional(),
});

const whole = (min: number, max: number) => {
  const message = `must be a whole number from ${min} to ${max}`;
  return z.coerce.number({ error: message }).int(message).min(min, message).max(max, message);
};

/** How many reverse proxies in front of the server append to X-Forwarded-For (lib/http/client-address.ts). */
export const trustedProxyHops = whole(0, 5).default(0);

/**
 * The addresses (or subnets) X-Forwarded-For is believed from: the proxy next to the server. By
 * default this machine, where the documented nginx runs (deploy/nginx/portal.conf).
 */
export const trustedProxies = z
  .string()
  .default('127.0.0.1,::1')
  .transform((text, context) => {
    const list = trustedProxyList(text);
    if (!list) context.addIssue({ code: 'custom', message: 'must be IP addresses or subnets (e.g. 127.0.0.1,10.0.0.0/24), separated by commas' });
    return list ?? z.NEVER;
  });

/**
 * How much uncached work the production server takes on (docs/decisions/022-limits-on-uncached-work.md):
 * searches and API reads not answered from a copy, per client address (a bucket of
 * RATE_LIMIT_BURST requests refilled at RATE_LIMIT_PER_SECOND; 0 turns the limit off), and how
 * many renders may wait for one of the 8 render slots before the rest are refused with a 503.
 */
const floodLimitsSchema = z.object({
  RATE_LIMIT_PER_SECOND: z.coerce
    .number({ error: 'must be a number from 0 to 10000' })
    .min(0, 'must be a number from 0 to 10000')
    .max(10_000, 'must be a number from 0 to 10000')
    .default(5),
  RATE_LIMIT_BURST: whole(1, 100_000).default(60),
  RENDER_QUEUE_LIMIT: whole(0, 100_000).default(100),
});
type FloodLimits = { rate: { perSecond: number; burst: number } | null; renderQueueLimit: number };

/** In production nothing has a default: a site served under a wrong address or an unsigned session is worse than not starting. */
const productionSchema = z.object({
  DATABASE_URL: databaseUrl,
  AUTH_SECRET: authSecret,
  SITE_URL: siteUrl,
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: serverActionsKey,
  TRUSTED_PROXY_HOPS: trustedProxyHops,
  TRUSTED_PROXY: trustedProxies,
  ...floodLimitsSchema.shape,
});

type Variables = Record<string, string | undefined>;
const setOnly = (variables: Variables) => Object.fromEntries(Object.entries(variables).filter(([, value]) => value !== undefined && value !== ''));

/** The one line that says what is wrong, naming the variable: "Invalid environment variable X: …". */
export function describeIssue(issue: z.core.$ZodIssue | undefined, variables: Variables): string {
  const name = String(issue?.path[0] ?? 'unknown');
  const message = variables[name] === undefined || variables[name] === '' ? 'is not set' : (issue?.message ?? 'is invalid');
  return `Invalid environment variable ${name}: ${message}`;
}

/**
 * What stops a production server from starting, as one line, or null when the configuration is
 * sound. Empty values count as missing (a `VAR=` line in a unit file is a mistake, not a choice).
 */
export function productionConfigProblem(variables: Variables): string | null {
  const present = setOnly(variables);
  const parsed = productionSchema.safeParse(present);
  return parsed.success ? null : describeIssue(parsed.error.issues[0], present);
}

/**
 * The key Next encrypts the bound arguments of server actions with, and salts their ids with, at
 * build time: NEXT_SERVER_ACTIONS_ENCRYPTION_KEY when set, else one derived from AUTH_SECRET (which
 * every instance of a deployment shares anyway, for its sessions). Instances built apart from the
 * same sources then accept each other's forms; without either, Next draws a random key per build.
 * See docs/decisions/028-instances-built-apart.md.
 */
export function serverActionsKeyFrom(variables: Variables): string | undefined {
  const parsed = serverActionsKey.safeParse(variables.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY || undefined);
  if (!parsed.success) throw new Error(`Invalid environment variable NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: ${parsed.error.issues[0]?.message}`);
  if (parsed.data) return parsed.data;
  // A one-way derivation under its own label: the key reveals nothing of the session secret.
  return variables.AUTH_SECRET ? createHmac('sha256', variables.AUTH_SECRET).update('sister-city-portal server actions key').digest('base64') : undefined;
}

/** The production server's limits on uncached work, from the environment (checked by productionConfigProblem first). */
export function floodLimitsFrom(variables: Variables): FloodLimits {
  const limits = floodLimitsSchema.parse(setOnly(variables));
  return {
    rate: limits.RATE_LIMIT_PER_SECOND > 0 ? { perSecond: limits.RATE_LIMIT_PER_SECOND, burst: limits.RATE_LIMIT_BURST } : null,
    renderQueueLimit: limits.RENDER_QUEUE_LIMIT,
  };
}

/**
 * The folder uploads are stored in: MEDIA_DIR, or `media` inside the launcher's data folder
 * (PORTAL_DATA_DIR, default .data) so that a reset of the data folder resets both together.
 */
export function mediaDirFrom(variables: Variables): string {
  const parsed = z
    .string()
    .trim()
    .min(1)
    .optional()
    .safeParse(variables.MEDIA_DIR || undefined);
  if (!parsed.success) throw new Error(`Invalid environment variable MEDIA_DIR: ${parsed.error.issues[0]?.message}`);
  // turbopackIgnore: a folder chosen at run time, not a source file the build should trace.
  return path.resolve(/*turbopackIgnore: true*/ parsed.data ?? path.join(variables.PORTAL_DATA_DIR || '.data', 'media'));
}
