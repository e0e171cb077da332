'use server';

import { z } from 'zod';
import { getLocale, getTranslations } from 'next-intl/server';
import { runFormAction } from '@/lib/server/admin/form-action';
import { createPreviewLink, revokePreviewLink, type PreviewRecord } from '@/lib/server/previews/links';
import { previewLinkIdSchema, previewLinkInputSchema, previewLinkRecordSchema } from '@/lib/schemas/preview-links';
import { formatUtcDateTime } from '@/lib/format';
import type { ActionResult } from '@/lib/forms/action-result';
import type { IssuedLink } from '@/components/admin/users/user-forms';

type LinkResult = ActionResult<IssuedLink | null>;

/** Makes a preview link for the record of the edit page (docs/decisions/045); the answer carries the link, once. */
export async function createPreviewLinkAction(record: PreviewRecord, _previous: LinkResult, formData: FormData): Promise<LinkResult> {
  const [t, locale] = await Promise.all([getTranslations('AdminPreviewLinks'), getLocale()]);
  return runFormAction(formData, {
    role: 'editor',
    bound: { schema: previewLinkRecordSchema, value: record },
    schema: previewLinkInputSchema,
    mutate: (headers, input, bound) => createPreviewLink(headers, bound, input),
    tags: [], // nothing public changes
    refreshPage: true, // the list shows the new link
    onSaved: (link) => ({ message: null, payload: { label: t('url', { at: formatUtcDateTime(link.expiresAt, locale) }), url: link.url } }),
  });
}

/** Ends a preview link at once. */
export async function revokePreviewLinkAction(linkId: string, _previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const t = await getTranslations('AdminPreviewLinks');
  return runFormAction(formData, {
    role: 'editor',
    bound: { schema: previewLinkIdSchema, value: linkId },
    schema: z.object({}),
    mutate: (headers, _input, id) => revokePreviewLink(headers, id),
    tags: [],
    refreshPage: true,
    onSaved: () => ({ message: t('revoked'), payload: null }),
  });
}
