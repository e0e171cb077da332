import { describe, expect, it } from 'vitest';
import { countryName, excerpt, formatUtcDateTime, languageName } from './format';

describe('excerpt', () => {
  it('keeps a short text whole, on one line', () => {
    expect(excerpt('Измир —\n город  в Турции.')).toBe('Измир — город в Турции.');
  });
  it('cuts a long text at a word boundary and marks the cut', () => {
    const text = 'слово '.repeat(60);
    const cut = excerpt(text, 40);
    expect(cut.length).toBeLessThanOrEqual(40);
    expect(cut).toMatch(/слово…$/);
  });
});

describe('countryName', () => {
  it('names a country in each locale', () => {
    expect(['ru', 'kk', 'en'].map((l) => countryName('TR', l))).toEqual(['Турция', 'Түркия', 'Türkiye']);
  });
  it('names a country and a language in Kazakh Latin letters, which ICU has not', () => {
    expect(countryName('TR', 'kk-Latn')).toBe('Türkia');
    expect(countryName('RU', 'kk-Latn')).toBe('Resei');
    expect(languageName('kk', 'kk-Latn')).toBe('qazaq tılı');
  });
});

describe('formatUtcDateTime', () => {
  const at = new Date('2026-12-04T18:05:00Z');
  const plain = (text: string) => text.replace(/\s/g, ' ');
  it('writes an English moment the British way, on a 24-hour clock, and says UTC', () => {
    expect(plain(formatUtcDateTime(at, 'en'))).toBe('4 Dec 2026, 18:05 UTC');
  });
  it('writes a Russian moment in Russian', () => {
    expect(plain(formatUtcDateTime(at, 'ru', 'medium'))).toBe('4 дек. 2026 г., 18:05:00 UTC');
  });
  it('writes a Kazakh moment in Latin letters from our own month names', () => {
    expect(formatUtcDateTime(at, 'kk-Latn')).toBe('2026 j. 04 jel., 18:05 UTC');
  });
});
