import { kazakhLatinLower } from './kazakh-latin';

/**
 * The order of the 2021 Kazakh Latin alphabet, A Ä B D E F G Ğ H I İ J K L M N Ñ O Ö P Q R S Ş T U
 * Ū Ü V Y Z, with the Latin letters it lacks (C, Ç, W, X) where Latin has them, so that a name kept
 * in its own Latin form (Washington, Xi'an) sorts among the others. Intl.Collator('kk') cannot do
 * it: Node's ICU has no kk-Latn order and sorts Ğ among the G's and I with İ.
 */
const ORDER = [...'aäbcçdefgğhıijklmnñoöpqrsştuūüvwxyz'];
const WEIGHT = new Map(ORDER.map((letter, i) => [letter, 100 + i]));
const OTHER_LETTERS = 1000;

type Key = { primary: number; secondary: number; tertiary: number };

/** ICU's default levels: spaces, then punctuation, then digits, then letters; accents next; case last. */
function keyOf(char: string): Key {
  const lower = kazakhLatinLower(char);
  const tertiary = lower === char ? 0 : 1;
  const own = WEIGHT.get(lower);
  if (own !== undefined) return { primary: own, secondary: 0, tertiary };
  if (/\p{L}/u.test(char)) {
    // A letter of another Latin alphabet (é, å, ł) sorts with its base letter, after it.
    const [base = '', ...marks] = [...lower.normalize('NFD')];
    const weight = WEIGHT.get(base);
    if (weight !== undefined) return { primary: weight, secondary: marks.join('').codePointAt(0) ?? 1, tertiary };
    return { primary: OTHER_LETTERS + (lower.codePointAt(0) ?? 0), secondary: 0, tertiary };
  }
  if (/\p{Nd}/u.test(char)) return { primary: 10 + Number(char), secondary: 0, tertiary: 0 };
  return { primary: /\s/.test(char) ? 1 : 2, secondary: 0, tertiary: 0 };
}

const compareLevel = (a: Key[], b: Key[], level: keyof Key): number => {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const difference = (a[i]?.[level] ?? 0) - (b[i]?.[level] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return Math.sign(a.length - b.length);
};

/** Compares two texts in the order of the Kazakh Latin alphabet; a comparator for Array.prototype.sort. */
export function compareKazakhLatin(a: string, b: string): number {
  const keysA = [...a.normalize('NFC')].map(keyOf);
  const keysB = [...b.normalize('NFC')].map(keyOf);
  for (const level of ['primary', 'secondary', 'tertiary'] as const) {
    const order = compareLevel(keysA, keysB, level);
    if (order !== 0) return order;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}
