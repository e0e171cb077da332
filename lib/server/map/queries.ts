import 'server-only';
import { cacheTag } from 'next/cache';
import { db } from '../db';
import { cacheUntilNextPublication } from '../publication-schedule';
import { cacheTags } from '../cache-tags';
import { publiclyVisible } from '../visibility';
import { getHomeCity, type HomeCitySummary } from '../home-city/queries';
import { localesFor, pickLocalized, type ContentLocale, type LocalizedValue } from '@/lib/i18n/localized';

export type MapPartner = { slug: string; name: LocalizedValue; countryCode: string; latitude: number; longitude: number };
export type MapData = { home: HomeCitySummary; partners: MapPartner[] };

/** The home city and every public partner that has coordinates, or null before setup. */
export async function getMapData(locale: ContentLocale): Promise<MapData | null> {
  'use cache';
  await cacheUntilNextPublication();
  cacheTag(cacheTags.partners, cacheTags.homeCity);
  const [home, rows] = await Promise.all([
    getHomeCity(locale),
    db().partner.findMany({
      where: { ...publiclyVisible(new Date()), latitude: { not: null }, longitude: { not: null } },
      select: { slug: true, countryCode: true, latitude: true, longitude: true, translations: { where: { locale: { in: localesFor(locale) } }, select: { locale: true, name: true } } },
      orderBy: { slug: 'asc' },
    }),
  ]);
  if (!home) return null;
  const partners = rows.flatMap((row): MapPartner[] => {
    const name = pickLocalized(row.translations, locale, 'name');
    return name && row.latitude !== null && row.longitude !== null
      ? [{ slug: row.slug, name, countryCode: row.countryCode, latitude: row.latitude, longitude: row.longitude }]
      : [];
  });
  return { home, partners };
}
