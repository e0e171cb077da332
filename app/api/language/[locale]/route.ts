import { samePageIn } from '@/lib/i18n/locale-path';
import { localeCookie } from '@/lib/i18n/locale-cookie';
import { appLocaleSchema } from '@/lib/schemas/record-ids';

/**
 * The target of the header's language links while they do not know the page yet: before the
 * page's own links stream in, and for good without JavaScript (docs/decisions/035). Sends the visitor
 * back to the page they came from, in the language they chose, and remembers that language.
 */
export async function GET(request: Request, { params }: RouteContext<'/api/language/[locale]'>): Promise<Response> {
  const parsed = appLocaleSchema.safeParse((await params).locale);
  if (!parsed.success) return new Response('Unknown language', { status: 404, headers: { 'Cache-Control': 'no-store' } });
  const locale = parsed.data;
  return new Response(null, {
    status: 303,
    // A relative target: the referer's host is never trusted, only its path.
    headers: { Location: samePageIn(locale, request.headers.get('referer')), 'Set-Cookie': localeCookie(locale), 'Cache-Control': 'no-store' },
  });
}
