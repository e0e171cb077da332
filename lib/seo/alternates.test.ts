import { describe, expect, it } from 'vitest';
import { localePath } from '@/lib/i18n/locale-path';
import { languageAlternates, otherOpenGraphLocales } from './alternates';

describe('language alternates', () => {
  it('names the page in every locale, with Russian as the default', () => {
    expect(languageAlternates('/partners/izmir')).toEqual({
      ru: '/ru/partners/izmir',
      kk: '/kk/partners/izmir',
      en: '/en/partners/izmir',
      'kk-Latn': '/kk-latn/partners/izmir',
      'x-default': '/ru/partners/izmir',
    });
  });
  it('writes the home page without a trailing slash', () => {
    expect(localePath('kk', '/')).toBe('/kk');
  });
  it('lists the other languages for Open Graph', () => {
    expect(otherOpenGraphLocales('kk')).toEqual(['ru_RU', 'en_GB', 'kk_Latn_KZ']);
  });
});
