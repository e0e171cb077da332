/**
 * Kazakh in the Latin alphabet of 2021 (31 letters: A Ä B D E F G Ğ H I İ J K L M N Ñ O Ö P Q R S
 * Ş T U Ū Ü V Y Z), transliterated from Cyrillic Kazakh or Russian. The table and the rules for the
 * letters borrowed from Russian, with their sources, are in decision 048. Only Cyrillic letters
 * change: Latin text, digits, punctuation, URLs and ICU syntax (ASCII by construction) pass through.
 */

/** The language tag of Kazakh in Latin letters (BCP 47: language kk, script Latn). */
export const KAZAKH_LATIN = 'kk-Latn';

/** Each Cyrillic letter, lower case, before the rules that look at its neighbours. */
const LETTERS: Readonly<Partial<Record<string, string>>> = {
  а: 'a',
  ә: 'ä',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'ğ',
  д: 'd',
  е: 'e',
  ё: 'io',
  ж: 'j',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  қ: 'q',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'ñ',
  о: 'o',
  ө: 'ö',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'ū',
  ү: 'ü',
  ф: 'f',
  х: 'h',
  һ: 'h',
  ц: 's',
  ч: 'ş',
  ш: 'ş',
  щ: 'ş',
  ъ: '',
  ы: 'y',
  і: 'ı',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

/**
 * A lower-case Cyrillic letter in Latin letters as the table has it, before the rules that look at
 * its neighbours (ё → io, ю → iu, я → ia, ь → nothing); undefined for any other character.
 */
export const latinLetter = (letter: string): string | undefined => LETTERS[letter];

const VOWELS = new Set('аәеёиоөуұүыіэюя');
const CONSONANTS = new Set('бвгғджзйкқлмнңпрстфхһцчшщ');
/** ё, ю, я carry a glide [j]; after и or й the glide is already written. */
const GLIDE_VOWELS: Readonly<Partial<Record<string, { plain: string; afterConsonant: string }>>> = {
  ё: { plain: 'o', afterConsonant: 'ö' },
  ю: { plain: 'u', afterConsonant: 'ü' },
  я: { plain: 'a', afterConsonant: 'ia' },
};
/** A soft sign closing a syllable fronts its vowel: асфальт → asfält, пароль → paröl, бульдог → büldog. */
const FRONTED: Readonly<Partial<Record<string, string>>> = { a: 'ä', A: 'Ä', o: 'ö', O: 'Ö', u: 'ü', U: 'Ü' };
/** The three native words spelt with щ, where it stands for a long ш: ащы, тұщы, кеще. */
const LONG_SH_STEMS = ['ащ', 'тұщ', 'кещ'];

/** Upper case by the Kazakh (and Turkish) pairs i ↔ İ and ı ↔ I; every other letter as Unicode says. */
export const kazakhLatinUpper = (text: string): string => text.replace(/i/g, 'İ').replace(/ı/g, 'I').toUpperCase();

/** Lower case by the Kazakh pairs İ ↔ i and I ↔ ı (English's I → i would turn ı into i). */
export const kazakhLatinLower = (text: string): string => text.replace(/İ/g, 'i').replace(/I/g, 'ı').toLowerCase();

type Part = { source: string; text: string };

/** A web address stays as written, whatever its script: a transliterated path would lead nowhere. */
const ADDRESS = /^(?:https?:\/\/|www\.)/i;
const PIECES = /(?:https?:\/\/|www\.)[^\s<>"«»]+|\p{L}+|\P{L}+?(?=\p{L}|$)/giu;

/**
 * Cyrillic Kazakh (or Russian) text in the Kazakh Latin alphabet. A capital stays a capital: a word
 * in capitals stays in capitals (ЮНЕСКО → İUNESKO), a capitalised one keeps only its first letter
 * up (Шымкент → Şymkent), also where one letter becomes two (Ясауи → İasaui).
 */
export function toKazakhLatin(text: string): string {
  // A decomposed й or ё (и + breve, е + diaeresis) is the same letter.
  const source = text.replace(/[иИ]\u0306|[еЕ]\u0308/g, (pair) => pair.normalize('NFC'));
  const parts: Part[] = [];
  for (const [piece] of source.matchAll(PIECES)) {
    if (!/^\p{L}/u.test(piece) || ADDRESS.test(piece)) parts.push({ source: piece, text: piece });
    else transliterateWord(piece, parts);
  }
  return parts.map((part) => part.text).join('');
}

function transliterateWord(word: string, parts: Part[]): void {
  const chars = [...word];
  const lower = chars.map((char) => char.toLowerCase());
  const capitals = chars.length > 1 && word === word.toUpperCase();
  const longSh = LONG_SH_STEMS.some((stem) => lower.join('').startsWith(stem));
  const start = parts.length;
  chars.forEach((char, i) => {
    const letter = lower[i] ?? char;
    const latin = LETTERS[letter];
    if (latin === undefined) {
      parts.push({ source: letter, text: char });
      return;
    }
    const previous = lower[i - 1] ?? '';
    const next = lower[i + 1] ?? '';
    const glide = GLIDE_VOWELS[letter];
    let out = latin;
    if (glide) {
      if (previous === 'и' || previous === 'й') out = glide.plain;
      else if (CONSONANTS.has(previous) || previous === 'ъ' || previous === 'ь') out = glide.afterConsonant;
    } else if (letter === 'й' && previous === 'и') out = '';
    else if (letter === 'ц' && previous === 'с') out = '';
    else if (letter === 'щ' && longSh) out = 'şş';
    else if (letter === 'ь' && !VOWELS.has(next)) frontLastVowel(parts, start);
    if (char !== letter && out) out = capitals ? kazakhLatinUpper(out) : kazakhLatinUpper(out.charAt(0)) + out.slice(1);
    parts.push({ source: letter, text: out });
  });
}

/** Fronts the vowel before the consonants that close the current syllable, if it is a, o or u. */
function frontLastVowel(parts: Part[], wordStart: number): void {
  for (let i = parts.length - 1; i >= wordStart; i--) {
    const part = parts[i];
    if (!part || CONSONANTS.has(part.source)) continue;
    const fronted = FRONTED[part.text];
    if (VOWELS.has(part.source) && fronted) parts[i] = { ...part, text: fronted };
    return;
  }
}
