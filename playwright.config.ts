import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS } from './scripts/lib/chromium';

// Two demo portals, because the two seeded cities show different things: Shymkent has the
// Kazakh-named partners and undated agreements, Kazan the dated documents and the 42 events.
// E2E_PORT and E2E_DIST_DIR let two checkouts (or two developers) run the suite side by side.
const port = Number(process.env.E2E_PORT ?? 3100);
export const distDir = process.env.E2E_DIST_DIR ?? '.next-test';
export const portals = {
  shymkent: { port, dataDir: `.data/e2e-${port}`, pgPort: port + 51249 },
  kazan: { port: port + 1, dataDir: `.data/e2e-${port + 1}`, pgPort: port + 51250 },
} as const;

const phone = { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true };
const desktop = { viewport: { width: 1440, height: 900 } };
const kazanSpecs = /\.kazan\.spec\.ts$/;

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1, // 2 cores: the servers, PostgreSQL and the browser already share them
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  // Playwright empties this folder: keep it apart from the other reports, and from a side-by-side run's.
  outputDir: process.env.E2E_PORT ? `test-results/playwright-${port}` : 'test-results/playwright',
  use: {
    locale: 'ru-RU',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS },
  },
  projects: [
    { name: 'desktop', testIgnore: kazanSpecs, use: { ...desktop, baseURL: `http://localhost:${portals.shymkent.port}` } },
    { name: 'phone', testIgnore: kazanSpecs, use: { ...phone, baseURL: `http://localhost:${portals.shymkent.port}` } },
    { name: 'kazan-desktop', testMatch: kazanSpecs, use: { ...desktop, baseURL: `http://localhost:${portals.kazan.port}` } },
    { name: 'kazan-phone', testMatch: kazanSpecs, use: { ...phone, baseURL: `http://localhost:${portals.kazan.port}` } },
  ],
  // The real `npm start` path on throwaway data directories: embedded PostgreSQL, migrations,
  // first-run seed, production build (into its own folder) and next start. Playwright starts
  // these one after the other, so the second finds the build made by the first.
  webServer: (['shymkent', 'kazan'] as const).map((dataset) => {
    const p = portals[dataset];
    return {
      command: `rm -rf ${p.dataDir} && exec node --import tsx scripts/start.ts`,
      env: {
        PORTAL_DATA_DIR: p.dataDir,
        PORT: String(p.port),
        PGPORT: String(p.pgPort),
        NEXT_DIST_DIR: distDir,
        DEMO_DATASET: dataset,
        DATABASE_URL: '',
        SITE_URL: `http://localhost:${p.port}`,
      },
      url: `http://localhost:${p.port}/ru`,
      timeout: 240_000,
      reuseExistingServer: false,
      gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 20_000 },
      stdout: 'ignore' as const,
      stderr: 'pipe' as const,
    };
  }),
});
