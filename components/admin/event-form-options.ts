import 'server-only';
import { getTranslations } from 'next-intl/server';
import { EventCategory, EventFormat } from '@/lib/generated/prisma/enums';
import { listEventFormChoices } from '@/lib/server/events/editing';
import { listProjectChoices } from '@/lib/server/projects/editing';
import type { AppLocale } from '@/i18n/routing';
import { photoOptions } from './photo-options';

/** The choices of the event form, computed on the server: names in the editor's language, thumbnails at the smallest stored size. */
export async function eventFormOptions(headers: Headers, locale: AppLocale, current: { id?: number; projectId?: number | null } = {}) {
  const [common, choices, projects] = await Promise.all([
    getTranslations({ locale, namespace: 'Common' }),
    listEventFormChoices(headers, locale, current.id),
    listProjectChoices(headers, locale, current.projectId ?? null),
  ]);
  return {
    categories: Object.values(EventCategory).map((c) => ({ value: c, label: common(`eventCategory.${c}`) })),
    formats: Object.values(EventFormat).map((f) => ({ value: f, label: common(`eventFormat.${f}`) })),
    partners: choices.partners.map((p) => ({ value: p.id, label: p.name })),
    sources: choices.sources.map((s) => ({ value: String(s.id), label: s.publisher ? `${s.title} — ${s.publisher}` : s.title })),
    projects: projects.map((p) => ({ value: String(p.id), label: p.title })),
    images: photoOptions(choices.images),
  };
}

export type EventFormOptions = Awaited<ReturnType<typeof eventFormOptions>>;
