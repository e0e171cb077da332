import 'server-only';
import { getTranslations } from 'next-intl/server';
import { EventCategory, EventFormat } from '@/lib/generated/prisma/enums';
import { IMAGE_WIDTHS, imageWidthsFor, mediaUrl } from '@/lib/media';
import { listEventFormChoices } from '@/lib/server/events/editing';
import type { AppLocale } from '@/i18n/routing';

/** The choices of the event form, computed on the server: names in the editor's language, thumbnails at the smallest stored size. */
export async function eventFormOptions(headers: Headers, locale: AppLocale, eventId?: number) {
  const [common, choices] = await Promise.all([getTranslations({ locale, namespace: 'Common' }), listEventFormChoices(headers, locale, eventId)]);
  const thumbnailWidth = IMAGE_WIDTHS[0];
  return {
    categories: Object.values(EventCategory).map((c) => ({ value: c, label: common(`eventCategory.${c}`) })),
    formats: Object.values(EventFormat).map((f) => ({ value: f, label: common(`eventFormat.${f}`) })),
    partners: choices.partners.map((p) => ({ value: p.id, label: p.name })),
    sources: choices.sources.map((s) => ({ value: String(s.id), label: s.publisher ? `${s.title} — ${s.publisher}` : s.title })),
    images: choices.images.map((image) => ({
      id: image.id,
      name: image.name,
      alt: image.alt,
      // Images narrower than the smallest copy have none: the original is the thumbnail then.
      src: image.width && imageWidthsFor(image.width).includes(thumbnailWidth) ? mediaUrl(image.storageKey, thumbnailWidth) : mediaUrl(image.storageKey),
      missing: image.missing,
    })),
  };
}

export type EventFormOptions = Awaited<ReturnType<typeof eventFormOptions>>;
