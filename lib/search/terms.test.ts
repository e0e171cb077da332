import { describe, expect, it } from 'vitest';
import { searchQuerySchema, searchTerms, MAX_QUERY_LENGTH } from './terms';

describe('searchTerms', () => {
  it('keeps words in every script and drops punctuation', () => {
    expect(searchTerms('Ыстамбұл, Türkiye! «Измир»')).toEqual(['Ыстамбұл', 'Türkiye', 'Измир']);
  });
  it('drops tsquery operators so no input breaks the query syntax', () => {
    expect(searchTerms("a & b | !c <-> 'd':*")).toEqual(['a', 'b', 'c', 'd']);
  });
  it('keeps at most eight words', () => {
    expect(searchTerms('1 2 3 4 5 6 7 8 9 10')).toHaveLength(8);
  });
  it('finds nothing to search in punctuation alone', () => {
    expect(searchTerms('—?!')).toEqual([]);
  });
});

describe('searchQuerySchema', () => {
  it('trims and collapses spaces', () => {
    expect(searchQuerySchema.parse('  Шымкент \n  Измир ')).toBe('Шымкент Измир');
  });
  it('reads a repeated or missing parameter as no query', () => {
    expect(searchQuerySchema.parse(['a', 'b'])).toBe('');
    expect(searchQuerySchema.parse(undefined)).toBe('');
  });
  it('cuts an overlong query', () => {
    expect(searchQuerySchema.parse('я'.repeat(5000))).toHaveLength(MAX_QUERY_LENGTH);
  });
});
