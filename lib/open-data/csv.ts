import { stringify } from 'csv-stringify/sync';
import type { z } from 'zod';
import type { localizedTextResponseSchema } from '@/lib/schemas/open-data/common';
import type { AgreementSummaryPayload } from '@/lib/schemas/open-data/agreements';
import type { EventSummaryPayload } from '@/lib/schemas/open-data/events';
import type { PartnerSummaryPayload } from '@/lib/schemas/open-data/partners';
import type { ProjectSummaryPayload } from '@/lib/schemas/open-data/projects';

// The CSV downloads are flat views of the JSON lists. Their headers are the same stable English
// field names in every locale: `?locale=` changes the language of the contents, not the shape of
// the table, so a script or a spreadsheet built on one download works on the others.

type Cell = string | number | null | Pick<z.infer<typeof localizedTextResponseSchema>, 'text' | 'fallback'>;
type Column<T> = readonly [header: string, value: (row: T) => Cell];

/** The column listing, per row, the columns given in Russian because the requested translation is missing. */
export const FALLBACK_COLUMN = 'fallbackToRussian';

function toCsv<T>(columns: readonly Column<T>[], rows: readonly T[], header: boolean): string {
  const records = rows.map((row) => {
    const fallbacks: string[] = [];
    const cells = columns.map(([header, value]) => {
      const cell = value(row);
      if (cell === null || typeof cell === 'number') return cell;
      if (typeof cell === 'string') return inert(cell);
      if (cell.fallback) fallbacks.push(header);
      return inert(cell.text);
    });
    return [...cells, fallbacks.join(';')];
  });
  // CRLF, as RFC 4180 and Excel expect; empty cells for unknown values, never a made-up one.
  return stringify(records, { header, columns: headerOf(columns), record_delimiter: 'windows' });
}

const headerOf = <T>(columns: readonly Column<T>[]) => [...columns.map(([header]) => header), FALLBACK_COLUMN];

const list = (values: readonly string[]) => values.join(';');

/**
 * Editors' text opened in a spreadsheet must stay text: a cell starting with = + - @ or a control
 * character would run as a formula (CSV injection), so it gets the apostrophe spreadsheets read as
 * "this is text" (OWASP's advice). The JSON API returns the text untouched.
 */
const inert = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

const PARTNER_COLUMNS: readonly Column<PartnerSummaryPayload>[] = [
  ['slug', (p) => p.slug],
  ['pageUrl', (p) => p.pageUrl],
  ['name', (p) => p.name],
  ['regionName', (p) => p.regionName],
  ['kind', (p) => p.kind],
  ['status', (p) => p.status],
  ['countryCode', (p) => p.countryCode],
  ['firstAgreementType', (p) => p.firstAgreement?.type ?? null],
  ['firstAgreementDate', (p) => p.firstAgreement?.signed?.date ?? null],
  ['firstAgreementPrecision', (p) => p.firstAgreement?.signed?.precision ?? null],
];

const AGREEMENT_COLUMNS: readonly Column<AgreementSummaryPayload>[] = [
  ['id', (a) => a.id],
  ['permalink', (a) => a.permalink],
  ['type', (a) => a.type],
  ['title', (a) => a.title],
  ['partner', (a) => a.partner.name],
  ['partnerSlug', (a) => a.partner.slug],
  ['partnerCountry', (a) => a.partner.countryCode],
  ['signedDate', (a) => a.signed?.date ?? null],
  ['signedPrecision', (a) => a.signed?.precision ?? null],
  ['status', (a) => a.status],
  ['place', (a) => a.place],
  ['signatories', (a) => a.signatories],
  ['textLanguages', (a) => list(a.textLanguages)],
  ['documentUrl', (a) => a.document?.url ?? null],
  ['documentSha256', (a) => a.document?.sha256 ?? null],
  ['sourceTitle', (a) => a.source?.title ?? null],
  ['sourceLanguage', (a) => a.source?.language ?? null],
  ['sourcePublisher', (a) => a.source?.publisher ?? null],
  ['sourceUrl', (a) => a.source?.url ?? null],
  ['updatedAt', (a) => a.updatedAt],
];

const EVENT_COLUMNS: readonly Column<EventSummaryPayload>[] = [
  ['slug', (e) => e.slug],
  ['pageUrl', (e) => e.pageUrl],
  ['title', (e) => e.title],
  ['category', (e) => e.category],
  ['format', (e) => e.format],
  ['startDate', (e) => e.start.date],
  ['startPrecision', (e) => e.start.precision],
  ['endDate', (e) => e.end?.date ?? null],
  ['endPrecision', (e) => e.end?.precision ?? null],
  ['location', (e) => e.location],
  ['partners', (e) => ({ text: list(e.partners.map((p) => p.name.text)), fallback: e.partners.some((p) => p.name.fallback) })],
  ['partnerSlugs', (e) => list(e.partners.map((p) => p.slug))],
];

const PROJECT_COLUMNS: readonly Column<ProjectSummaryPayload>[] = [
  ['slug', (p) => p.slug],
  ['pageUrl', (p) => p.pageUrl],
  ['title', (p) => p.title],
  ['summary', (p) => p.summary],
  ['themes', (p) => list(p.themes)],
  ['status', (p) => p.status],
  ['startDate', (p) => p.start?.date ?? null],
  ['startPrecision', (p) => p.start?.precision ?? null],
  ['endDate', (p) => p.end?.date ?? null],
  ['endPrecision', (p) => p.end?.precision ?? null],
  ['partners', (p) => ({ text: list(p.partners.map((partner) => partner.name.text)), fallback: p.partners.some((partner) => partner.name.fallback) })],
  ['partnerSlugs', (p) => list(p.partners.map((partner) => partner.slug))],
];

/** Each download's header, column by column: what an import of that kind reads back. */
export const CSV_HEADERS = {
  partners: headerOf(PARTNER_COLUMNS),
  agreements: headerOf(AGREEMENT_COLUMNS),
  events: headerOf(EVENT_COLUMNS),
  projects: headerOf(PROJECT_COLUMNS),
} as const;

export const partnersCsv = (rows: readonly PartnerSummaryPayload[]) => toCsv(PARTNER_COLUMNS, rows, true);

export const agreementsCsv = (rows: readonly AgreementSummaryPayload[]) => toCsv(AGREEMENT_COLUMNS, rows, true);

/** The events as CSV text: with the header for the first batch of an export, without it for the next ones. */
export const eventsCsv = (rows: readonly EventSummaryPayload[], { header = true } = {}) => toCsv(EVENT_COLUMNS, rows, header);

/** An export's CSV text, batch after batch, the header only before the first. */
export async function* eventsCsvParts(batches: AsyncIterable<readonly EventSummaryPayload[]>): AsyncGenerator<string> {
  let header = true;
  for await (const batch of batches) {
    yield eventsCsv(batch, { header });
    header = false;
  }
}

export const projectsCsv = (rows: readonly ProjectSummaryPayload[]) => toCsv(PROJECT_COLUMNS, rows, true);

/** `agreements-kk-2026-11-22.csv`: what, in which language, as of which day (UTC). */
export const csvFilename = (dataset: keyof typeof CSV_HEADERS, locale: string, now: Date) => `${dataset}-${locale}-${now.toISOString().slice(0, 10)}.csv`;
