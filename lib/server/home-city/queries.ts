import 'server-only';
import { readArguments } from '@/lib/server/read-arguments';
import { cacheLife, cacheTag } from 'next/cache';
import { db } from '../db';
import { cacheTags } from '../cache-tags';
import type { ProjectTheme } from '@/lib/generated/prisma/enums';
import { localesFor, pickLocalized, pickPlaceName, type ContentLocale, type LocalizedValue } from '@/lib/i18n/localized';

/** The press office's contacts as the settings give them (each may be blank): where residents report a problem. */
type PressContacts = { office: LocalizedValue | null; address: LocalizedValue | null; email: string | null; phone: string | null };

export type HomeCitySummary = {
  kind: 'city' | 'region';
  name: LocalizedValue;
  countryCode: string;
  latitude: number;
  longitude: number;
  press: PressContacts;
};

/** The home city, or null before the database has been set up. */
export async function getHomeCity(locale: ContentLocale): Promise<HomeCitySummary | null> {
  'use cache';
  locale = readArguments.locale.parse(locale);
  cacheLife('days');
  cacheTag(cacheTags.homeCity);
  const row = await db().homeCity.findUnique({
    where: { id: 1 },
    select: {
      kind: true,
      countryCode: true,
      latitude: true,
      longitude: true,
      pressEmail: true,
      pressPhone: true,
      translations: { where: { locale: { in: localesFor(locale) } }, select: { locale: true, name: true, pressOfficeName: true, pressAddress: true } },
    },
  });
  const name = row && pickPlaceName(row.translations, locale, 'name', row.countryCode);
  if (!row || !name) return null;
  const press = {
    office: pickLocalized(row.translations, locale, 'pressOfficeName'),
    address: pickLocalized(row.translations, locale, 'pressAddress'),
    email: row.pressEmail || null,
    phone: row.pressPhone || null,
  };
  return { kind: row.kind, name, countryCode: row.countryCode, latitude: row.latitude, longitude: row.longitude, press };
}

export type PublicationSettings = {
  /** SPDX id of the open data's licence (CC-BY-4.0 unless an admin chose another). */
  dataLicense: string;
  /** Whether public change histories may name the editors who made the changes. */
  showEditorNames: boolean;
  /** When the settings last changed (any of them); null before set-up. */
  changedAt: Date | null;
};

/** What the settings say about publishing data: the licence, and whether editors are named in public. */
export async function getPublicationSettings(): Promise<PublicationSettings> {
  'use cache';
  cacheLife('days');
  cacheTag(cacheTags.homeCity);
  const row = await db().homeCity.findUnique({ where: { id: 1 }, select: { dataLicense: true, showEditorNames: true, updatedAt: true } });
  // Before set-up, the defaults of the schema: CC BY 4.0 and no names.
  return row
    ? { dataLicense: row.dataLicense, showEditorNames: row.showEditorNames, changedAt: row.updatedAt }
    : { dataLicense: 'CC-BY-4.0', showEditorNames: false, changedAt: null };
}

export type OpenCallSettings = { soughtThemes: ProjectTheme[]; submissionRetentionDays: number };

/** What the open call page says: the themes sought, in the settings' order, and how long a submission is kept. */
export async function getOpenCallSettings(): Promise<OpenCallSettings> {
  'use cache';
  cacheLife('days');
  cacheTag(cacheTags.homeCity);
  const row = await db().homeCity.findUnique({ where: { id: 1 }, select: { soughtThemes: true, submissionRetentionDays: true } });
  return row ?? { soughtThemes: [], submissionRetentionDays: 365 };
}
