import 'server-only';
import { trashActions } from '../admin/trash';
import { versionedWrites } from '../admin/versioned';
import { flattenTranslations, type AuditRecord } from '@/lib/audit/field-changes';
import { formatPartialDateIso } from '@/lib/dates/partial-date';
import { keepTextTimes } from '@/lib/translation-status';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { AgreementInput } from '@/lib/schemas/agreement';

const LOCALES = ['ru', 'kk', 'en'] as const;
const TRANSLATED = ['title', 'place', 'signatories', 'note'] as const;

/**
 * The agreement as the audit log compares it: its own fields, each language's text, and its status
 * history and links flattened row by row (`history.0.kind`, `links.0.toId`) in a stable order.
 */
async function snapshot(tx: Prisma.TransactionClient, id: number): Promise<AuditRecord | null> {
  const row = await tx.agreement.findUnique({
    where: { id },
    omit: { id: true, createdAt: true },
    include: {
      translations: true,
      statusHistory: { orderBy: [{ date: 'asc' }, { id: 'asc' }] },
      linksFrom: { orderBy: [{ kind: 'asc' }, { toId: 'asc' }] },
    },
  });
  if (!row) return null;
  const { translations, statusHistory, linksFrom, textLanguages, ...fields } = row;
  const flat: AuditRecord = { ...fields, textLanguages: textLanguages.join(','), ...flattenTranslations(translations, TRANSLATED) };
  statusHistory.forEach((h, i) =>
    Object.assign(flat, { [`history.${i}.kind`]: h.kind, [`history.${i}.date`]: formatPartialDateIso(h), [`history.${i}.note`]: h.note }),
  );
  linksFrom.forEach((l, i) => Object.assign(flat, { [`links.${i}.kind`]: l.kind, [`links.${i}.toId`]: l.toId }));
  return flat;
}

/** The agreement's own columns; the signed date is split into date and precision as stored. */
const agreementData = (input: AgreementInput) => ({
  partnerId: input.partnerId,
  type: input.type,
  status: input.status,
  textLanguages: input.textLanguages,
  sourceId: input.sourceId,
  documentId: input.documentId,
  publicationStatus: input.publicationStatus,
  publishAt: input.publishAt,
  unpublishAt: input.unpublishAt,
  signedOn: input.signedOn?.date ?? null,
  signedPrecision: input.signedOn?.precision ?? null,
});

/** The rows for each language that has a title (kk and en without one fall back to ru). */
const translationRows = (input: AgreementInput) =>
  LOCALES.flatMap((locale) => {
    const t = input.translations[locale];
    return t.title === null ? [] : [{ locale, title: t.title, place: t.place, signatories: t.signatories, note: t.note }];
  });

const historyRows = (input: AgreementInput, agreementId: number) =>
  Object.values(input.history).map((h) => ({ agreementId, kind: h.kind, date: h.date.date, precision: h.date.precision, note: h.note }));

const linkRows = (input: AgreementInput, fromId: number) => Object.values(input.links).map((l) => ({ fromId, toId: l.toId, kind: l.kind }));

/**
 * The records the form points at must exist, so a stale select or a crafted request is refused
 * next to its field instead of failing on a foreign key. A trashed partner or target is still
 * accepted: it may be what the agreement already pointed at, and the public pages hide it anyway.
 */
async function checkReferences(tx: Prisma.TransactionClient, input: AgreementInput, selfId: number | null): Promise<Record<string, string>> {
  const linkEntries = Object.entries(input.links);
  // One after another: a transaction is one connection, and pg refuses overlapping queries on it.
  const partner = await tx.partner.count({ where: { id: input.partnerId } });
  const source = input.sourceId === null ? 1 : await tx.source.count({ where: { id: input.sourceId } });
  const document = input.documentId === null ? 1 : await tx.media.count({ where: { id: input.documentId, kind: 'document' } });
  const targets = await tx.agreement.findMany({ where: { id: { in: linkEntries.map(([, l]) => l.toId) } }, select: { id: true } });
  const errors: Record<string, string> = {};
  if (partner === 0) errors.partnerId = 'unknownChoice';
  if (source === 0) errors.sourceId = 'unknownChoice';
  if (document === 0) errors.documentId = 'unknownChoice';
  const existing = new Set(targets.map((t) => t.id));
  for (const [row, link] of linkEntries) {
    // The database's AgreementLink_not_self CHECK refuses it too; here it becomes a field error.
    if (link.toId === selfId) errors[`links.${row}.toId`] = 'selfLink';
    else if (!existing.has(link.toId)) errors[`links.${row}.toId`] = 'unknownChoice';
  }
  return errors;
}

const versioned = versionedWrites({
  entity: 'agreement',
  table: (tx) => tx.agreement,
  columns: agreementData,
  // Status history and links included.
  writeChildren: async (tx, id: number, input: AgreementInput) => {
    const before = await tx.agreementTranslation.findMany({ where: { agreementId: id } });
    await tx.agreementTranslation.deleteMany({ where: { agreementId: id } });
    await tx.agreementStatusChange.deleteMany({ where: { agreementId: id } });
    await tx.agreementLink.deleteMany({ where: { fromId: id } });
    const rows = keepTextTimes(before, translationRows(input), TRANSLATED, new Date());
    await tx.agreementTranslation.createMany({ data: rows.map((row) => ({ ...row, agreementId: id })) });
    await tx.agreementStatusChange.createMany({ data: historyRows(input, id) });
    await tx.agreementLink.createMany({ data: linkRows(input, id) });
  },
  // A project or a proposal that links the agreement holds its partner (the database's deferred rules).
  refusals: {
    ProjectAgreement_with_project_partner: { partnerId: 'partnerLinkedElsewhere' },
    Proposal_agreement_with_partner: { partnerId: 'partnerLinkedElsewhere' },
  },
  snapshot,
  check: checkReferences,
});

/** Purging an agreement deletes its texts, status history and links with it. */
const trash = trashActions({ entity: 'agreement', table: (tx) => tx.agreement, snapshot });

/** Everything an editor or admin writes to agreements, each checking its caller's role itself. */
export const agreementWrites = { ...versioned, ...trash };
export const { create: createAgreement, update: updateAgreement, trash: trashAgreement, restore: restoreAgreement, purge: purgeAgreement } = agreementWrites;

/** The agreement as the audit log compares it: its revisions are rebuilt from it. */
export { snapshot as agreementSnapshot };
