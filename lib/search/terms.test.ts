import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchQuerySchema, searchTerms, MAX_QUERY_LENGTH } from './terms';
import { hasControlCharacter } from '@/lib/text/control-characters';
import { nastyText } from '@/tests/support/bad-input';

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
  it('ends no cut query on a space', () => {
    expect(searchQuerySchema.parse(`${'я'.repeat(MAX_QUERY_LENGTH - 1)} x`)).toBe('я'.repeat(MAX_QUERY_LENGTH - 1));
  });
  it('turns a NUL into a space: the query goes to PostgreSQL whole, which cannot take one', () => {
    expect(searchQuerySchema.parse('Қазан\u0000Шымкент')).toBe('Қазан Шымкент');
  });
  it('reads any ?q= (string, several, none) as a short, trimmed query without control characters, and never throws', () => {
    fc.assert(
      fc.property(fc.oneof(nastyText, fc.array(nastyText, { maxLength: 3 }), fc.constant(undefined)), (q) => {
        const query = searchQuerySchema.parse(q);
        expect(query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        expect(query).toBe(query.trim());
        expect(hasControlCharacter(query)).toBe(false);
        expect(searchTerms(query).length).toBeLessThanOrEqual(8);
      }),
      { numRuns: 300 },
    );
  });
});
