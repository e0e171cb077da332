import { connection } from 'next/server';
import { cooperationAtomResponse } from '@/lib/server/open-data/feed-responses';
import { unavailableUnlessBug } from '@/lib/server/open-data/route';

/** The newest public projects and proposals as an Atom feed (docs/decisions/037). No query parameters: the locale is the path's. */
export async function GET(request: Request, { params }: RouteContext<'/[locale]/cooperation.xml'>) {
  await connection();
  const { locale } = await params;
  return cooperationAtomResponse(request, locale).catch(unavailableUnlessBug);
}
