import { defineConfig } from '@playwright/test';

// Debian's chromium, never a downloaded browser (npx playwright install cannot work here).
const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const E2E_PORT = 3100;

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1, // 2 cores: the server, PostgreSQL and the browser already share them
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/playwright', // Playwright empties this folder: keep it apart from the other reports
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    locale: 'ru-RU',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
  },
  projects: [
    { name: 'desktop', use: { viewport: { width: 1440, height: 900 } } },
    { name: 'phone', use: { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true } },
  ],
  // The real `npm start` path on a throwaway data directory: embedded PostgreSQL, migrations,
  // first-run seed, production build (into its own folder) and next start.
  webServer: {
    command: 'rm -rf .data/e2e && exec node --import tsx scripts/start.ts',
    env: { PORTAL_DATA_DIR: '.data/e2e', PORT: String(E2E_PORT), PGPORT: '54349', NEXT_DIST_DIR: '.next-test', DATABASE_URL: '' },
    url: `http://localhost:${E2E_PORT}/ru`,
    timeout: 240_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
