import 'server-only';
import { db } from '../db';
import { requireActor } from '../auth/actor';
import { writeAudit } from '../admin/audit';
import { notFound, succeeded, type MutationOutcome } from '../admin/outcome';
import { fieldChanges, flattenTranslations, type AuditRecord } from '@/lib/audit/field-changes';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { HomeCityInput } from '@/lib/schemas/home-city';

const HOME_CITY_ID = 1; // a singleton row
const LOCALES = ['ru', 'kk', 'en'] as const;

async function snapshot(tx: Prisma.TransactionClient): Promise<AuditRecord | null> {
  const row = await tx.homeCity.findUnique({ where: { id: HOME_CITY_ID }, include: { translations: true } });
  if (!row) return null;
  const { translations, id: _id, ...fields } = row;
  return { ...fields, ...flattenTranslations(translations, ['name', 'regionName', 'pressOfficeName', 'pressAddress']) };
}

/** The home city's settings, as the admin form shows them. */
export async function getHomeCityForEditing(headers: Headers) {
  await requireActor(headers, 'admin');
  return db().homeCity.findUnique({ where: { id: HOME_CITY_ID }, include: { translations: true } });
}

/** Saves the settings over version `version`; a save made in between is a conflict, not overwritten. */
export async function updateHomeCity(headers: Headers, version: number, input: HomeCityInput): Promise<MutationOutcome<{ version: number }>> {
  const actor = await requireActor(headers, 'admin');
  const { translations, ...fields } = input;
  return db().$transaction(async (tx) => {
    const before = await snapshot(tx);
    if (!before) return notFound;
    const { count } = await tx.homeCity.updateMany({ where: { id: HOME_CITY_ID, version }, data: { ...fields, version: { increment: 1 } } });
    if (count === 0) {
      const current = await tx.homeCity.findUniqueOrThrow({ where: { id: HOME_CITY_ID }, select: { version: true, updatedAt: true } });
      return { ok: false, error: 'conflict', current } as const;
    }
    await tx.homeCityTranslation.deleteMany({ where: { homeCityId: HOME_CITY_ID } });
    await tx.homeCityTranslation.createMany({
      data: LOCALES.flatMap((locale) => {
        const t = translations[locale];
        return t.name === null
          ? []
          : [{ homeCityId: HOME_CITY_ID, locale, name: t.name, regionName: t.regionName, pressOfficeName: t.pressOfficeName, pressAddress: t.pressAddress }];
      }),
    });
    await writeAudit(tx, {
      actor,
      action: 'update',
      entityType: 'home_city',
      entityId: String(HOME_CITY_ID),
      changes: fieldChanges(before, await snapshot(tx)),
    });
    return succeeded({ version: version + 1 });
  });
}
