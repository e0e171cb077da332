import { formatPartialDateIso, type PartialDate } from '@/lib/dates/partial-date';
import { compact, type JsonLdNode } from './json-ld';
import type { OrganizationKind } from '@/lib/generated/prisma/enums';

/** The closest schema.org type for each kind of participant; a business or "other" says no more than Organization. */
const ORGANIZATION_TYPE: Record<OrganizationKind, string> = {
  university: 'CollegeOrUniversity',
  school: 'School',
  ngo: 'NGO',
  business: 'Organization',
  municipal_body: 'GovernmentOrganization',
  other: 'Organization',
};

export type ProjectInput = {
  url: string;
  name: string;
  description: string | null;
  /** The themes' labels in the page's language. */
  themes: string[];
  start: PartialDate | null;
  end: PartialDate | null;
  /** The partners' pages; each describes its place fully (City or AdministrativeArea) under the same @id. */
  partners: { name: string; url: string }[];
  organizations: { kind: OrganizationKind; name: string; city: string | null; countryCode: string | null }[];
  /** The events' pages, each an Event under the same @id. */
  events: { name: string; url: string; start: PartialDate }[];
  /** Absolute URLs of the project's photos. */
  images: string[];
};

/**
 * A joint project as a schema.org Project (an Organization "planned to achieve a particular aim"):
 * its start and end as foundingDate and dissolutionDate at their precision, the participating
 * organizations as members, the partner cities as the areas it serves (a City is a Place, not a
 * member), its events, and the themes as keywords (docs/decisions/036).
 */
export function projectNode(p: ProjectInput): JsonLdNode {
  return compact({
    '@type': 'Project',
    '@id': p.url,
    url: p.url,
    name: p.name,
    description: p.description,
    keywords: p.themes.join(', ') || null,
    foundingDate: p.start ? formatPartialDateIso(p.start) : null,
    dissolutionDate: p.end ? formatPartialDateIso(p.end) : null,
    areaServed: p.partners.map((partner) => ({ '@id': partner.url, url: partner.url, name: partner.name })),
    member: p.organizations.map((o) =>
      compact({
        '@type': ORGANIZATION_TYPE[o.kind],
        name: o.name,
        address: o.city || o.countryCode ? compact({ '@type': 'PostalAddress', addressLocality: o.city, addressCountry: o.countryCode }) : null,
      }),
    ),
    event: p.events.map((e) => ({ '@type': 'Event', '@id': e.url, url: e.url, name: e.name, startDate: formatPartialDateIso(e.start) })),
    image: p.images,
  });
}
