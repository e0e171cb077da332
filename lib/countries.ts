const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const cache = new Map<string, { code: string; name: string }[]>();

/**
 * Every country (ISO 3166-1 alpha-2) with its name in the locale, sorted for a select list. Node's
 * ICU knows the names; codes it cannot name (unassigned ones, and the exceptional reservations
 * like EU or UN) are left out.
 */
export function countryOptions(locale: string): { code: string; name: string }[] {
  const cached = cache.get(locale);
  if (cached) return cached;
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  const options: { code: string; name: string }[] = [];
  for (const a of LETTERS)
    for (const b of LETTERS) {
      const code = a + b;
      const name = names.of(code);
      if (name && !['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ'].includes(code)) options.push({ code, name });
    }
  const collator = new Intl.Collator(locale);
  options.sort((x, y) => collator.compare(x.name, y.name));
  cache.set(locale, options);
  return options;
}
