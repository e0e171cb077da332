import { describe, expect, it } from 'vitest';
import { countryName, excerpt } from './format';

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
});
