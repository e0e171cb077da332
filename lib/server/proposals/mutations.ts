import 'server-only';
import { trashActions } from '../admin/trash';
import { versionedWrites } from '../admin/versioned';
import { flattenTranslations, type AuditRecord } from '@/lib/audit/field-changes';
import { formatPartialDateIso } from '@/lib/dates/partial-date';
import { keepTextTimes } from '@/lib/translation-status';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { ProposalInput } from '@/lib/schemas/proposal';

type Tx = Prisma.TransactionClient;
const LOCALES = ['ru', 'kk', 'en'] as const;
const TRANSLATED = ['partnerName', 'place', 'initiator', 'rationale'] as const;

/** The proposal as the audit log compares it: its own fields, each language's text, and its stages row by row in order. */
async function snapshot(tx: Tx, id: number): Promise<AuditRecord | null> {
  const row = await tx.proposal.findUnique({
    where: { id },
    omit: { id: true, createdAt: true },
    include: { translations: true, stages: { orderBy: { position: 'asc' } } },
  });
  if (!row) return null;
  const { translations, stages, ...fields } = row;
  const flat: AuditRecord = { ...fields, ...flattenTranslations(translations, TRANSLATED) };
  stages.forEach((s, i) =>
    Object.assign(flat, { [`stages.${i}.stage`]: s.stage, [`stages.${i}.date`]: formatPartialDateIso(s), [`stages.${i}.note`]: s.note }),
  );
  return flat;
}

const proposalData = (input: ProposalInput) => ({
  countryCode: input.countryCode,
  latitude: input.latitude,
  longitude: input.longitude,
  stage: input.stage,
  agreementId: input.agreementId,
  visibility: input.visibility,
  publicationStatus: input.publicationStatus,
  publishAt: input.publishAt,
  unpublishAt: input.unpublishAt,
});

async function referenceErrors(tx: Tx, input: ProposalInput): Promise<Record<string, string>> {
  if (input.agreementId === null) return {};
  return (await tx.agreement.count({ where: { id: input.agreementId } })) === 0 ? { agreementId: 'unknownChoice' } : {};
}

async function writeChildren(tx: Tx, proposalId: number, input: ProposalInput) {
  const before = await tx.proposalTranslation.findMany({ where: { proposalId } });
  await tx.proposalTranslation.deleteMany({ where: { proposalId } });
  const rows = LOCALES.flatMap((locale) => {
    const t = input.translations[locale];
    return t.partnerName === null ? [] : [{ proposalId, locale, partnerName: t.partnerName, place: t.place, initiator: t.initiator, rationale: t.rationale }];
  });
  await tx.proposalTranslation.createMany({ data: keepTextTimes(before, rows, TRANSLATED, new Date()) });
  await tx.proposalStageChange.deleteMany({ where: { proposalId } });
  await tx.proposalStageChange.createMany({
    data: input.stages.map((s, position) => ({ proposalId, position, stage: s.stage, date: s.date.date, precision: s.date.precision, note: s.note })),
  });
  // The partner the proposed partner became is the one its agreement was signed with (the
  // Proposal_agreement_with_partner trigger holds it), so the editor picks only the agreement.
  const agreement = input.agreementId === null ? null : await tx.agreement.findUnique({ where: { id: input.agreementId }, select: { partnerId: true } });
  await tx.proposal.update({ where: { id: proposalId }, data: { partnerId: agreement?.partnerId ?? null } });
}

const versioned = versionedWrites({
  entity: 'proposal',
  table: (tx) => tx.proposal,
  columns: proposalData,
  writeChildren,
  snapshot,
  check: referenceErrors,
  refusals: {
    ProposalStageChange_not_before_previous: { stages: 'stageBeforePrevious' },
    Proposal_signed_links_agreement: { agreementId: 'agreementRequired' },
  },
});

/** Purging a proposal deletes its texts and stages; a submission it came from stays in the inbox. */
const trash = trashActions({ entity: 'proposal', table: (tx) => tx.proposal, snapshot });

/** Everything an editor or admin writes to proposals, each checking its caller's role itself. */
export const proposalWrites = { ...versioned, ...trash };

/** The proposal as the audit log compares it: its revisions are rebuilt from it. */
export { snapshot as proposalSnapshot };
