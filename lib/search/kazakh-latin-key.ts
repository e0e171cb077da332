import { latinLetter } from '@/lib/text/kazakh-latin';

/**
 * One comparable form for a name written in either script: "Şymkent", "Symkent", "Shymkent" and
 * "Шымкент" are all `symkent`; "Qazaqstan" and "Қазақстан" are `qazaqstan`; "Izmir", "İzmir" and
 * "Измир" are `izmir`. Apply it to the query and to the records alike (decision 048); the database
 * computes the same key as portal_latin_key() (migration 20261205071700_latin_search_key).
 *
 * It works letter by letter, with no look at the neighbours (unlike toKazakhLatin), so that SQL
 * can compute it with translate(), replace() and regexp_replace(); the folds after the letters
 * absorb where the official rules differ (я after и, ю after a consonant, ь, сц, щ, -ий), so that
 * a word and its official transliteration always share a key. It is a coarse key for matching,
 * not a spelling: it drops accents, doubled letters and the glide before a, o, u.
 */
export function latinSearchKey(text: string): string {
  return (
    [...text.toLowerCase()]
      .map((char) => latinLetter(char) ?? char)
      .join('')
      // Accents off (ä ğ ñ ö ş ū ü, and the dot of İ, which lower case keeps as a mark); ı is i.
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/ı/g, 'i')
      // How a keyboard without Kazakh letters writes Ş, Ж and Х: Shymkent, Zhambyl, Kazakh.
      .replace(/[sc]h/g, 's')
      .replace(/zh/g, 'j')
      .replace(/kh/g, 'h')
      .replace(/i+([aou])/g, '$1')
      .replace(/(\p{L})\1+/gu, '$1')
  );
}
