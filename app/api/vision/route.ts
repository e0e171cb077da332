import type { NextRequest } from 'next/server';
import { samePageIn } from '@/lib/i18n/locale-path';
import { isForeignSubmission } from '@/lib/security/foreign-origin';
import { usesHttps } from '@/lib/security/headers';
import { siteUrl } from '@/lib/server/env';
import { applyVisionForm, fieldsOnce, MAX_ENCODED_LENGTH, parseVisionCookie, VISION_COOKIE, visionCookieHeader, visionFormSchema } from '@/lib/vision/settings';

const refuse = (status: number, message: string) =>
  new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });

/**
 * Where the low-vision bar and the settings page post their plain forms (they work without
 * JavaScript): keeps the settings in the cookie and sends the visitor back to the page they were on.
 * Like the language links (docs/decisions/035), only the referer's path and query on one of our
 * locales are kept, as a relative address, so no referer can lead to another site.
 */
export async function POST(request: NextRequest): Promise<Response> {
  // The proxy, which refuses forms posted from other sites, does not see /api.
  if (isForeignSubmission(request.method, request.headers)) return refuse(403, 'Cross-site form submission refused');
  if (!request.headers.get('content-type')?.startsWith('application/x-www-form-urlencoded')) return refuse(415, 'Expected a form');
  if (Number(request.headers.get('content-length') ?? 0) > MAX_ENCODED_LENGTH) return refuse(413, 'Form too large');
  const encoded = await request.text();
  if (encoded.length > MAX_ENCODED_LENGTH) return refuse(413, 'Form too large');
  const form = visionFormSchema.safeParse(fieldsOnce(encoded));
  if (!form.success) return refuse(400, 'Unknown setting');
  const settings = applyVisionForm(parseVisionCookie(request.cookies.get(VISION_COOKIE)?.value), form.data);
  return new Response(null, {
    status: 303,
    headers: {
      Location: samePageIn(form.data.locale, request.headers.get('referer')),
      'Set-Cookie': visionCookieHeader(settings, usesHttps(process.env.NODE_ENV, siteUrl())),
      'Cache-Control': 'no-store',
    },
  });
}
