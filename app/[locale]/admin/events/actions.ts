'use server';

import { z } from 'zod';
import { redirect } from 'next/navigation';
import { cacheTags } from '@/lib/server/cache-tags';
import { runFormAction, type FormState } from '@/lib/server/admin/form-action';
import { createEvent, purgeEvent, restoreEvent, trashEvent, updateEvent } from '@/lib/server/events/mutations';
import { eventInputSchema } from '@/lib/schemas/event-input';
import { versionField } from '@/lib/schemas/form-fields';
import { routing } from '@/i18n/routing';

// Events show on the timeline, their own pages, the home page and each partner's profile: all read the events tag.
const TAGS = [cacheTags.events];
const localeSchema = z.enum(routing.locales);
const idSchema = z.number().int().positive();
const versioned = z.object({ version: versionField });

export async function createEventAction(locale: string, _state: FormState, formData: FormData): Promise<FormState> {
  const lang = localeSchema.parse(locale);
  return runFormAction(formData, {
    role: 'editor',
    schema: eventInputSchema,
    mutate: createEvent,
    tags: TAGS,
    onSaved: ({ id }) => redirect(`/${lang}/admin/events/${id}?saved=1`),
  });
}

export async function updateEventAction(id: number, _state: FormState, formData: FormData): Promise<FormState> {
  const eventId = idSchema.parse(id);
  return runFormAction(formData, {
    role: 'editor',
    schema: z.intersection(eventInputSchema, versioned),
    mutate: (headers, input) => updateEvent(headers, eventId, input.version, input),
    tags: TAGS,
  });
}

export async function trashEventAction(locale: string, id: number, _state: FormState, formData: FormData): Promise<FormState> {
  const [lang, eventId] = [localeSchema.parse(locale), idSchema.parse(id)];
  return runFormAction(formData, {
    role: 'editor',
    schema: versioned,
    mutate: (headers, { version }) => trashEvent(headers, eventId, version),
    tags: TAGS,
    onSaved: () => redirect(`/${lang}/admin/events?trashed=1`),
  });
}

export async function restoreEventAction(id: number, _state: FormState, formData: FormData): Promise<FormState> {
  const eventId = idSchema.parse(id);
  return runFormAction(formData, { role: 'admin', schema: z.object({}), mutate: (headers) => restoreEvent(headers, eventId), tags: TAGS });
}

export async function purgeEventAction(id: number, _state: FormState, formData: FormData): Promise<FormState> {
  const eventId = idSchema.parse(id);
  return runFormAction(formData, { role: 'admin', schema: z.object({}), mutate: (headers) => purgeEvent(headers, eventId), tags: TAGS });
}
