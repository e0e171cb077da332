import { describe, expect, it } from 'vitest';
import { countryOptions } from './countries';

describe('countryOptions', () => {
  it('names the countries in each language, sorted there', () => {
    const kk = countryOptions('kk');
    expect(kk.find((c) => c.code === 'TR')?.name).toBe('Түркия');
    expect(countryOptions('en').find((c) => c.code === 'KZ')?.name).toBe('Kazakhstan');
    expect(kk.length).toBeGreaterThan(240);
    expect(kk.some((c) => c.code === 'EU' || c.code === 'AA')).toBe(false);
  });

  it('lists each country once, under its current code', () => {
    for (const locale of ['ru', 'kk', 'en']) {
      const options = countryOptions(locale);
      expect(new Set(options.map((c) => c.name)).size).toBe(options.length);
      expect(options.map((c) => c.code)).toEqual(expect.arrayContaining(['RU', 'RS', 'DE', 'GB', 'XK']));
      expect(options.some((c) => ['SU', 'YU', 'DD', 'UK', 'IC', 'TA'].includes(c.code))).toBe(false);
      expect(options).toHaveLength(250);
    }
  });
});
