import { describe, expect, it } from 'vitest';
import { Validator } from '@seriousme/openapi-schema-validator';
import { openApiDocument } from './openapi';

const doc = openApiDocument({ siteUrl: new URL('https://portal.example.org'), license: 'CC-BY-4.0' });

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(structuredClone(doc));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('describes the parameters from the same schemas that validate them', () => {
    const paths = doc.paths as Record<string, { get: { parameters: { name: string; in: string; schema: Record<string, unknown> }[] } }>;
    const names = (path: string) => paths[path]?.get.parameters.map((p) => p.name);
    expect(names('/partners')).toEqual(['locale', 'q', 'country', 'kind', 'type', 'status', 'year', 'sort', 'dir', 'page', 'perPage']);
    expect(names('/agreements.csv')).toEqual(['locale', 'type', 'status', 'partner', 'sort', 'dir']);
    expect(names('/agreements/{id}')).toEqual(['id', 'locale']);
    const year = paths['/events']?.get.parameters.find((p) => p.name === 'year');
    expect(year?.schema).toMatchObject({ type: 'integer', minimum: 1000, maximum: 9999 });
    expect(paths['/agreements']?.get.parameters.find((p) => p.name === 'perPage')?.schema).toMatchObject({ default: 20, maximum: 100 });
  });

  it('names the licence and the server', () => {
    expect(doc.info).toMatchObject({ license: { identifier: 'CC-BY-4.0' } });
    expect(doc.servers).toEqual([{ url: 'https://portal.example.org/api/v1' }]);
  });
});
