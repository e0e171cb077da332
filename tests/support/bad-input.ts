import fc from 'fast-check';
import type { PrismaClient } from '@/lib/generated/prisma/client';

/**
 * The "bad input", as fast-check arbitraries shared by the property tests: every script,
 * Kazakh letters, emoji (ZWJ sequences and flags), right-to-left text with its marks, NUL and the
 * other control characters, very long strings, huge and odd numbers, dates out of range.
 */

/** Letters of the portal's languages and of scripts it was not written for, plus marks that change how text reads. */
export const SCRIPT_SAMPLES = [
  'Шымкент',
  'Қазан',
  'әғқңөұүһі ӘҒҚҢӨҰҮҺІ',
  'Ескішехир',
  'Kazan’',
  'Eskişehir',
  'Zürich',
  'Łódź',
  '成都',
  '青岛市',
  'ソウル',
  '서울',
  'Αθήνα',
  'Երևան',
  'თბილისი',
  'दिल्ली',
  'ঢাকা',
  'กรุงเทพ',
  'ᠮᠣᠩᠭᠣᠯ',
  'ꦪꦺꦴꦒꦾꦏꦂꦠ',
  '𓀀𓁐',
  'القاهرة',
  'تاشكند',
  'ירושלים',
  'שָׁלוֹם',
  '\u200Fمرحبا\u200F',
  '\u202Eabc\u202C',
  '\u2066עברית\u2069 and Latin',
  'e\u0301',
  '\u0451',
  '\u0435\u0308',
  'Z\u0351\u0352\u0353\u0354', // combining marks, both precomposed and decomposed
  '👩🏽‍🚀',
  '👨‍👩‍👧‍👦',
  '🇰🇿',
  '🏳️‍🌈',
  '❤️',
  '1️⃣',
  '\uFEFF',
  '\u00A0',
  '\u2028',
  '\u3000',
];

/** Characters PostgreSQL cannot store (NUL) or that no editor types: C0 and C1 controls and DEL. */
export const CONTROL_CHARACTERS = ['\u0000', '\u0001', '\u0007', '\u0008', '\u000B', '\u000C', '\u001B', '\u001F', '\u007F', '\u0080', '\u009B', '\u009F'];

/** Text that looks like numbers or dates a parser might choke on. */
export const NUMBERISH = [
  '1e308',
  '1e309',
  '-1e308',
  '9223372036854775808',
  '-9223372036854775809',
  '18446744073709551616',
  '2147483648',
  '-2147483649',
  '-0',
  '0',
  '+1',
  '00001',
  '1.5',
  '1,5',
  '0x10',
  '0b1',
  '1_000',
  ' 7 ',
  'NaN',
  'Infinity',
  '-Infinity',
  '١٢٣',
  '１２３',
  '1e-400',
  '5e-324',
  '0000',
  '0000-00-00',
  '0000-01-01',
  '9999-12-31',
  '10000',
  '10000-01-01',
  '2024-02-30',
  '2023-02-29',
  '2024-13-01',
  '2024-00-10',
  '2024-12-32',
  '-2024',
  '2024-1-1',
  '2024-01-01T25:00:00Z',
  '1970-01-01T00:00:00Z',
  '275760-09-13T00:00:00.001Z',
  '2024-06-01T12:00:00+14:01',
];

/** Malformed percent-escapes, as raw query-string text (not encoded again). */
export const BROKEN_ESCAPES = [
  '%',
  '%%',
  '%2',
  '%G0',
  '%zz',
  '%C3',
  '%C3%28',
  '%ED%A0%80',
  '%F4%90%80%80',
  '%FF%FE',
  '%00',
  '%0A',
  '%25',
  '%E2%80%AE',
  '%EF%BB%BF',
];

const sample = fc.constantFrom(...SCRIPT_SAMPLES);
const control = fc.constantFrom(...CONTROL_CHARACTERS);

/** A long string (10 000 to 12 000 characters) of one repeated letter, emoji or control character. */
export const longString = fc
  .tuple(fc.constantFrom('a', 'ә', 'қ', '😀', 'ع', ' ', '\u0000', '%', 'é'), fc.integer({ min: 10_000, max: 12_000 }))
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)));

/** Any short text: arbitrary code points, graphemes, the samples above and control characters mixed. */
export const nastyText = fc.oneof(
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }), weight: 2 },
  { arbitrary: fc.array(fc.oneof(sample, control, fc.constantFrom(' ', '\t', '\n', '\r\n')), { maxLength: 8 }).map((parts) => parts.join('')), weight: 3 },
  { arbitrary: fc.constantFrom(...NUMBERISH), weight: 2 },
  { arbitrary: fc.double().map(String), weight: 1 },
  { arbitrary: fc.bigInt().map(String), weight: 1 },
  { arbitrary: longString, weight: 1 },
);

/** A database's contents as one comparable value: per table, its row count and an order-independent hash of its rows. */
export async function databaseFingerprint(prisma: PrismaClient): Promise<Record<string, string>> {
  const tables = await prisma.$queryRawUnsafe<{ name: string }[]>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const union = tables
    .map(
      ({ name }) =>
        `SELECT '${name}' AS name, count(*)::text || ':' || coalesce(md5(string_agg(md5(t::text), ',' ORDER BY md5(t::text))), '') AS print FROM "${name}" t`,
    )
    .join(' UNION ALL ');
  // In table order: a UNION ALL may come back in any order (a parallel plan), which changes nothing in the data.
  const rows = await prisma.$queryRawUnsafe<{ name: string; print: string }[]>(`SELECT * FROM (${union}) AS prints ORDER BY name`);
  return Object.fromEntries(rows.map((r) => [r.name, r.print]));
}

/** Counts the inputs a test file tried and what went wrong, for the one summary line the closing note quotes. */
export function inputTally(file: string) {
  const tally = { tried: 0, serverErrors: 0, unwantedChanges: 0 };
  return {
    tally,
    report: () =>
      console.info(
        `[${file}] ${tally.tried} bad inputs tried; ${tally.serverErrors} produced a 500 or a throw; ${tally.unwantedChanges} changed data they should not have`,
      ),
  };
}

/**
 * A page's `searchParams` as Next hands it over: each key absent, one string or several (a repeated
 * parameter), with the pages' own parameter names most of the time and any other name sometimes.
 */
export const searchParamsRecord = (known: readonly string[]) =>
  fc.dictionary(
    fc.oneof(
      { arbitrary: fc.constantFrom(...known), weight: 4 },
      { arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString'), weight: 1 },
      { arbitrary: fc.string({ maxLength: 8 }), weight: 1 },
    ),
    fc.oneof(nastyText, fc.array(nastyText, { minLength: 1, maxLength: 3 }), fc.constant(undefined)),
    { maxKeys: 8 },
  );
