import { STORED_LOCALES, type StoredLocale } from '@/lib/i18n/localized';

export type PublicationRequirement = `alt.${StoredLocale}` | 'credit';

/** The fields of a media record the rule reads; the DAL's rows fit it as they are. */
export type MediaForPublication = {
  kind: 'image' | 'document';
  creditText: string | null;
  translations: readonly { locale: StoredLocale; alt: string | null }[];
};

const ALT_LOCALES = STORED_LOCALES;

/**
 * What a photo still lacks before content that shows it may be published: alt text in each of
 * the three languages (no fallback — a screen reader user in each language needs a description)
 * and a credit. Documents are linked, not shown, so they need neither. Empty list = ready.
 */
export function missingForPublication(media: MediaForPublication): PublicationRequirement[] {
  if (media.kind !== 'image') return [];
  const hasAlt = (locale: StoredLocale) => media.translations.some((t) => t.locale === locale && (t.alt ?? '').trim() !== '');
  const missing: PublicationRequirement[] = ALT_LOCALES.filter((l) => !hasAlt(l)).map((l) => `alt.${l}` as const);
  if ((media.creditText ?? '').trim() === '') missing.push('credit');
  return missing;
}
