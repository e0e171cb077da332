import { connection } from 'next/server';
import { atomResponse } from '@/lib/server/open-data/feed-responses';
import { unavailableUnlessBug } from '@/lib/server/open-data/route';

/** The newest public events as an Atom feed. No query parameters: the locale is the path's. */
export async function GET(request: Request, { params }: RouteContext<'/[locale]/feed.xml'>) {
  await connection();
  const { locale } = await params;
  return atomResponse(request, locale).catch(unavailableUnlessBug);
}
