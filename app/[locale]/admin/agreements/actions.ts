'use server';

import { z } from 'zod';
import { redirect } from 'next/navigation';
import { cacheTags } from '@/lib/server/cache-tags';
import { runFormAction, type FormState } from '@/lib/server/admin/form-action';
import { createAgreement, purgeAgreement, restoreAgreement, trashAgreement, updateAgreement } from '@/lib/server/agreements/mutations';
import { agreementInputSchema } from '@/lib/schemas/agreement';
import { versionField } from '@/lib/schemas/form-fields';
import { appLocaleSchema, serialIdSchema } from '@/lib/schemas/record-ids';

// Every public read of agreements (register, permalinks, partner profiles, home figures, sitemap) carries this tag.
const TAGS = [cacheTags.agreements];
const versioned = z.object({ version: versionField });

export async function createAgreementAction(locale: string, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, {
    role: 'editor',
    bound: { schema: appLocaleSchema, value: locale },
    schema: agreementInputSchema,
    mutate: createAgreement,
    tags: TAGS,
    onSaved: ({ id }, lang) => redirect(`/${lang}/admin/agreements/${id}?saved=1`),
  });
}

export async function updateAgreementAction(id: number, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, {
    role: 'editor',
    bound: { schema: serialIdSchema, value: id },
    schema: z.intersection(agreementInputSchema, versioned),
    mutate: (headers, input, recordId) => updateAgreement(headers, recordId, input.version, input),
    tags: TAGS,
  });
}

export async function trashAgreementAction(locale: string, id: number, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, {
    role: 'editor',
    bound: { schema: z.tuple([appLocaleSchema, serialIdSchema]), value: [locale, id] },
    schema: versioned,
    mutate: (headers, { version }, [, recordId]) => trashAgreement(headers, recordId, version),
    tags: TAGS,
    onSaved: (_, [lang]) => redirect(`/${lang}/admin/agreements?trashed=1`),
  });
}

export async function restoreAgreementAction(id: number, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, {
    role: 'admin',
    bound: { schema: serialIdSchema, value: id },
    schema: z.object({}),
    mutate: (headers, _, recordId) => restoreAgreement(headers, recordId),
    tags: TAGS,
  });
}

export async function purgeAgreementAction(id: number, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, {
    role: 'admin',
    bound: { schema: serialIdSchema, value: id },
    schema: z.object({}),
    mutate: (headers, _, recordId) => purgeAgreement(headers, recordId),
    tags: TAGS,
  });
}
