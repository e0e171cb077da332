import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

// What a production build is made from: when any of it changes, `npm start` builds again instead
// of serving a stale .next (a git pull should never need a manual `npm run build`).
const INPUTS = [
  'app',
  'components',
  'lib',
  'i18n',
  'messages',
  'public',
  'proxy.ts',
  'instrumentation.ts',
  'next.config.ts',
  'postcss.config.mjs',
  'package-lock.json',
  'prisma/schema.prisma',
  'tsconfig.json',
];
const SKIP = new Set(['generated', 'node_modules']);

function* files(entry: string): Generator<string> {
  if (!fs.existsSync(entry)) return;
  if (fs.statSync(entry).isFile()) {
    yield entry;
    return;
  }
  for (const child of fs.readdirSync(entry, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (SKIP.has(child.name)) continue;
    yield* files(path.join(entry, child.name));
  }
}

export function buildFingerprint(root = '.'): string {
  const hash = crypto.createHash('sha256');
  for (const input of INPUTS) for (const file of files(path.join(root, input))) hash.update(file).update('\0').update(fs.readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/**
 * The build id Next puts in asset URLs and compares on client navigations: the sources'
 * fingerprint, so instances built apart from the same sources serve each other's pages' bundles
 * (docs/decisions/028). In digits, because Next keeps "ad" out of build ids: ad blockers match it.
 */
export const buildIdFor = (fingerprint: string) => BigInt(`0x${fingerprint.slice(0, 24)}`).toString();

/**
 * Builds the production app into `distDir` unless its last good build has the sources' fingerprint.
 * `build` runs `next build` with that distDir (NEXT_DIST_DIR in its environment).
 */
export async function ensureBuild(distDir: string, build: () => Promise<void>, say: (message: string) => void): Promise<void> {
  const marker = path.join(distDir, 'portal-build-fingerprint');
  const fingerprint = buildFingerprint();
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === fingerprint) return;
  // A failed `next build` still leaves BUILD_ID behind: only our marker, written after success, counts.
  fs.rmSync(distDir, { recursive: true, force: true });
  say('building the site (first start, or the sources changed)');
  await build();
  fs.writeFileSync(marker, fingerprint);
  say('build done');
}
