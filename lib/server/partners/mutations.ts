import 'server-only';
import { trashActions } from '../admin/trash';
import { versionedWrites } from '../admin/versioned';
import { flattenTranslations, type AuditRecord } from '@/lib/audit/field-changes';
import { keepTextTimes } from '@/lib/translation-status';
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

const versioned = versionedWrites({
  entity: 'partner',
  table: (tx) => tx.partner,
  columns: partnerData,
  writeChildren: async (tx, id: string, input: PartnerInput) => {
    const before = await tx.partnerTranslation.findMany({ where: { partnerId: id } });
    await tx.partnerTranslation.deleteMany({ where: { partnerId: id } });
    const rows = keepTextTimes(before, translationRows(input), TRANSLATED, new Date());
    await tx.partnerTranslation.createMany({ data: rows.map((row) => ({ ...row, partnerId: id })) });
  },
  snapshot,
  slugged: true,
});

/** A partner that agreements or events refer to cannot be purged: they must go first. */
const trash = trashActions({
  entity: 'partner',
  table: (tx) => tx.partner,
  snapshot,
  // One after another: a transaction is one connection, which runs one query at a time anyway.
  inUse: async (tx, id) => (await tx.agreement.count({ where: { partnerId: id } })) + (await tx.eventPartner.count({ where: { partnerId: id } })) > 0,
});

/** Everything an editor or admin writes to partners, each checking its caller's role itself. */
export const partnerWrites = { ...versioned, ...trash };
export const { create: createPartner, update: updatePartner, trash: trashPartner, restore: restorePartner, purge: purgePartner } = partnerWrites;

/** The partner as the audit log compares it: its revisions are rebuilt from it. */
export { snapshot as partnerSnapshot };

/** The partner fields that each language has: a restored version gives them back per language. */
export { TRANSLATED as partnerTranslatedFields };
