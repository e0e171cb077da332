import { kazakhLatinUpper } from '@/lib/text/kazakh-latin';

/**
 * Text a page sets in capitals (CSS `uppercase`), capitalised here first in kk-Latn: browsers know
 * no Kazakh case rules and would write `i` as `I`, not `İ`. CSS leaves capitals as they are.
 */
export const forCapitals = (text: string, locale: string): string => (locale === 'kk-Latn' ? kazakhLatinUpper(text) : text);
