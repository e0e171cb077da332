import { connection } from 'next/server';
import { calendarResponse } from '@/lib/server/open-data/feed-responses';
import { unavailableUnlessBug } from '@/lib/server/open-data/route';

/** Every public event as an iCalendar feed to subscribe to. No query parameters: the locale is the path's. */
export async function GET(request: Request, { params }: RouteContext<'/[locale]/events.ics'>) {
  await connection();
  const { locale } = await params;
  return calendarResponse(request, locale).catch(unavailableUnlessBug);
}
