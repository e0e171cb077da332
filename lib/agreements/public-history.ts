import type { AuditValue } from '@/lib/audit/field-changes';
import type { PartialDate, DatePrecision } from '@/lib/dates/partial-date';
import type { AgreementStatus, AgreementType } from '@/lib/generated/prisma/enums';

type Language = 'ru' | 'kk' | 'en';
type Diff<T> = { before: T; after: T };

/** One change to a fact the public sees, in terms the page can label and format. */
export type PublicChange =
  | ({ field: 'title' | 'place' | 'signatories' | 'note'; language: Language } & Diff<string | null>)
  | ({ field: 'type' } & Diff<AgreementType | null>)
  | ({ field: 'status' } & Diff<AgreementStatus | null>)
  | ({ field: 'signed' } & Diff<PartialDate | null>)
  | ({ field: 'textLanguages' } & Diff<string[]>)
  // Rows and records the public knows by what they are, never by their internal ids.
  | { field: 'statusHistory' | 'links' | 'partner' }
  | { field: 'document' | 'source'; change: 'added' | 'removed' | 'replaced' };

export type PublicHistoryEntry = { at: Date; editor: string | null; changes: PublicChange[] };

export type AuditEntry = { at: Date; action: string; changes: Record<string, Diff<AuditValue>>; editor: string | null };

const TRANSLATED = /^(title|place|signatories|note)\.(ru|kk|en)$/;
const asText = (value: AuditValue) => (value === null || value === '' ? null : String(value));

type Signed = { signedOn: AuditValue; signedPrecision: AuditValue };
function partialDate({ signedOn, signedPrecision }: Signed): PartialDate | null {
  if (typeof signedOn !== 'string' || typeof signedPrecision !== 'string') return null;
  const date = new Date(signedOn);
  return Number.isNaN(date.getTime()) ? null : { date, precision: signedPrecision as DatePrecision };
}
const sameDate = (a: PartialDate | null, b: PartialDate | null) => a?.date.getTime() === b?.date.getTime() && a?.precision === b?.precision;

/**
 * Whether an entry made the agreement public (its edits were never public before it). Scheduling
 * counts: the record goes public at publishAt with no entry of its own.
 */
const publishes = (entry: AuditEntry) => entry.action === 'publish' || ['published', 'scheduled'].includes(String(entry.changes.publicationStatus?.after));

/**
 * The public part of one audit entry. `signedAfter` is the signing date as the entry left it: date
 * and precision are logged as two fields, and an entry that changed only one needs the other.
 */
function publicChanges(changes: AuditEntry['changes'], signedAfter: Signed): { changes: PublicChange[]; signedBefore: Signed } {
  const out: PublicChange[] = [];
  const signedBefore = {
    signedOn: changes.signedOn ? changes.signedOn.before : signedAfter.signedOn,
    signedPrecision: changes.signedPrecision ? changes.signedPrecision.before : signedAfter.signedPrecision,
  };
  let history = false,
    links = false;
  for (const [key, { before, after }] of Object.entries(changes)) {
    const translated = TRANSLATED.exec(key);
    if (translated) out.push({ field: translated[1] as 'title', language: translated[2] as Language, before: asText(before), after: asText(after) });
    else if (key === 'type') out.push({ field: key, before: asText(before) as AgreementType | null, after: asText(after) as AgreementType | null });
    else if (key === 'status') out.push({ field: key, before: asText(before) as AgreementStatus | null, after: asText(after) as AgreementStatus | null });
    else if (key === 'textLanguages') out.push({ field: key, before: asText(before)?.split(',') ?? [], after: asText(after)?.split(',') ?? [] });
    else if (key === 'documentId' || key === 'sourceId')
      out.push({ field: key === 'documentId' ? 'document' : 'source', change: before === null ? 'added' : after === null ? 'removed' : 'replaced' });
    else if (key === 'partnerId') out.push({ field: 'partner' });
    else if (key.startsWith('history.')) history = true;
    else if (key.startsWith('links.')) links = true;
    // Anything else (publicationStatus, publishAt, deletedAt, version…) is bookkeeping, not a fact.
  }
  if (changes.signedOn || changes.signedPrecision) {
    const [before, after] = [partialDate(signedBefore), partialDate(signedAfter)];
    if (!sameDate(before, after)) out.push({ field: 'signed', before, after });
  }
  if (history) out.push({ field: 'statusHistory' });
  if (links) out.push({ field: 'links' });
  return { changes: out, signedBefore };
}

/**
 * What the public may read of an agreement's audit log: entries after its first publication (drafts
 * were never public), public facts only, newest first, entries left without a public change dropped.
 * `entries` must be the agreement's whole log, oldest first; `current` its signing date now.
 */
export function publicHistory(
  entries: readonly AuditEntry[],
  current: { signedOn: Date | null; signedPrecision: DatePrecision | null },
  showEditorNames: boolean,
): PublicHistoryEntry[] {
  // Visible from just after the first entry that published it. Without one, the record came public
  // from the seed (which logs nothing), so all its logged edits were made in public. Hiding edits
  // of a seeded draft-turned-public is the safe way to be wrong.
  const firstPublication = entries.findIndex(publishes);
  const shown = entries.map((entry, i) => i > firstPublication && entry.action !== 'create');
  // Walk newest to oldest so each entry knows the signing date it left behind.
  let signed: Signed = { signedOn: current.signedOn?.toISOString() ?? null, signedPrecision: current.signedPrecision };
  const result: PublicHistoryEntry[] = [];
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i]!;
    const { changes, signedBefore } = publicChanges(entry.changes, signed);
    signed = signedBefore;
    if (shown[i] && changes.length > 0) result.push({ at: entry.at, editor: showEditorNames ? entry.editor : null, changes });
  }
  return result;
}
