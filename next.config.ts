import path from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { serverActionsKeyFrom } from './lib/config/environment';
import { buildFingerprint, buildIdFor } from './scripts/lib/build-fingerprint';
import {
  MEDIA_CONTENT_SECURITY_POLICY,
  OPEN_DATA_RESOURCE_POLICY,
  OPEN_DATA_SOURCES,
  STATIC_CONTENT_SECURITY_POLICY,
  STATIC_SECURITY_HEADERS,
} from './lib/security/headers';
import { MAX_BODY_MEGABYTES } from './lib/security/request-limits';

// Instances built apart from the same sources and deployment secret accept each other's forms:
// Next reads this variable when the build starts, after loading this file (docs/decisions/028).
const actionsKey = serverActionsKeyFrom(process.env);
if (actionsKey) process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY = actionsKey;

const csp = (value: string) => [{ key: 'Content-Security-Policy', value }];

const nextConfig: NextConfig = {
  cacheComponents: true,
  partialPrefetching: true,
  poweredByHeader: false,
  // The same sources give the same id, not a random one per build: see above.
  generateBuildId: () => buildIdFor(buildFingerprint()),
  // 'use cache' entries stay in each instance's memory; when a tag was invalidated is shared by every
  // instance through PostgreSQL (docs/decisions/026). `remote` would otherwise stay Next's built-in
  // handler, which hears of no other instance's saves.
  cacheHandlers: { default: path.resolve('lib/cache/cache-handler.mjs'), remote: path.resolve('lib/cache/cache-handler.mjs') },
  // Security headers (docs/decisions/013). Pages get their CSP, with a per-request nonce, from the
  // proxy; these sources are exactly what its matcher skips, so no response carries two policies.
  // (A route handler's own header does not replace one set here: /media gets its policy here too.)
  async headers() {
    return [
      { source: '/:path*', headers: [...STATIC_SECURITY_HEADERS] },
      { source: '/api/:path*', headers: csp(STATIC_CONTENT_SECURITY_POLICY) },
      { source: '/_next/:path*', headers: csp(STATIC_CONTENT_SECURITY_POLICY) },
      { source: '/:path((?!api/|_next/|media/).*\\..*)', headers: csp(STATIC_CONTENT_SECURITY_POLICY) },
      { source: '/media/:path*', headers: csp(MEDIA_CONTENT_SECURITY_POLICY) },
      ...OPEN_DATA_SOURCES.map((source) => ({ source, headers: [OPEN_DATA_RESOURCE_POLICY] })),
      // Icons in public/ keep fixed names, so a long but bounded cache, never `immutable` (decision 023).
      {
        source: '/:icon(favicon\\.ico|apple-touch-icon\\.png)',
        headers: [{ key: 'Cache-Control', value: 'public, max-age=86400, stale-while-revalidate=604800' }],
      },
    ];
  },
  experimental: {
    // On by default with cacheComponents, and with partialPrefetching it runs a second, "runtime
    // prefetch" render of every page and inlines it into the HTML for the client router's cache:
    // the page's RSC payload sent twice (e.g. /ru/about: 2 × 22 KB) and rendered twice. Public pages
    // render whole per request anyway (docs/decisions/006), so there is nothing to gain: navigation
    // fetches the next page, and links still prefetch each route's shared App Shell.
    cachedNavigations: false,
    // Uploads go through a server action (and, on /{locale}/admin, through the proxy): room for the
    // largest accepted file (a 20 MB PDF) plus the form's other fields. Default: 1 MB and 10 MB.
    // The proxy refuses a longer body with 413 (lib/security/request-limits.ts).
    serverActions: { bodySizeLimit: `${MAX_BODY_MEGABYTES}mb` },
    proxyClientMaxBodySize: `${MAX_BODY_MEGABYTES}mb`,
  },
  // Tests build into their own folder so that they never disturb a developer's `npm start` build.
  ...(process.env.NEXT_DIST_DIR ? { distDir: process.env.NEXT_DIST_DIR } : {}),
};

export default createNextIntlPlugin('./i18n/request.ts')(nextConfig);
