'use server';

import { z } from 'zod';
import { redirect } from 'next/navigation';
import { cacheTags } from '@/lib/server/cache-tags';
import { runFormAction, type FormState } from '@/lib/server/admin/form-action';
import { createPartner, purgePartner, restorePartner, trashPartner, updatePartner } from '@/lib/server/partners/mutations';
import { partnerInputSchema } from '@/lib/schemas/partner';
import { versionField } from '@/lib/schemas/form-fields';
import { routing } from '@/i18n/routing';

// A partner's name shows in agreement and event lists too: every public list is refreshed.
const TAGS = [cacheTags.partners, cacheTags.agreements, cacheTags.events];
const localeSchema = z.enum(routing.locales);
const idSchema = z.uuid();
const versioned = z.object({ version: versionField });

export async function createPartnerAction(locale: string, _state: FormState, formData: FormData): Promise<FormState> {
  const lang = localeSchema.parse(locale);
  return runFormAction(formData, {
    role: 'editor',
    schema: partnerInputSchema,
    mutate: createPartner,
    tags: TAGS,
    onSaved: ({ id }) => redirect(`/${lang}/admin/partners/${id}?saved=1`),
  });
}

export async function updatePartnerAction(id: string, _state: FormState, formData: FormData): Promise<FormState> {
  const partnerId = idSchema.parse(id);
  return runFormAction(formData, {
    role: 'editor',
    schema: z.intersection(partnerInputSchema, versioned),
    mutate: (headers, input) => updatePartner(headers, partnerId, input.version, input),
    tags: TAGS,
  });
}

export async function trashPartnerAction(locale: string, id: string, _state: FormState, formData: FormData): Promise<FormState> {
  const [lang, partnerId] = [localeSchema.parse(locale), idSchema.parse(id)];
  return runFormAction(formData, {
    role: 'editor',
    schema: versioned,
    mutate: (headers, { version }) => trashPartner(headers, partnerId, version),
    tags: TAGS,
    onSaved: () => redirect(`/${lang}/admin/partners?trashed=1`),
  });
}

export async function restorePartnerAction(id: string, _state: FormState, formData: FormData): Promise<FormState> {
  const partnerId = idSchema.parse(id);
  return runFormAction(formData, { role: 'admin', schema: z.object({}), mutate: (headers) => restorePartner(headers, partnerId), tags: TAGS });
}

export async function purgePartnerAction(id: string, _state: FormState, formData: FormData): Promise<FormState> {
  const partnerId = idSchema.parse(id);
  return runFormAction(formData, { role: 'admin', schema: z.object({}), mutate: (headers) => purgePartner(headers, partnerId), tags: TAGS });
}
