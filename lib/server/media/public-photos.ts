import 'server-only';
import { localesFor, pickLocalized, type ContentLocale, type LocalizedValue, type StoredLocale } from '@/lib/i18n/localized';

export type PublicPhoto = {
  storageKey: string;
  width: number | null;
  height: number | null;
  alt: LocalizedValue | null;
  caption: LocalizedValue | null;
  creditText: string | null;
  creditUrl: string | null;
};

/**
 * The photos of a record (an event's, a project's: the join tables have the same shape) as its
 * public page shows them: images not in the trash, in the editor's order, with alt text and caption
 * in the locale (falling back as every text does).
 */
export const publicPhotosSelect = (locale: ContentLocale) => ({
  where: { media: { deletedAt: null, kind: 'image' as const } },
  orderBy: [{ position: 'asc' as const }, { mediaId: 'asc' as const }],
  select: {
    media: {
      select: {
        storageKey: true,
        width: true,
        height: true,
        creditText: true,
        creditUrl: true,
        translations: { where: { locale: { in: localesFor(locale) } }, select: { locale: true, alt: true, caption: true } },
      },
    },
  },
});

type PhotoRow = {
  media: Omit<PublicPhoto, 'alt' | 'caption'> & { translations: { locale: StoredLocale; alt: string | null; caption: string | null }[] };
};

export const toPublicPhotos = (rows: PhotoRow[], locale: ContentLocale): PublicPhoto[] =>
  rows.map(({ media: { translations, ...media } }) => ({
    ...media,
    alt: pickLocalized(translations, locale, 'alt'),
    caption: pickLocalized(translations, locale, 'caption'),
  }));
