import { describe, expect, it } from 'vitest';
import { generateBenchDataset } from './dataset';
import { suggestionPrefixes } from './suggestion-prefixes';

const data = generateBenchDataset(7, { partners: 100, agreements: 500, events: 5_000, eventsOfBusiestPartner: 50 });

describe('suggestionPrefixes', () => {
  it('gives the number asked for, all distinct, each at least two characters as typed', () => {
    const typed = suggestionPrefixes(data, 1_000);
    expect(typed).toHaveLength(1_000);
    expect(new Set(typed.map((t) => `${t.locale} ${t.q}`)).size).toBe(1_000);
    for (const { q } of typed) expect(q.length).toBeGreaterThanOrEqual(2);
  });

  it('types every kind of record in every language, and the same list every time', () => {
    const typed = suggestionPrefixes(data, 1_000);
    for (const start of ['Синтетический партнёр', 'Synthetic cooperation agreement', 'Синтетикалық оқиға', 'Synthetic project'])
      expect(
        typed.some((t) => t.q.startsWith(start)),
        start,
      ).toBe(true);
    expect(new Set(typed.map((t) => t.locale))).toEqual(new Set(['ru', 'kk', 'en']));
    expect(suggestionPrefixes(data, 1_000)).toEqual(typed);
  });
});
