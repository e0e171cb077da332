import { createHash } from 'node:crypto';
import { connection, type NextRequest } from 'next/server';
import { ifNoneMatchNames } from '@/lib/http/entity-tags';
import { parseVisionCookie, VISION_COOKIE } from '@/lib/vision/settings';
import { visionStylesheet } from '@/lib/vision/stylesheet';

/**
 * The one per-visitor part of every page (docs/decisions/047): the pages' HTML is the same for
 * everyone and links here; the low-vision settings in the visitor's cookie decide what this says.
 * The browser asks again on every page load (no-cache), and an unchanged answer is a 304.
 */
export async function GET(request: NextRequest): Promise<Response> {
  await connection();
  const body = visionStylesheet(parseVisionCookie(request.cookies.get(VISION_COOKIE)?.value));
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
  const headers = { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'private, no-cache', ETag: etag, Vary: 'Cookie' };
  const ifNoneMatch = request.headers.get('if-none-match');
  if (ifNoneMatch !== null && ifNoneMatchNames(ifNoneMatch, etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { headers });
}
