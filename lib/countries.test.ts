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
});
