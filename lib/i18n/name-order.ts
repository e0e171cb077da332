import { compareKazakhLatin } from '@/lib/text/kazakh-latin-order';

/**
 * How the site sorts names in a language: Intl's collation, except in kk-Latn, which ICU does not
 * know (it would sort Ğ among the G's and Ş among the S's): the 2021 alphabet's own order.
 */
export function nameOrder(locale: string): (a: string, b: string) => number {
  return locale === 'kk-Latn' ? compareKazakhLatin : new Intl.Collator(locale).compare;
}
