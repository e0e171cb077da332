import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const nextConfig: NextConfig = {
  cacheComponents: true,
  partialPrefetching: true,
  poweredByHeader: false,
  experimental: {
    // Uploads go through a server action (and, on /{locale}/admin, through the proxy): room for the
    // largest accepted file (a 20 MB PDF) plus the form's other fields. Default: 1 MB and 10 MB.
    serverActions: { bodySizeLimit: '21mb' },
    proxyClientMaxBodySize: '21mb',
  },
  // Tests build into their own folder so that they never disturb a developer's `npm start` build.
  ...(process.env.NEXT_DIST_DIR ? { distDir: process.env.NEXT_DIST_DIR } : {}),
};

export default createNextIntlPlugin('./i18n/request.ts')(nextConfig);
