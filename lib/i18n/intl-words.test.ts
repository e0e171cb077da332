import { describe, expect, it } from 'vitest';
import { formatKilobytes, formatList } from './intl-words';

describe('Intl by the page language, kk-Latn from the Latin tables', () => {
  it('joins a list with the Latin conjunction in kk-Latn', () => {
    expect(formatList(['Şymkent', 'Izmir'], 'kk-Latn')).toBe('Şymkent jäne Izmir');
    expect(formatList(['A', 'B'], 'kk')).toBe('A және B');
  });

  it('writes the unit of a file size in Latin letters in kk-Latn', () => {
    expect(formatKilobytes(12_300, 'kk-Latn')).toBe('12 kB');
    expect(formatKilobytes(12_300, 'kk')).toBe('12 кБ');
    expect(formatKilobytes(10, 'en')).toBe('1 kB');
  });
});
