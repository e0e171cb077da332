import 'server-only';
import { readArguments } from '@/lib/server/read-arguments';
import { cacheTag } from 'next/cache';
import { db } from '../db';
import { cacheUntilNextPublication } from '../publication-schedule';
import { cacheTags } from '../cache-tags';
import { publiclyVisible } from '../visibility';
import { getHomeCity } from '../home-city/queries';
import { worldShapes } from './atlas';
import { localesFor, pickPlaceName, type ContentLocale } from '@/lib/i18n/localized';
import { buildPartnerMap, type MapPartner, type PartnerMapModel } from '@/lib/map/model';

/**
 * The home city and every public partner that has coordinates, laid out for drawing, or null
 * before setup. The layout is computed here, inside the cache: once per data change and locale,
 * not on every request (at 1,000 partners it took seconds when every page view did it).
 */
export async function getMapData(locale: ContentLocale): Promise<PartnerMapModel | null> {
  'use cache';
  locale = readArguments.locale.parse(locale);
  await cacheUntilNextPublication();
  cacheTag(cacheTags.partners, cacheTags.homeCity);
  const [home, rows] = await Promise.all([
    getHomeCity(locale),
    db().partner.findMany({
      where: { ...publiclyVisible(new Date()), latitude: { not: null }, longitude: { not: null } },
      select: {
        slug: true,
        countryCode: true,
        latitude: true,
        longitude: true,
        translations: { where: { locale: { in: localesFor(locale) } }, select: { locale: true, name: true } },
      },
      orderBy: { slug: 'asc' },
    }),
  ]);
  if (!home) return null;
  const partners = rows.flatMap((row): MapPartner[] => {
    const name = pickPlaceName(row.translations, locale, 'name', row.countryCode);
    return name && row.latitude !== null && row.longitude !== null
      ? [{ slug: row.slug, name, countryCode: row.countryCode, latitude: row.latitude, longitude: row.longitude }]
      : [];
  });
  return buildPartnerMap(home, partners, locale, worldShapes());
}
