import { z } from 'zod';
import { appLocaleSchema } from '@/lib/schemas/record-ids';

/**
 * The low-vision version's settings (docs/decisions/047). They live in one cookie that only the
 * server reads: the stylesheet route turns them into CSS, the settings page into checked choices.
 */
export const TEXT_SIZES = ['normal', 'large', 'largest'] as const;
export const COLOUR_SCHEMES = ['black-on-white', 'white-on-black', 'blue-on-light-blue', 'brown-on-beige'] as const;
export const IMAGE_MODES = ['shown', 'hidden'] as const;
export const SPACINGS = ['normal', 'wide'] as const;

const visionSettingsSchema = z
  .object({
    size: z.enum(TEXT_SIZES),
    scheme: z.enum(COLOUR_SCHEMES),
    images: z.enum(IMAGE_MODES),
    spacing: z.enum(SPACINGS),
  })
  .strict();

export type VisionSettings = z.infer<typeof visionSettingsSchema>;
export type VisionSetting = keyof VisionSettings;

/** What switching the mode on gives before the visitor has chosen anything. */
export const DEFAULT_VISION_SETTINGS: VisionSettings = { size: 'large', scheme: 'black-on-white', images: 'shown', spacing: 'normal' };

export const VISION_COOKIE = 'vision';
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * The settings a cookie value holds (`size=large&scheme=white-on-black&…`), or null: the normal
 * version. A value that is not exactly a full set of known choices is the normal version too, never
 * an error: a stale or forged cookie must not break a page.
 */
export function parseVisionCookie(value: string | undefined): VisionSettings | null {
  if (!value || value.length > MAX_ENCODED_LENGTH) return null;
  const parsed = visionSettingsSchema.safeParse(fieldsOnce(value));
  return parsed.success ? parsed.data : null;
}

// Far more than the longest valid cookie or form; anything longer is not ours.
export const MAX_ENCODED_LENGTH = 300;

/** URL-encoded fields as an object, or null when a name comes twice (which of them would count?). */
export function fieldsOnce(encoded: string): Record<string, string> | null {
  const fields = new URLSearchParams(encoded);
  const names = [...fields.keys()];
  return names.length === new Set(names).size ? Object.fromEntries(fields) : null;
}

/** The Set-Cookie header that keeps `settings` (or, for null, ends the mode). */
export function visionCookieHeader(settings: VisionSettings | null, secure: boolean): string {
  const attributes = `Path=/; SameSite=Lax; HttpOnly${secure ? '; Secure' : ''}`;
  if (!settings) return `${VISION_COOKIE}=; Max-Age=0; ${attributes}`;
  const value = new URLSearchParams({ size: settings.size, scheme: settings.scheme, images: settings.images, spacing: settings.spacing });
  return `${VISION_COOKIE}=${value}; Max-Age=${ONE_YEAR_SECONDS}; ${attributes}`;
}

/**
 * A submission of the bar or the settings page: the page's locale (to come back to it), and either
 * `mode=off`, or any of the settings (the rest keep their current values; `mode=on` alone switches
 * the mode on with them).
 */
export const visionFormSchema = z
  .object({
    locale: appLocaleSchema,
    mode: z.enum(['on', 'off']).optional(),
    size: z.enum(TEXT_SIZES).optional(),
    scheme: z.enum(COLOUR_SCHEMES).optional(),
    images: z.enum(IMAGE_MODES).optional(),
    spacing: z.enum(SPACINGS).optional(),
  })
  .strict();

type VisionForm = z.infer<typeof visionFormSchema>;

/** The settings after a submission: null when it switches the mode off. */
export function applyVisionForm(current: VisionSettings | null, form: VisionForm): VisionSettings | null {
  if (form.mode === 'off') return null;
  const { locale, mode, ...changes } = form;
  return { ...(current ?? DEFAULT_VISION_SETTINGS), ...changes };
}
