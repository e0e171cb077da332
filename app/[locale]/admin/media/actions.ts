'use server';

import { z } from 'zod';
import { getTranslations } from 'next-intl/server';
import type { ActionResult } from '@/lib/forms/action-result';
import { refused, runFormAction } from '@/lib/server/admin/form-action';
import { succeeded } from '@/lib/server/admin/outcome';
import { cacheTags } from '@/lib/server/cache-tags';
import { purgeMedia, restoreMedia, trashMedia, updateMediaDetails, uploadMedia } from '@/lib/server/media/mutations';
import { mediaDetailsInputSchema } from '@/lib/schemas/media';
import { versionField } from '@/lib/schemas/form-fields';
import { uuidIdSchema } from '@/lib/schemas/record-ids';

// Alt texts and credits show on every public page that uses the file.
const PUBLIC_TAGS = [cacheTags.partners, cacheTags.agreements, cacheTags.events, cacheTags.homeCity, cacheTags.projects];

// An upload's own failures (type, size, unreadable image) belong to the file field and to AdminMedia's catalogue.
const uploadSchema = z.intersection(mediaDetailsInputSchema, z.object({ file: z.unknown() }));

/** Upload form: the file, plus optional alt texts and credit. The file is read only after the role is checked. */
export async function uploadMediaAction(_state: ActionResult, formData: FormData): Promise<ActionResult> {
  const t = await getTranslations('AdminMedia');
  return runFormAction(formData, {
    role: 'editor',
    schema: uploadSchema,
    mutate: async (requestHeaders, { file, ...details }) => {
      if (!(file instanceof File) || (file.size === 0 && file.name === '')) return refused(t('errors.checkFile'), { file: t('errors.fileRequired') });
      const outcome = await uploadMedia(requestHeaders, file, details);
      return outcome.ok ? succeeded(outcome.duplicate) : refused(t('errors.checkFile'), { file: t(`errors.${outcome.error}`) });
    },
    tags: [],
    refreshPage: true, // the library below the form lists the new file
    onSaved: (duplicate) => ({ message: duplicate ? t('upload.duplicate') : t('upload.done'), payload: null }),
  });
}

export async function updateMediaDetailsAction(id: string, _state: ActionResult, formData: FormData): Promise<ActionResult> {
  return runFormAction(formData, {
    role: 'editor',
    bound: { schema: uuidIdSchema, value: id },
    schema: z.intersection(mediaDetailsInputSchema, z.object({ version: versionField })),
    mutate: (requestHeaders, input, mediaId) => updateMediaDetails(requestHeaders, mediaId, input.version, input),
    tags: PUBLIC_TAGS,
  });
}

export async function trashMediaAction(id: string, _state: ActionResult, formData: FormData): Promise<ActionResult> {
  return runFormAction(formData, {
    role: 'editor',
    bound: { schema: uuidIdSchema, value: id },
    schema: z.object({}),
    mutate: (requestHeaders, _, mediaId) => trashMedia(requestHeaders, mediaId),
    tags: PUBLIC_TAGS,
  });
}

export async function restoreMediaAction(id: string, _state: ActionResult, formData: FormData): Promise<ActionResult> {
  return runFormAction(formData, {
    role: 'admin',
    bound: { schema: uuidIdSchema, value: id },
    schema: z.object({}),
    mutate: (requestHeaders, _, mediaId) => restoreMedia(requestHeaders, mediaId),
    tags: PUBLIC_TAGS,
  });
}

export async function purgeMediaAction(id: string, _state: ActionResult, formData: FormData): Promise<ActionResult> {
  return runFormAction(formData, {
    role: 'admin',
    bound: { schema: uuidIdSchema, value: id },
    schema: z.object({}),
    mutate: (requestHeaders, _, mediaId) => purgeMedia(requestHeaders, mediaId),
    tags: PUBLIC_TAGS,
  });
}
