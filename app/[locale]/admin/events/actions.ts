'use server';

import { z } from 'zod';
import { redirect } from 'next/navigation';
import { cacheTags } from '@/lib/server/cache-tags';
import { runFormAction, type FormState } from '@/lib/server/admin/form-action';
import { createEvent, purgeEvent, restoreEvent, trashEvent, updateEvent } from '@/lib/server/events/mutations';
import { eventInputSchema } from '@/lib/schemas/event-input';
import { versionField } from '@/lib/schemas/form-fields';
import { appLocaleSchema, serialIdSchema } from '@/lib/schemas/record-ids';

// Events show on the timeline, their own pages, the home page and each partner's profile: all read the events tag.
const TAGS = [cacheTags.events];
const versioned = z.object({ version: versionField });

export async function createEventAction(locale: string, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, {
    role: 'editor',
    bound: { schema: appLocaleSchema, value: locale },
    schema: eventInputSchema,
    mutate: createEvent,
    tags: TAGS,
    onSaved: ({ id }, lang) => redirect(`/${lang}/admin/events/${id}?saved=1`),
  });
}

export async function updateEventAction(id: number, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, {
    role: 'editor',
    bound: { schema: serialIdSchema, value: id },
    schema: z.intersection(eventInputSchema, versioned),
    mutate: (headers, input, recordId) => updateEvent(headers, recordId, input.version, input),
    tags: TAGS,
  });
}

export async function trashEventAction(locale: string, id: number, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, {
    role: 'editor',
    bound: { schema: z.tuple([appLocaleSchema, serialIdSchema]), value: [locale, id] },
    schema: versioned,
    mutate: (headers, { version }, [, recordId]) => trashEvent(headers, recordId, version),
    tags: TAGS,
    onSaved: (_, [lang]) => redirect(`/${lang}/admin/events?trashed=1`),
  });
}

export async function restoreEventAction(id: number, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, {
    role: 'admin',
    bound: { schema: serialIdSchema, value: id },
    schema: z.object({}),
    mutate: (headers, _, recordId) => restoreEvent(headers, recordId),
    tags: TAGS,
  });
}

export async function purgeEventAction(id: number, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, {
    role: 'admin',
    bound: { schema: serialIdSchema, value: id },
    schema: z.object({}),
    mutate: (headers, _, recordId) => purgeEvent(headers, recordId),
    tags: TAGS,
  });
}
