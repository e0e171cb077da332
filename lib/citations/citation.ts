import type { PartialDate } from '@/lib/dates/partial-date';
import { kazakhLatinLower, toKazakhLatin } from '@/lib/text/kazakh-latin';

export type CitationLocale = 'ru' | 'kk' | 'en' | 'kk-Latn';
type GostLocale = Exclude<CitationLocale, 'en'>;

export type CitationInput = {
  /** The record's name as the page shows it. */
  title: string;
  /** The kind of document in the page's language ("Меморандум о дружественном сотрудничестве"). */
  typeLabel: string;
  /** Who the record is attributed to: the home city, or the portal when it is not set up. */
  author: string;
  siteName: string;
  /** When it was signed, at the precision the source gives; null when unknown. */
  signed: PartialDate | null;
  /** The absolute permalink. */
  url: string;
  /** The day the reader looked at it (the server's "today"). */
  accessed: Date;
};

// A GOST reference leaves the year out as "[б. г.]" (без года, ГОСТ Р 7.0.12-2011 abbreviation);
// Kazakh practice has no settled abbreviation, so the words are spelled out in square brackets.
const NO_YEAR = { ru: '[б. г.]', kk: '[жылы көрсетілмеген]', 'kk-Latn': toKazakhLatin('[жылы көрсетілмеген]') } as const;
const ACCESSED = { ru: 'дата обращения', kk: 'қаралған күні', 'kk-Latn': toKazakhLatin('қаралған күні') } as const;

/** "15.10.2019", as GOST writes the access date. */
const dotted = (date: Date) => [date.getUTCDate(), date.getUTCMonth() + 1].map((n) => String(n).padStart(2, '0')).join('.') + `.${date.getUTCFullYear()}`;

/** Adds the closing full stop a bibliographic element needs, unless the text already ends a sentence. */
const sentence = (text: string) => (/[.!?…]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** "Меморандум…" → "меморандум…": GOST writes the other title information in lower case (İ → i, I → ı in Kazakh Latin). */
const lowerFirst = (text: string, locale: GostLocale) =>
  (locale === 'kk-Latn' ? kazakhLatinLower(text.charAt(0)) : text.charAt(0).toLocaleLowerCase('ru')) + text.slice(1);

/** The signing date at its precision: "2015", "10.2019", "15.10.2019". */
function gostDate(signed: PartialDate | null, locale: GostLocale): string {
  if (!signed) return NO_YEAR[locale];
  const [day, month] = dotted(signed.date).split('.');
  const year = signed.date.getUTCFullYear();
  return signed.precision === 'year' ? String(year) : signed.precision === 'month' ? `${month}.${year}` : `${day}.${month}.${year}`;
}

/**
 * A reference after ГОСТ Р 7.0.100-2018 for a part of an electronic resource:
 * Title : type / author. — date // Site. — URL: … (дата обращения: DD.MM.YYYY).
 */
export function gostCitation(input: CitationInput, locale: GostLocale): string {
  const { title, typeLabel, author, siteName, signed, url, accessed } = input;
  const head = title.trim() === typeLabel.trim() ? title.trim() : `${title.trim()} : ${lowerFirst(typeLabel.trim(), locale)}`;
  return `${head} / ${sentence(author)} — ${gostDate(signed, locale)} // ${sentence(siteName)} — URL: ${url} (${ACCESSED[locale]}: ${dotted(accessed)}).`;
}

// APA 7 fixes its own date order, "(2019, October 15)" and "Retrieved October 15, 2019", whatever
// the site's English is (en-GB in prose): a reference is copied into papers that follow APA.
const MONTH = new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' });
const RETRIEVED = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });

/** APA's date element: (2015), (2019, October), (2019, October 15) or (n.d.). */
function apaDate(signed: PartialDate | null): string {
  if (!signed) return 'n.d.';
  const year = signed.date.getUTCFullYear();
  if (signed.precision === 'year') return String(year);
  const month = MONTH.format(signed.date);
  return signed.precision === 'month' ? `${year}, ${month}` : `${year}, ${month} ${signed.date.getUTCDate()}`;
}

/**
 * An APA 7 reference to a web page by an organization:
 * Author. (Date). Title [Type]. Site. Retrieved Month D, YYYY, from URL
 * (APA puts no full stop after the URL).
 */
export function apaCitation(input: CitationInput): string {
  const { title, typeLabel, author, siteName, signed, url, accessed } = input;
  const head = title.trim() === typeLabel.trim() ? title.trim() : `${title.trim()} [${typeLabel.trim()}]`;
  return `${sentence(author)} (${apaDate(signed)}). ${sentence(head)} ${sentence(siteName)} Retrieved ${RETRIEVED.format(accessed)}, from ${url}`;
}

/** The reference in the style readers of the page's language expect: GOST in Russian and Kazakh, APA in English. */
export function citation(input: CitationInput, locale: CitationLocale): string {
  return locale === 'en' ? apaCitation(input) : gostCitation(input, locale);
}
