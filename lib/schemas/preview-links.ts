import { z } from 'zod';
import { PreviewKind } from '@/lib/generated/prisma/enums';
import { storedLocaleSchema, uuidIdSchema } from './record-ids';
import { wholeNumberField } from './whole-number';

/** How long a preview link lives unless the editor says otherwise, and the longest they may choose. */
export const PREVIEW_LINK_DAYS = { default: 7, max: 30 } as const;

/** The editor's choices when making a link: how many days it lives, and the language the page opens in. */
export const previewLinkInputSchema = z.object({
  days: wholeNumberField(1, PREVIEW_LINK_DAYS.max),
  locale: storedLocaleSchema,
});

/** The record a link is made for, as the edit page binds it to the action. */
export const previewLinkRecordSchema = z.object({ kind: z.enum(PreviewKind), recordId: z.string().min(1).max(36) });

export const previewLinkIdSchema = uuidIdSchema;

/**
 * What can be a token in a URL: 32 random bytes in base64url, exactly. Anything else (a lone `%`,
 * invalid UTF-8, an overlong string) names nothing and never reaches the database.
 */
export const isPreviewTokenShaped = (value: string) => /^[A-Za-z0-9_-]{43}$/.test(value);
