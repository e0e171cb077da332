'use server';

import { z } from 'zod';
import { redirect } from 'next/navigation';
import { cacheTags } from '@/lib/server/cache-tags';
import { runFormAction, type FormState } from '@/lib/server/admin/form-action';
import { createAgreement, purgeAgreement, restoreAgreement, trashAgreement, updateAgreement } from '@/lib/server/agreements/mutations';
import { agreementInputSchema } from '@/lib/schemas/agreement';
import { versionField } from '@/lib/schemas/form-fields';
import { routing } from '@/i18n/routing';

// Every public read of agreements (register, permalinks, partner profiles, home figures, sitemap) carries this tag.
const TAGS = [cacheTags.agreements];
const localeSchema = z.enum(routing.locales);
const idSchema = z.number().int().positive().max(2_147_483_647);
const versioned = z.object({ version: versionField });

export async function createAgreementAction(locale: string, _state: FormState, formData: FormData): Promise<FormState> {
  const lang = localeSchema.parse(locale);
  return runFormAction(formData, {
    role: 'editor',
    schema: agreementInputSchema,
    mutate: createAgreement,
    tags: TAGS,
    onSaved: ({ id }) => redirect(`/${lang}/admin/agreements/${id}?saved=1`),
  });
}

export async function updateAgreementAction(id: number, _state: FormState, formData: FormData): Promise<FormState> {
  const agreementId = idSchema.parse(id);
  return runFormAction(formData, {
    role: 'editor',
    schema: z.intersection(agreementInputSchema, versioned),
    mutate: (headers, input) => updateAgreement(headers, agreementId, input.version, input),
    tags: TAGS,
  });
}

export async function trashAgreementAction(locale: string, id: number, _state: FormState, formData: FormData): Promise<FormState> {
  const [lang, agreementId] = [localeSchema.parse(locale), idSchema.parse(id)];
  return runFormAction(formData, {
    role: 'editor',
    schema: versioned,
    mutate: (headers, { version }) => trashAgreement(headers, agreementId, version),
    tags: TAGS,
    onSaved: () => redirect(`/${lang}/admin/agreements?trashed=1`),
  });
}

export async function restoreAgreementAction(id: number, _state: FormState, formData: FormData): Promise<FormState> {
  const agreementId = idSchema.parse(id);
  return runFormAction(formData, { role: 'admin', schema: z.object({}), mutate: (headers) => restoreAgreement(headers, agreementId), tags: TAGS });
}

export async function purgeAgreementAction(id: number, _state: FormState, formData: FormData): Promise<FormState> {
  const agreementId = idSchema.parse(id);
  return runFormAction(formData, { role: 'admin', schema: z.object({}), mutate: (headers) => purgeAgreement(headers, agreementId), tags: TAGS });
}
