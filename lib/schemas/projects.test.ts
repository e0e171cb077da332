import { describe, expect, it } from 'vitest';
import { projectRegisterQuerySchema } from './projects';

const none = { theme: undefined, partner: undefined, status: undefined, year: undefined, kind: undefined, sort: 'start', page: 1 };

describe('the projects register query string', () => {
  it('keeps well-formed values', () => {
    expect(
      projectRegisterQuerySchema.parse({ theme: 'education', partner: 'shenzhen', status: 'active', year: '2025', kind: 'school', sort: 'title', page: '2' }),
    ).toEqual({
      theme: 'education',
      partner: 'shenzhen',
      status: 'active',
      year: 2025,
      kind: 'school',
      sort: 'title',
      page: 2,
    });
  });

  it('drops malformed values one by one, so a stale or hand-edited URL shows the register rather than an error', () => {
    expect(projectRegisterQuerySchema.parse({ theme: 'space', partner: '../x', status: 'done', year: '2e3', kind: 'club', sort: 'random', page: '0' })).toEqual(
      none,
    );
    expect(projectRegisterQuerySchema.parse({ theme: 'sport', year: ' 2021' })).toEqual({ ...none, theme: 'sport' });
  });

  it('reads an untouched select as no filter and a repeated key as its first value', () => {
    expect(projectRegisterQuerySchema.parse({ theme: '', partner: '', year: ['2022', '2023'], page: ['3', '1'] })).toEqual({ ...none, year: 2022, page: 3 });
  });
});
