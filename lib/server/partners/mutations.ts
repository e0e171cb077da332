import 'server-only';
import { db } from '../db';
import { requireActor } from '../auth/actor';
import { writeAudit } from '../admin/audit';
import { trashActions } from '../admin/trash';
import { isUniqueViolation, notFound, succeeded, type MutationOutcome } from '../admin/outcome';
import { fieldChanges, flattenTranslations, type AuditRecord } from '@/lib/audit/field-changes';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { PartnerInput } from '@/lib/schemas/partner';

const LOCALES = ['ru', 'kk', 'en'] as const;
const TRANSLATED = ['name', 'regionName', 'about'] as const;

/** The partner as the audit log compares it: its own fields and each language's text. */
async function snapshot(tx: Prisma.TransactionClient, id: string): Promise<AuditRecord | null> {
  const row = await tx.partner.findUnique({ where: { id }, include: { translations: true } });
  if (!row) return null;
  const { translations, id: _id, createdAt: _c, ...fields } = row;
  return { ...fields, ...flattenTranslations(translations, TRANSLATED) };
}

function partnerData(input: PartnerInput) {
  const { translations: _t, ...fields } = input;
  return fields;
}

/** The rows for each language that has a name (kk and en without one fall back to ru). */
const translationRows = (input: PartnerInput) =>
  LOCALES.flatMap((locale) => {
    const t = input.translations[locale];
    return t.name === null ? [] : [{ locale, name: t.name, regionName: t.regionName, about: t.about }];
  });

const slugTaken = { ok: false, error: 'invalid', fieldErrors: { slug: 'taken' } } as const;

export async function createPartner(headers: Headers, input: PartnerInput): Promise<MutationOutcome<{ id: string; slug: string }>> {
  const actor = await requireActor(headers, 'editor');
  try {
    return await db().$transaction(async (tx) => {
      const partner = await tx.partner.create({
        data: { ...partnerData(input), translations: { create: translationRows(input) } },
        select: { id: true, slug: true },
      });
      await writeAudit(tx, {
        actor,
        action: 'create',
        entityType: 'partner',
        entityId: partner.id,
        changes: fieldChanges(null, await snapshot(tx, partner.id)),
      });
      return succeeded(partner);
    });
  } catch (error) {
    if (isUniqueViolation(error, 'slug')) return slugTaken;
    throw error;
  }
}

/**
 * Saves the editor's form over version `version`. If someone saved in between, nothing is written
 * and the caller learns the current version, so the second editor can compare before saving again.
 */
export async function updatePartner(headers: Headers, id: string, version: number, input: PartnerInput): Promise<MutationOutcome<{ version: number }>> {
  const actor = await requireActor(headers, 'editor');
  try {
    return await db().$transaction(async (tx) => {
      const before = await snapshot(tx, id);
      if (!before || before.deletedAt !== null) return notFound;
      const { count } = await tx.partner.updateMany({ where: { id, version, deletedAt: null }, data: { ...partnerData(input), version: { increment: 1 } } });
      if (count === 0) {
        const current = await tx.partner.findUniqueOrThrow({ where: { id }, select: { version: true, updatedAt: true } });
        return { ok: false, error: 'conflict', current } as const;
      }
      await tx.partnerTranslation.deleteMany({ where: { partnerId: id } });
      await tx.partnerTranslation.createMany({ data: translationRows(input).map((row) => ({ ...row, partnerId: id })) });
      const after = await snapshot(tx, id);
      const becamePublic = before.publicationStatus !== 'published' && input.publicationStatus === 'published';
      await writeAudit(tx, { actor, action: becamePublic ? 'publish' : 'update', entityType: 'partner', entityId: id, changes: fieldChanges(before, after) });
      return succeeded({ version: version + 1 });
    });
  } catch (error) {
    if (isUniqueViolation(error, 'slug')) return slugTaken;
    throw error;
  }
}

/** A partner that agreements or events refer to cannot be purged: they must go first. */
export const {
  trash: trashPartner,
  restore: restorePartner,
  purge: purgePartner,
} = trashActions({
  entity: 'partner',
  table: (tx) => tx.partner,
  snapshot,
  // One after another: a transaction is one connection, which runs one query at a time anyway.
  inUse: async (tx, id) => (await tx.agreement.count({ where: { partnerId: id } })) + (await tx.eventPartner.count({ where: { partnerId: id } })) > 0,
});
