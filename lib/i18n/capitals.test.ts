import { describe, expect, it } from 'vitest';
import { forCapitals } from './capitals';

describe('forCapitals', () => {
  it('capitalises Kazakh Latin by its own rules: i is İ, ı is I', () => {
    expect(forCapitals('Bauyrlastyq turaly kelısım', 'kk-Latn')).toBe('BAUYRLASTYQ TURALY KELISIM');
    expect(forCapitals('mädeniet', 'kk-Latn')).toBe('MÄDENİET');
  });

  it('leaves the other languages to CSS', () => {
    expect(forCapitals('mädeniet', 'en')).toBe('mädeniet');
  });
});
