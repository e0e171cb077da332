import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuery } from './query';
import { agreementListQuerySchema, eventListQuerySchema, noQuerySchema, partnerListQuerySchema, suggestionQuerySchema } from '@/lib/schemas/open-data/queries';
import { parsePartnerFilters } from '@/lib/schemas/partner';

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

  it('reads whole numbers written in digits, leading zeros included, up to the documented maximum', () => {
    expect(parseQuery(eventListQuerySchema, params('page=100000&perPage=007&year=2015'))).toMatchObject({
      ok: true,
      query: { page: 100000, perPage: 7, year: 2015 },
    });
  });

  it('reads what was typed in the header as the search page does, and refuses a query too short or too long to suggest from', () => {
    expect(parseQuery(suggestionQuerySchema, params('q=%20%20%D0%A8%D1%8B%D0%BC%20%20%D0%BA%D0%B5%D0%BD%D1%82%20&locale=kk'))).toEqual({
      ok: true,
      query: { q: 'Шым кент', locale: 'kk' },
    });
    expect(parseQuery(suggestionQuerySchema, params('q=%25_'))).toEqual({ ok: true, query: { q: '%_', locale: 'ru' } });
    expect(parseQuery(suggestionQuerySchema, params(''))).toEqual({ ok: false, problem: { parameter: 'q', message: 'Parameter "q" is required.' } });
    expect(parseQuery(suggestionQuerySchema, params('q='))).toEqual({ ok: false, problem: { parameter: 'q', message: 'Parameter "q" is required.' } });
    for (const short of ['q=%D0%A8', 'q=%20%20%D0%A8%20'])
      expect(parseQuery(suggestionQuerySchema, params(short))).toEqual({
        ok: false,
        problem: { parameter: 'q', message: 'Parameter "q" must be at least 2 characters long.' },
      });
    expect(parseQuery(suggestionQuerySchema, params(`q=${'я'.repeat(500)}`))).toEqual({
      ok: false,
      problem: { parameter: 'q', message: 'Parameter "q" must be at most 200 characters long.' },
    });
  });

  it('counts an empty value as not given, as a submitted form sends untouched selects', () => {
    expect(parseQuery(agreementListQuerySchema, params('type=&status=&partner=chengdu'))).toMatchObject({
      ok: true,
      query: { partner: 'chengdu', sort: 'date', dir: 'asc' },
    });
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
    // Once taken for "no parameters": {}'s prototype setter swallowed the key.
    ['__proto__=1', '__proto__', /Unknown parameter/],
    ['__proto__=1&__proto__=2', '__proto__', /more than once/],
    // Whole numbers are written in decimal digits, nothing a number parser would also guess at.
    ['perPage=0x10', 'perPage', /whole number/],
    ['perPage=1e2', 'perPage', /whole number/],
    ['perPage=20.0', 'perPage', /whole number/],
    ['page=+1', 'page', /whole number/],
    ['page=-1', 'page', /whole number/],
    ['year=%202015', 'year', /whole number/],
    ['year=2015%20', 'year', /whole number/],
    ['year=%EF%BC%92%EF%BC%90%EF%BC%91%EF%BC%95', 'year', /whole number/],
    // The documented maximum, not JavaScript's largest safe integer.
    ['page=99999999999999999999', 'page', /^Parameter "page" must be at most 100000\.$/],
    ['page=100001', 'page', /at most 100000/],
    // Bytes that are not UTF-8, which a lenient decoder would turn into U+FFFD and search for.
    ['partner=chengdu&q=%FF%FE', 'q', /not valid UTF-8/],
    ['q=%C0%AF', 'q', /not valid UTF-8/],
    // As Next hands it on: decoded to U+FFFD and encoded again.
    ['q=%EF%BF%BD%EF%BF%BD', 'q', /not valid UTF-8/],
  ])('refuses %s, naming %s', (query, parameter, message) => {
    const parsed = parseQuery(query.startsWith('q=') || query.includes('&q=') ? partnerListQuerySchema : eventListQuerySchema, params(query));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problem.parameter).toBe(parameter);
    expect(parsed.problem.message).toMatch(message);
  });
});

it('refuses a search holding a NUL, which PostgreSQL cannot take, naming q', () => {
  expect(parseQuery(partnerListQuerySchema, params('q=%00'))).toEqual({
    ok: false,
    problem: { parameter: 'q', message: 'Parameter "q" is invalid: holds a control character (such as NUL).' },
  });
});

it('never throws: any query string is read, or refused naming a parameter it holds', () => {
  const schemas = [partnerListQuerySchema, agreementListQuerySchema, eventListQuerySchema, noQuerySchema];
  const name = fc.oneof(
    fc.constantFrom('locale', 'q', 'year', 'page', 'perPage', 'sort', 'partner', '__proto__', 'constructor'),
    fc.string({ unit: 'binary', maxLength: 8 }),
  );
  const value = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.constantFrom('1e308', '-0', 'NaN', 'Infinity', '9223372036854775808', 'kk', '2015', '\u0000'),
  );
  fc.assert(
    fc.property(fc.constantFrom(...schemas), fc.array(fc.tuple(name, value), { maxLength: 6 }), (schema, pairs) => {
      const search = params(new URLSearchParams(pairs).toString());
      const parsed = parseQuery(schema, search);
      if (!parsed.ok) {
        expect([...search.keys()]).toContain(parsed.problem.parameter);
        expect(parsed.problem.message).toContain(`"${parsed.problem.parameter}"`);
      } else {
        for (const [key, v] of search) if (v !== '') expect(Object.keys(schema.shape)).toContain(key);
      }
    }),
    { numRuns: 300 },
  );
});

it('says when a path takes no parameters at all', () => {
  expect(parseQuery(noQuerySchema, params('v=2'))).toEqual({
    ok: false,
    problem: { parameter: 'v', message: 'Unknown parameter "v". This path takes no parameters.' },
  });
});
