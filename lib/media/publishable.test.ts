import { describe, expect, it } from 'vitest';
import { missingForPublication } from './publishable';

const alts = (...locales: ('ru' | 'kk' | 'en')[]) => locales.map((locale) => ({ locale, alt: `alt ${locale}` }));

describe('missingForPublication', () => {
  it('is empty for a photo with alt text in all three languages and a credit', () => {
    expect(missingForPublication({ kind: 'image', creditText: 'Пресс-служба акимата', translations: alts('ru', 'kk', 'en') })).toEqual([]);
  });

  it('names each missing alt text and the credit: Russian does not stand in for the others', () => {
    expect(missingForPublication({ kind: 'image', creditText: null, translations: alts('ru') })).toEqual(['alt.kk', 'alt.en', 'credit']);
    expect(missingForPublication({ kind: 'image', creditText: 'x', translations: [] })).toEqual(['alt.ru', 'alt.kk', 'alt.en']);
  });

  it('treats blank text as missing', () => {
    expect(missingForPublication({ kind: 'image', creditText: '  ', translations: [...alts('ru', 'kk'), { locale: 'en', alt: ' ' }] })).toEqual([
      'alt.en',
      'credit',
    ]);
  });

  it('asks nothing of documents, which are linked rather than shown', () => {
    expect(missingForPublication({ kind: 'document', creditText: null, translations: [] })).toEqual([]);
  });
});
