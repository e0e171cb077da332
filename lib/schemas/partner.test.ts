import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePartnerFilters, partnerFilterFields, partnerInputSchema } from './partner';
import { searchParamsRecord } from '@/tests/support/bad-input';

const valid = {
  slug: 'izmir',
  kind: 'city',
  status: 'active',
  countryCode: 'tr',
  latitude: '38,4192',
  longitude: '27.1287',
  foundedYear: '',
  population: '4400000',
  populationYear: '2023',
  areaKm2: '',
  areaYear: '',
  timeZone: 'Europe/Istanbul',
  websiteUrl: 'https://www.izmir.bel.tr',
  publicationStatus: 'published',
  publishAt: '',
  translations: {
    ru: { name: ' Измир ', regionName: '', about: '' },
    kk: { name: '', regionName: '', about: '' },
    en: { name: 'Izmir', regionName: '', about: '' },
  },
};

const errorsOf = (input: unknown) => {
  const parsed = partnerInputSchema.safeParse(input);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('partnerInputSchema', () => {
  it('reads a filled-in form: trims, upper-cases the country, blank is null, decimal comma accepted', () => {
    const p = partnerInputSchema.parse(valid);
    expect(p).toMatchObject({ countryCode: 'TR', latitude: 38.4192, foundedYear: null, population: 4_400_000, publishAt: null });
    expect(p.translations.ru.name).toBe('Измир');
    expect(p.translations.kk.name).toBeNull();
  });

  it('names each wrong field with a message key', () => {
    expect(
      errorsOf({
        ...valid,
        slug: 'Измир',
        countryCode: 'Turkey',
        foundedYear: '0',
        websiteUrl: 'javascript:alert(1)',
        timeZone: 'Mars/Olympus',
        translations: { ...valid.translations, ru: { name: '', regionName: '', about: '' } },
      }),
    ).toEqual({
      slug: 'slug',
      countryCode: 'country',
      foundedYear: 'noYearZero',
      websiteUrl: 'url',
      timeZone: 'timeZone',
      'translations.ru.name': 'required',
    });
  });

  it('takes a partner off the site only after it goes on, and keeps it on when no time is given', () => {
    const scheduled = { ...valid, publicationStatus: 'scheduled', publishAt: '2026-12-01T09:00:00.000+05:00' };
    expect(errorsOf({ ...scheduled, unpublishAt: '2026-12-01T04:00:00.000Z' })).toEqual({ unpublishAt: 'unpublishBeforePublish' });
    expect(partnerInputSchema.parse({ ...scheduled, unpublishAt: '2026-12-01T04:00:01.000Z' }).unpublishAt?.toISOString()).toBe('2026-12-01T04:00:01.000Z');
    expect(partnerInputSchema.parse({ ...valid, unpublishAt: '' }).unpublishAt).toBeNull();
    expect(partnerInputSchema.parse(valid).unpublishAt).toBeNull();
  });

  it('wants both coordinates or neither, and a time to publish a scheduled partner', () => {
    expect(errorsOf({ ...valid, longitude: '', publicationStatus: 'scheduled' })).toEqual({ longitude: 'coordinatesPair', publishAt: 'publishAtRequired' });
    expect(partnerInputSchema.parse({ ...valid, publicationStatus: 'scheduled', publishAt: '2026-12-01T09:00:00.000+05:00' }).publishAt?.toISOString()).toBe(
      '2026-12-01T04:00:00.000Z',
    );
  });

  it('refuses a year whose figure is blank, as the database does (fast-check found the 500)', () => {
    expect(errorsOf({ ...valid, population: '', areaYear: '2020' })).toEqual({ populationYear: 'yearWithoutValue', areaYear: 'yearWithoutValue' });
  });

  it('refuses text with NUL or another control character, and keeps every other character', () => {
    expect(errorsOf({ ...valid, translations: { ...valid.translations, ru: { name: 'Из\u0000мир', regionName: '\u001B[31m', about: 'ok\r\nok' } } })).toEqual({
      'translations.ru.name': 'controlCharacters',
      'translations.ru.regionName': 'controlCharacters',
    });
    const name = ' \u200Fمرحبا 👨‍👩‍👧‍👦 Қазақ e\u0301\u00A0';
    expect(partnerInputSchema.parse({ ...valid, translations: { ...valid.translations, kk: { name, regionName: '', about: '' } } }).translations.kk.name).toBe(
      name.trim(),
    );
  });

  it('refuses a Kazakh text without a Kazakh name', () => {
    expect(errorsOf({ ...valid, translations: { ...valid.translations, kk: { name: '', regionName: '', about: 'Түркиядағы қала' } } })).toEqual({
      'translations.kk.name': 'nameForTranslation',
    });
  });
});

describe('partner list filters', () => {
  it('reads every filter from the query string', () => {
    const f = parsePartnerFilters({
      q: ' Ыстамбұл ',
      country: 'TR',
      kind: 'city',
      type: 'twinning',
      status: 'active',
      year: '1996',
      sort: 'signed',
      dir: 'desc',
    });
    expect(f).toEqual({ q: 'Ыстамбұл', country: 'TR', kind: 'city', type: 'twinning', status: 'active', year: 1996, sort: 'signed', dir: 'desc' });
  });

  it('drops a malformed parameter instead of failing the page', () => {
    expect(parsePartnerFilters({ country: 'turkey', kind: 'village', year: 'soon', sort: 'random', dir: 'up', q: '   ' })).toEqual({
      sort: 'name',
      dir: 'asc',
    });
  });

  it('takes the first of repeated parameters', () => {
    expect(parsePartnerFilters({ country: ['IT', 'TR'] }).country).toBe('IT');
  });

  it('never throws on bad input, and gives filters the strict API would accept', () => {
    fc.assert(
      fc.property(searchParamsRecord(Object.keys(partnerFilterFields)), (params) => {
        for (const [key, value] of Object.entries(parsePartnerFilters(params))) {
          if (value !== undefined) expect(partnerFilterFields[key as keyof typeof partnerFilterFields].safeParse(value).success, key).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
