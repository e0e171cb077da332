'use server';

import { z } from 'zod';
import { redirect } from 'next/navigation';
import { cacheTags } from '@/lib/server/cache-tags';
import { runFormAction, type FormState } from '@/lib/server/admin/form-action';
import { createPartner, purgePartner, restorePartner, trashPartner, updatePartner } from '@/lib/server/partners/mutations';
import { partnerInputSchema } from '@/lib/schemas/partner';
import { versionField } from '@/lib/schemas/form-fields';
import { appLocaleSchema, uuidIdSchema } from '@/lib/schemas/record-ids';

// A partner's name shows in agreement and event lists too: every public list is refreshed.
const TAGS = [cacheTags.partners, cacheTags.agreements, cacheTags.events];
const versioned = z.object({ version: versionField });

export async function createPartnerAction(locale: string, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, {
    role: 'editor',
    bound: { schema: appLocaleSchema, value: locale },
    schema: partnerInputSchema,
    mutate: createPartner,
    tags: TAGS,
    onSaved: ({ id }, lang) => redirect(`/${lang}/admin/partners/${id}?saved=1`),
  });
}

export async function updatePartnerAction(id: string, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, {
    role: 'editor',
    bound: { schema: uuidIdSchema, value: id },
    schema: z.intersection(partnerInputSchema, versioned),
    mutate: (headers, input, recordId) => updatePartner(headers, recordId, input.version, input),
    tags: TAGS,
  });
}

export async function trashPartnerAction(locale: string, id: string, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, {
    role: 'editor',
    bound: { schema: z.tuple([appLocaleSchema, uuidIdSchema]), value: [locale, id] },
    schema: versioned,
    mutate: (headers, { version }, [, recordId]) => trashPartner(headers, recordId, version),
    tags: TAGS,
    onSaved: (_, [lang]) => redirect(`/${lang}/admin/partners?trashed=1`),
  });
}

export async function restorePartnerAction(id: string, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, {
    role: 'admin',
    bound: { schema: uuidIdSchema, value: id },
    schema: z.object({}),
    mutate: (headers, _, recordId) => restorePartner(headers, recordId),
    tags: TAGS,
  });
}

export async function purgePartnerAction(id: string, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, {
    role: 'admin',
    bound: { schema: uuidIdSchema, value: id },
    schema: z.object({}),
    mutate: (headers, _, recordId) => purgePartner(headers, recordId),
    tags: TAGS,
  });
}
