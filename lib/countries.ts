import { KAZAKH_LATIN, toKazakhLatin } from '@/lib/text/kazakh-latin';
import { nameOrder } from '@/lib/i18n/name-order';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const cache = new Map<string, { code: string; name: string }[]>();

// Codes ICU names that are not countries of ISO 3166-1: its exceptional reservations (EU, UN, the
// islands that postal and telecom bodies reserved) and CLDR's private-use and unknown regions.
const NOT_COUNTRIES = new Set(['AC', 'CP', 'CQ', 'DG', 'EA', 'EU', 'EZ', 'IC', 'TA', 'UN', 'QO', 'XA', 'XB', 'ZZ']);

/** A code ICU still names but has replaced (SU by RU, YU by RS): listing both would name a country twice. */
const isFormerCode = (code: string) => Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`;

/**
 * Every country (ISO 3166-1 alpha-2, and Kosovo's XK) once, with its name in the locale, sorted for
 * a select list. Node's ICU knows the names; codes it cannot name (unassigned ones) are left out.
 */
export function countryOptions(locale: string): { code: string; name: string }[] {
  const cached = cache.get(locale);
  if (cached) return cached;
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  // ICU answers kk-Latn in Cyrillic (its kk names): those are transliterated, as countryName does.
  const script = (name: string) => (locale === KAZAKH_LATIN ? toKazakhLatin(name) : name);
  const options: { code: string; name: string }[] = [];
  for (const a of LETTERS)
    for (const b of LETTERS) {
      const code = a + b;
      const name = names.of(code);
      if (name && !NOT_COUNTRIES.has(code) && !isFormerCode(code)) options.push({ code, name: script(name) });
    }
  const order = nameOrder(locale);
  options.sort((x, y) => order(x.name, y.name));
  cache.set(locale, options);
  return options;
}
