import { z } from 'zod';

/**
 * URL slugs: lowercase ASCII words joined by hyphens ("shumen-province"). Stable public URLs are
 * made from a record's English or Russian name, so Cyrillic (Russian and Kazakh) is transliterated
 * and Latin diacritics (Eskişehir) are dropped.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 80;

/**
 * Whether a URL segment can be a slug at all. The finders check this before querying: the database's
 * slug CHECK means nothing else names a record, and text PostgreSQL cannot even take (a NUL from
 * `/partners/%00`) must be a 404, not a database error.
 */
export const isSlug = (value: string) => value.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(value);

export const slugSchema = z
  .string()
  .max(SLUG_MAX_LENGTH)
  .regex(SLUG_PATTERN, 'lowercase Latin letters and digits, words joined by single hyphens');

// Russian by the common passport-style scheme; Kazakh letters by their nearest Latin letter.
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  ә: 'a', ғ: 'g', қ: 'q', ң: 'n', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', і: 'i',
};
// Letters that NFD does not decompose into a base letter and a mark.
const LATIN: Record<string, string> = { ı: 'i', ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', đ: 'd', ł: 'l', þ: 'th' };

export function slugify(text: string): string {
  const ascii = [...text.toLowerCase()]
    .map((ch) => CYRILLIC[ch] ?? LATIN[ch] ?? ch)
    .join('')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
  const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug.slice(0, SLUG_MAX_LENGTH).replace(/-+$/, '');
}

/** The slug, or the slug with the first free number appended ("forum", "forum-2", …). */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, SLUG_MAX_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
