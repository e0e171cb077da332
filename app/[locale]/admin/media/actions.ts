'use server';

import { z } from 'zod';
import { headers } from 'next/headers';
import { refresh } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { AccessDenied, requireActor } from '@/lib/server/auth/actor';
import { adminFieldMessage, runFormAction, type FormState } from '@/lib/server/admin/form-action';
import { localizedFieldErrors } from '@/lib/forms/field-errors';
import { cacheTags } from '@/lib/server/cache-tags';
import { purgeMedia, restoreMedia, trashMedia, updateMediaDetails, uploadMedia } from '@/lib/server/media/mutations';
import { mediaDetailsInputSchema } from '@/lib/schemas/media';
import { versionField } from '@/lib/schemas/form-fields';
import { asFormData, formDataObject, submittedValues } from '@/lib/forms/form-data';
import { uuidIdSchema } from '@/lib/schemas/record-ids';

// Alt texts and credits show on every public page that uses the file.
const PUBLIC_TAGS = [cacheTags.partners, cacheTags.agreements, cacheTags.events, cacheTags.homeCity];

/**
 * Upload form: the file, plus optional alt texts and credit. Not runFormAction: the upload's own
 * failures (type, size, unreadable image) belong to the file field and to AdminMedia's catalogue.
 */
export async function uploadMediaAction(_state: FormState, submitted: FormData): Promise<FormState> {
  const formData = asFormData(submitted);
  const [t, form] = await Promise.all([getTranslations('AdminMedia'), getTranslations('AdminForm')]);
  const values = submittedValues(formData);
  const failed = (fieldErrors: Record<string, string>, formError = t('errors.checkFile')): FormState => ({ status: 'error', formError, fieldErrors, values });

  // Refuse a visitor without a session before reading the upload at all.
  try {
    await requireActor(await headers(), 'editor');
  } catch (error) {
    if (error instanceof AccessDenied) return failed({}, form(error.reason === 'unauthenticated' ? 'signedOut' : 'forbidden'));
    throw error;
  }
  const file = formData.get('file');
  if (!(file instanceof File) || (file.size === 0 && file.name === '')) return failed({ file: t('errors.fileRequired') });
  const details = mediaDetailsInputSchema.safeParse(formDataObject(formData));
  if (!details.success) return failed(localizedFieldErrors(details.error.issues, await adminFieldMessage()), form('checkFields'));
  try {
    const outcome = await uploadMedia(await headers(), file, details.data);
    if (!outcome.ok) return failed({ file: t(`errors.${outcome.error}`) });
    refresh(); // the library below the form lists the new file
    return { status: 'saved', message: outcome.duplicate ? t('upload.duplicate') : t('upload.done') };
  } catch (error) {
    if (error instanceof AccessDenied) return failed({}, form(error.reason === 'unauthenticated' ? 'signedOut' : 'forbidden'));
    throw error;
  }
}

export async function updateMediaDetailsAction(id: string, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, {
    role: 'editor',
    bound: { schema: uuidIdSchema, value: id },
    schema: z.intersection(mediaDetailsInputSchema, z.object({ version: versionField })),
    mutate: (requestHeaders, input, mediaId) => updateMediaDetails(requestHeaders, mediaId, input.version, input),
    tags: PUBLIC_TAGS,
  });
}

export async function trashMediaAction(id: string, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, {
    role: 'editor',
    bound: { schema: uuidIdSchema, value: id },
    schema: z.object({}),
    mutate: (requestHeaders, _, mediaId) => trashMedia(requestHeaders, mediaId),
    tags: PUBLIC_TAGS,
  });
}

export async function restoreMediaAction(id: string, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, {
    role: 'admin',
    bound: { schema: uuidIdSchema, value: id },
    schema: z.object({}),
    mutate: (requestHeaders, _, mediaId) => restoreMedia(requestHeaders, mediaId),
    tags: PUBLIC_TAGS,
  });
}

export async function purgeMediaAction(id: string, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, {
    role: 'admin',
    bound: { schema: uuidIdSchema, value: id },
    schema: z.object({}),
    mutate: (requestHeaders, _, mediaId) => purgeMedia(requestHeaders, mediaId),
    tags: PUBLIC_TAGS,
  });
}
