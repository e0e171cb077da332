import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// `import 'server-only'` makes `next build` fail when a client component imports the module, so a
// database client, a secret or a file path can never be bundled for the browser by accident.
const root = path.resolve(import.meta.dirname, '../..');
const SOURCE = /\.(ts|tsx)$/;

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && SOURCE.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .filter((file) => !file.startsWith(path.join('lib', 'generated')));
}

const files = ['app', 'components', 'lib', 'i18n'].flatMap(sourceFiles);
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
/** The code without comments (a comment may name process.env) and without type-only imports, which the compiler erases. */
const code = (file: string) =>
  read(file)
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')
    .replace(/^import type .*$/gm, '');
const importsServerOnly = (source: string) => /^import 'server-only';$/m.test(source);

/** What makes a module server-only: the database, the file system, child processes, the environment. */
const SERVER_ONLY_MARKERS: [string, RegExp][] = [
  ['the Prisma client', /from '(@\/lib\/generated\/prisma\/(client|internal|models)[^']*|@prisma\/[^']+)'/],
  ['the database', /from '(@\/lib\/server\/db|(\.\.?\/)+db)'/],
  ['the file system', /from '(node:)?(fs|fs\/promises|child_process)'/],
  // NODE_ENV is inlined by the bundler and is no secret.
  ['the environment', /process\.env(?!\.NODE_ENV\b)/],
];

/**
 * Modules that need none: route handlers (`route.ts`) are only ever compiled for the server, so
 * no client component can import them. Prisma's `enums` module is a plain object of names, safe
 * anywhere (the admin's client forms use it).
 */
const isRouteHandler = (file: string) => /^app\/.*\/route\.tsx?$/.test(file.split(path.sep).join('/'));

describe("'server-only'", () => {
  it('is imported by every module of the data layer (lib/server)', () => {
    const missing = files.filter((file) => file.startsWith(path.join('lib', 'server') + path.sep) && !importsServerOnly(read(file)));
    expect(missing).toEqual([]);
  });

  it('is imported by every other module that touches the database, the file system or the environment', () => {
    const missing = files
      .filter((file) => !isRouteHandler(file))
      .flatMap((file) => {
        const source = code(file);
        if (importsServerOnly(source)) return [];
        return SERVER_ONLY_MARKERS.filter(([, marker]) => marker.test(source)).map(([what]) => `${file} (${what})`);
      });
    expect(missing).toEqual([]);
  });

  it('is never reached from a client component', () => {
    const offending = files.filter((file) => /^['"]use client['"]/m.test(read(file)) && /from '@\/lib\/server\//.test(code(file)));
    expect(offending).toEqual([]);
  });

  it('finds what it is looking for (the scan is not empty)', () => {
    expect(files).toContain(path.join('lib', 'server', 'db.ts'));
    expect(files.filter((file) => file.startsWith(path.join('lib', 'server'))).length).toBeGreaterThan(30);
  });
});
