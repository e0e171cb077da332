import { z } from 'zod';
import { routing } from '@/i18n/routing';
import { pageNumberField } from '@/lib/schemas/page-number';
import { wholeNumberField } from '@/lib/schemas/whole-number';

export const OPEN_DATA_LOCALES = routing.locales;
const PER_PAGE_DEFAULT = 20;
export const PER_PAGE_MAX = 100;

/** `?locale=`: the language of names, titles and texts in the answer. */
export const localeParam = z
  .enum(OPEN_DATA_LOCALES)
  .default('ru')
  .describe(
    'Language of names, titles and texts. A text missing in kk or en is given in Russian, the source language, and marked as a fallback. kk-Latn is Kazakh in the Latin alphabet of 2021, transliterated from the Kazakh text; foreign places keep their English (Latin) names.',
  );

/** `?page=` and `?perPage=` of every JSON list. */
export const paginationParams = {
  page: pageNumberField.default(1).describe('Page number, from 1. A page past the end is an empty list.'),
  perPage: wholeNumberField(1, PER_PAGE_MAX).default(PER_PAGE_DEFAULT).describe(`Items per page, 1 to ${PER_PAGE_MAX}.`),
};

/** An API query schema: unknown parameters are refused, the filters are optional, defaults apply. */
export type QuerySchema = z.ZodObject;

/** What is wrong with one parameter, for the 400 answer. */
type ParameterProblem = { parameter: string; message: string };

export type ParsedQuery<S extends QuerySchema> = { ok: true; query: z.output<S> } | { ok: false; problem: ParameterProblem };

/**
 * Reads a query string strictly, unlike the pages: a repeated parameter, an unknown one, a bad
 * value or bytes that are not UTF-8 are a problem naming the parameter. An empty value counts as
 * not given, because an HTML form submits its untouched selects that way and the pages' filter
 * forms link here.
 */
export function parseQuery<S extends QuerySchema>(schema: S, params: URLSearchParams): ParsedQuery<S> {
  // A Map, not an object literal: `?__proto__=1` set on {} would vanish into the prototype setter
  // and pass as "no parameters" instead of being refused as unknown.
  const values = new Map<string, string>();
  for (const [key, value] of params) {
    // Decoding turns bytes that are not UTF-8 (`%FF%FE`, an overlong `%C0%AF`) into U+FFFD, and
    // Next has decoded and re-encoded the query before a route sees it, so the raw bytes are gone:
    // the replacement character is what says so. No one means to search for it.
    if (`${key}${value}`.includes('\uFFFD'))
      return { ok: false, problem: { parameter: key, message: `Parameter "${key}" is not valid UTF-8 percent-encoding.` } };
    if (values.has(key)) return { ok: false, problem: { parameter: key, message: `Parameter "${key}" is given more than once.` } };
    values.set(key, value);
  }
  const given = Object.fromEntries([...values].filter(([, value]) => value !== ''));
  const parsed = schema.safeParse(given);
  if (parsed.success) return { ok: true, query: parsed.data };
  const issue = parsed.error.issues[0];
  if (issue?.code === 'unrecognized_keys') {
    const parameter = issue.keys[0] ?? '';
    const accepted = Object.keys(schema.shape);
    const hint = accepted.length ? `Accepted: ${accepted.join(', ')}.` : 'This path takes no parameters.';
    return { ok: false, problem: { parameter, message: `Unknown parameter "${parameter}". ${hint}` } };
  }
  const parameter = String(issue?.path[0] ?? '');
  const problem = Object.hasOwn(given, parameter) ? describeIssue(issue) : 'is required';
  return { ok: false, problem: { parameter, message: `Parameter "${parameter}" ${problem}.` } };
}

function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  switch (issue?.code) {
    case 'invalid_value':
      return `must be one of: ${issue.values.map(String).join(', ')}`;
    case 'invalid_type':
      return issue.expected === 'number' || issue.expected === 'int' ? 'must be a whole number' : `must be a ${issue.expected}`;
    case 'too_small':
      return issue.origin === 'string' ? `must be at least ${issue.minimum} characters long` : `must be at least ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'string' ? `must be at most ${issue.maximum} characters long` : `must be at most ${issue.maximum}`;
    case 'invalid_format':
      // A schema's own message already says what the value must be (a whole number in digits).
      return issue.message.startsWith('must ') ? issue.message : `is malformed (${issue.message})`;
    default:
      return `is invalid: ${issue?.message ?? 'unreadable value'}`;
  }
}
