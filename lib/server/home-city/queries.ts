import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { db } from '../db';
import { cacheTags } from '../cache-tags';
import { localesFor, pickLocalized, type ContentLocale, type LocalizedValue } from '@/lib/i18n/localized';

export type HomeCitySummary = { name: LocalizedValue; countryCode: string; latitude: number; longitude: number };

/** The home city, or null before the database has been set up. */
export async function getHomeCity(locale: ContentLocale): Promise<HomeCitySummary | null> {
  'use cache';
  cacheLife('days');
  cacheTag(cacheTags.homeCity);
  const row = await db().homeCity.findUnique({
    where: { id: 1 },
    select: { countryCode: true, latitude: true, longitude: true, translations: { where: { locale: { in: localesFor(locale) } }, select: { locale: true, name: true } } },
  });
  const name = row && pickLocalized(row.translations, locale, 'name');
  if (!row || !name) return null;
  return { name, countryCode: row.countryCode, latitude: row.latitude, longitude: row.longitude };
}
