import { connection } from 'next/server';
import { calendarResponse } from '@/lib/server/open-data/feed-responses';
import { unavailableUnlessBug } from '@/lib/server/open-data/route';

/** One partner's public joint events as an iCalendar feed; 404 for a partner the public may not see. */
export async function GET(request: Request, { params }: RouteContext<'/[locale]/partners/[slug]/events.ics'>) {
  await connection();
  const { locale, slug } = await params;
  return calendarResponse(request, locale, slug).catch(unavailableUnlessBug);
}
