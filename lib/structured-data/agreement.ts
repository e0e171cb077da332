import { formatPartialDateIso, type PartialDate } from '@/lib/dates/partial-date';
import { compact, type JsonLdNode } from './json-ld';
import { placeNode, type PlaceInput } from './place';
import type { AgreementStatus } from '@/lib/generated/prisma/enums';

const SCHEMA = 'https://schema.org/';

/**
 * schema.org's LegalForceStatus has three values; none of the register's statuses means "partly in
 * force", so every status but in_force maps to NotInForce. An unknown status states nothing.
 */
export function legalForce(status: AgreementStatus | null): string | null {
  if (status === null) return null;
  return `${SCHEMA}${status === 'in_force' ? 'InForce' : 'NotInForce'}`;
}

export type AgreementInput = {
  url: string;
  name: string;
  typeLabel: string;
  signed: PartialDate | null;
  status: AgreementStatus | null;
  /** ISO 639-1 codes of the signed text's languages. */
  textLanguages: string[];
  parties: PlaceInput[];
  /** The agreements this one supersedes or amends. */
  changes: { url: string; name: string }[];
  /** The signed document, as an absolute URL. */
  document: { url: string; mimeType: string; sha256: string } | null;
};

/**
 * An agreement as a schema.org Legislation: a signed legal instrument with a type, date, legal force
 * and the parties' places as its spatial coverage (see docs/decisions/012-structured-data.md).
 */
export function agreementNode(a: AgreementInput): JsonLdNode {
  return compact({
    '@type': 'Legislation',
    '@id': a.url,
    url: a.url,
    name: a.name,
    legislationType: a.typeLabel,
    legislationDate: a.signed ? formatPartialDateIso(a.signed) : null,
    legislationLegalForce: legalForce(a.status),
    inLanguage: a.textLanguages,
    spatialCoverage: a.parties.map(placeNode),
    legislationChanges: a.changes.map((c) => ({ '@type': 'Legislation', '@id': c.url, url: c.url, name: c.name })),
    encoding: a.document ? { '@type': 'MediaObject', contentUrl: a.document.url, encodingFormat: a.document.mimeType, sha256: a.document.sha256 } : null,
  });
}
