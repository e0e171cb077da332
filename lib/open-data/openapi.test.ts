import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { Validator } from '@seriousme/openapi-schema-validator';
import { openApiDocument } from './openapi';

type LintReport = {
  totals: { errors: number; warnings: number };
  problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[];
};

/** Redocly's linter, with its recommended rules, on a document written to a file: its JSON report. */
async function redoclyLint(document: object): Promise<LintReport> {
  const folder = await mkdtemp(path.join(tmpdir(), 'openapi-lint-'));
  try {
    const file = path.join(folder, 'openapi.json');
    await writeFile(file, JSON.stringify(document));
    const cli = path.resolve('node_modules/@redocly/cli/bin/cli.js');
    // Telemetry and the update check would reach for the network, which machines here do not have.
    const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
    // An exit code of 1 means problems were found: the report says which.
    const { stdout } = await promisify(execFile)(process.execPath, [cli, 'lint', file, '--extends=recommended', '--format=json'], {
      cwd: folder,
      env,
      timeout: 60_000,
    }).catch((error: { stdout?: string }) => {
      if (!error.stdout) throw error;
      return { stdout: error.stdout };
    });
    return JSON.parse(stdout) as LintReport;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

const doc = openApiDocument({ siteUrl: new URL('https://portal.example.org'), license: 'CC-BY-4.0' });

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(structuredClone(doc));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('passes Redocly’s linter with its recommended rules, with no error', async () => {
    const report = await redoclyLint(doc);
    expect(report.problems.filter((p) => p.severity === 'error').map((p) => `${p.ruleId} at ${p.location[0]?.pointer}: ${p.message}`)).toEqual([]);
    expect(report.totals.errors).toBe(0);
  }, 60_000);

  it('declares the API public: no operation needs credentials', () => {
    expect(doc.security).toEqual([]);
  });

  it('describes the parameters from the same schemas that validate them', () => {
    const paths = doc.paths as Record<string, { get: { parameters: { name: string; in: string; required: boolean; schema: Record<string, unknown> }[] } }>;
    const names = (path: string) => paths[path]?.get.parameters.map((p) => p.name);
    expect(names('/partners')).toEqual(['locale', 'q', 'country', 'kind', 'type', 'status', 'year', 'sort', 'dir', 'page', 'perPage']);
    expect(names('/partners.csv')).toEqual(['locale', 'q', 'country', 'kind', 'type', 'status', 'year', 'sort', 'dir']);
    expect(names('/agreements.csv')).toEqual(['locale', 'type', 'status', 'partner', 'sort', 'dir']);
    expect(names('/agreements/{id}')).toEqual(['id', 'locale']);
    expect(names('/projects.csv')).toEqual(['locale', 'theme', 'partner', 'status', 'year', 'kind', 'sort']);
    expect(names('/projects/{slug}')).toEqual(['slug', 'locale']);
    expect(names('/proposals')).toEqual(['locale', 'page', 'perPage']);
    expect(names('/search')).toEqual(['q', 'locale']);
    const required = (path: string) => paths[path]?.get.parameters.filter((p) => p.required).map((p) => p.name);
    expect(required('/search')).toEqual(['q']);
    expect(required('/partners')).toEqual([]);
    const year = paths['/events']?.get.parameters.find((p) => p.name === 'year');
    expect(year?.schema).toMatchObject({ type: 'integer', minimum: 1000, maximum: 9999 });
    expect(paths['/agreements']?.get.parameters.find((p) => p.name === 'perPage')?.schema).toMatchObject({ default: 20, maximum: 100 });
  });

  it('documents every path the API serves, and no other', async () => {
    const routes = (await readdir('app/api/v1', { recursive: true }))
      .filter((file) => file.endsWith('route.ts') && !file.includes('[[...'))
      .map((file) => `/${path.dirname(file).replace(/\[(\w+)\]/g, '{$1}')}`);
    expect(Object.keys(doc.paths as object).sort()).toEqual(routes.sort());
  });

  it('names the licence and the server', () => {
    expect(doc.info).toMatchObject({ license: { identifier: 'CC-BY-4.0' } });
    expect(doc.servers).toEqual([{ url: 'https://portal.example.org/api/v1' }]);
  });
});
