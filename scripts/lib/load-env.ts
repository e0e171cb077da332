// Next.js reads .env for the app; the scripts must see the same settings (DATABASE_URL above all),
// or `npm start` would start an embedded database while the app was configured for another.
try {
  process.loadEnvFile('.env');
} catch {
  // no .env: the environment alone is the configuration
}
