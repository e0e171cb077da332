// Debian's chromium, never a downloaded browser (`npx playwright install` cannot work here), with
// the flags that keep it from reaching the network on its own: the end-to-end tests and the
// benchmark's Lighthouse run start it the same way.
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
