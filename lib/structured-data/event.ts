import { formatPartialDateIso, type PartialDate } from '@/lib/dates/partial-date';
import { compact, type JsonLdNode } from './json-ld';
import type { EventFormat } from '@/lib/generated/prisma/enums';

const ATTENDANCE: Record<EventFormat, string> = {
  in_person: 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
};

export type EventInput = {
  url: string;
  name: string;
  description: string | null;
  start: PartialDate;
  end: PartialDate | null;
  format: EventFormat | null;
  location: string | null;
  /** The partners' pages; each describes its place fully (City or AdministrativeArea) under the same @id. */
  partners: { name: string; url: string }[];
  /** Absolute URLs of the event's photos. */
  images: string[];
};

/**
 * A joint event as a schema.org Event. Dates are ISO partial dates at their precision ("2021",
 * "2021-08"), which schema.org's Date allows; the partners are what the event is about (who
 * organised it is not recorded, so no organizer is claimed).
 */
export function eventNode(e: EventInput): JsonLdNode {
  const online = e.format === 'online';
  return compact({
    '@type': 'Event',
    '@id': e.url,
    url: e.url,
    name: e.name,
    description: e.description,
    startDate: formatPartialDateIso(e.start),
    endDate: e.end ? formatPartialDateIso(e.end) : null,
    eventAttendanceMode: e.format ? ATTENDANCE[e.format] : null,
    location: e.location ? { '@type': online ? 'VirtualLocation' : 'Place', name: e.location } : null,
    about: e.partners.map((p) => ({ '@id': p.url, url: p.url, name: p.name })),
    image: e.images,
  });
}
