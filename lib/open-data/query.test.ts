import { describe, expect, it } from 'vitest';
import { parseQuery } from './query';
import { agreementListQuerySchema, eventListQuerySchema, noQuerySchema, partnerListQuerySchema } from '@/lib/schemas/open-data/queries';
import { parsePartnerFilters } from '@/lib/partners/filters';

const params = (query: string) => new URLSearchParams(query);

describe('parseQuery', () => {
  it('applies the defaults and reads well-formed values', () => {
    expect(parseQuery(eventListQuerySchema, params(''))).toEqual({ ok: true, query: { locale: 'ru', page: 1, perPage: 20 } });
    expect(parseQuery(eventListQuerySchema, params('year=2013&partner=chengdu&category=forum&page=2&perPage=100&locale=kk'))).toEqual({
      ok: true,
      query: { locale: 'kk', year: 2013, partner: 'chengdu', category: 'forum', page: 2, perPage: 100 },
    });
  });

  it('reads the same filters as the public page', () => {
    const query = 'q=%20Ыстамбұл%20&country=TR&kind=city&type=twinning&status=active&year=1996&sort=signed&dir=desc';
    const parsed = parseQuery(partnerListQuerySchema, params(query));
    if (!parsed.ok) throw new Error(parsed.problem.message);
    const { locale: _, page: __, perPage: ___, ...filters } = parsed.query;
    expect(filters).toEqual(parsePartnerFilters(Object.fromEntries(params(query))));
  });

  it('counts an empty value as not given, as a submitted form sends untouched selects', () => {
    expect(parseQuery(agreementListQuerySchema, params('type=&status=&partner=chengdu'))).toMatchObject({ ok: true, query: { partner: 'chengdu', sort: 'date', dir: 'asc' } });
  });

  it.each([
    ['year=abc', 'year', /whole number/],
    ['page=0', 'page', /at least 1/],
    ['perPage=10000', 'perPage', /at most 100/],
    ['locale=de', 'locale', /one of: ru, kk, en/],
    ['category=party', 'category', /one of:/],
    ['partner=Chengdu', 'partner', /malformed/],
    ['unknown=1', 'unknown', /Unknown parameter.*Accepted: locale, year/],
    ['year=2013&year=2014', 'year', /more than once/],
  ])('refuses %s, naming %s', (query, parameter, message) => {
    const parsed = parseQuery(eventListQuerySchema, params(query));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problem.parameter).toBe(parameter);
    expect(parsed.problem.message).toMatch(message);
  });
});

it('says when a path takes no parameters at all', () => {
  expect(parseQuery(noQuerySchema, params('v=2'))).toEqual({ ok: false, problem: { parameter: 'v', message: 'Unknown parameter "v". This path takes no parameters.' } });
});
