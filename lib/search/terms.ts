import { z } from 'zod';
import { controlCharactersToSpaces } from '@/lib/text/control-characters';

/** The longest query we look at: enough for any name or title, small enough to keep search cheap. */
export const MAX_QUERY_LENGTH = 200;
const MAX_TERMS = 8;

/**
 * `?q=` as typed: trimmed, cut to a sane length; anything else (arrays, absent) reads as no query.
 * Control characters become spaces: the whole query reaches PostgreSQL (for similarity), which
 * cannot take a NUL, and a search page should find what it can rather than refuse. Trimmed again
 * after the cut, which can end on a space.
 */
export const searchQuerySchema = z
  .string()
  .transform((q) => controlCharactersToSpaces(q.normalize('NFC')).replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trimEnd())
  .catch('');

/**
 * The words of a query, for a prefix full-text search: runs of letters and digits in any script
 * (punctuation and operators are dropped, so no input can break the tsquery syntax).
 */
export function searchTerms(query: string): string[] {
  return (query.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_TERMS);
}
