import { describe, expect, it } from 'vitest';
import { partnerInputSchema } from './partner';

const valid = {
  slug: 'izmir', kind: 'city', status: 'active', countryCode: 'tr', latitude: '38,4192', longitude: '27.1287',
  foundedYear: '', population: '4400000', populationYear: '2023', areaKm2: '', areaYear: '', timeZone: 'Europe/Istanbul',
  websiteUrl: 'https://www.izmir.bel.tr', publicationStatus: 'published', publishAt: '',
  translations: { ru: { name: ' Измир ', regionName: '', about: '' }, kk: { name: '', regionName: '', about: '' }, en: { name: 'Izmir', regionName: '', about: '' } },
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
    expect(errorsOf({ ...valid, slug: 'Измир', countryCode: 'Turkey', foundedYear: '0', websiteUrl: 'javascript:alert(1)', timeZone: 'Mars/Olympus', translations: { ...valid.translations, ru: { name: '', regionName: '', about: '' } } })).toEqual({
      slug: 'slug', countryCode: 'country', foundedYear: 'noYearZero', websiteUrl: 'url', timeZone: 'timeZone', 'translations.ru.name': 'required',
    });
  });

  it('wants both coordinates or neither, and a time to publish a scheduled partner', () => {
    expect(errorsOf({ ...valid, longitude: '', publicationStatus: 'scheduled' })).toEqual({ longitude: 'coordinatesPair', publishAt: 'publishAtRequired' });
    expect(partnerInputSchema.parse({ ...valid, publicationStatus: 'scheduled', publishAt: '2026-12-01T09:00:00.000+05:00' }).publishAt?.toISOString()).toBe('2026-12-01T04:00:00.000Z');
  });

  it('refuses a year whose figure is blank, as the database does (fast-check found the 500)', () => {
    expect(errorsOf({ ...valid, population: '', areaYear: '2020' })).toEqual({ populationYear: 'yearWithoutValue', areaYear: 'yearWithoutValue' });
  });

  it('refuses text with NUL or another control character, and keeps every other character', () => {
    expect(errorsOf({ ...valid, translations: { ...valid.translations, ru: { name: 'Из\u0000мир', regionName: '\u001B[31m', about: 'ok\r\nok' } } })).toEqual({
      'translations.ru.name': 'controlCharacters', 'translations.ru.regionName': 'controlCharacters',
    });
    const name = ' \u200Fمرحبا 👨‍👩‍👧‍👦 Қазақ e\u0301\u00A0';
    expect(partnerInputSchema.parse({ ...valid, translations: { ...valid.translations, kk: { name, regionName: '', about: '' } } }).translations.kk.name).toBe(name.trim());
  });

  it('refuses a Kazakh text without a Kazakh name', () => {
    expect(errorsOf({ ...valid, translations: { ...valid.translations, kk: { name: '', regionName: '', about: 'Түркиядағы қала' } } })).toEqual({ 'translations.kk.name': 'nameForTranslation' });
  });
});
