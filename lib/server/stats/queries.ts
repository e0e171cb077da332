import 'server-only';
import { cacheTag } from 'next/cache';
import { db } from '../db';
import { cacheUntilNextPublication } from '../publication-schedule';
import { cacheTags } from '../cache-tags';
import { publiclyVisible } from '../visibility';

/** The years of the dated items, one entry per item, and how many items have no date. */
export type DatedYears = { years: number[]; undated: number };

/** Years in which the public agreements (of public partners) were signed. */
export async function listAgreementYears(): Promise<DatedYears> {
  'use cache';
  await cacheUntilNextPublication();
  cacheTag(cacheTags.agreements, cacheTags.partners);
  const now = new Date();
  const rows = await db().agreement.findMany({ where: { ...publiclyVisible(now), partner: publiclyVisible(now) }, select: { signedOn: true } });
  const years = rows.flatMap((r) => (r.signedOn ? [r.signedOn.getUTCFullYear()] : []));
  return { years, undated: rows.length - years.length };
}

/** Years in which the public joint events started (every event has a start date, at some precision). */
export async function listEventYears(): Promise<DatedYears> {
  'use cache';
  await cacheUntilNextPublication();
  cacheTag(cacheTags.events);
  const rows = await db().event.findMany({ where: publiclyVisible(new Date()), select: { startDate: true } });
  return { years: rows.map((r) => r.startDate.getUTCFullYear()), undated: 0 };
}

/**
 * When the published content last changed: the newest update of the home city or of any public
 * partner, agreement or event. The home page's figures are "as of" this moment.
 */
export async function getLastContentChange(): Promise<Date | null> {
  'use cache';
  await cacheUntilNextPublication();
  cacheTag(cacheTags.homeCity, cacheTags.partners, cacheTags.agreements, cacheTags.events);
  const now = new Date();
  const [home, partners, agreements, events] = await Promise.all([
    db().homeCity.aggregate({ _max: { updatedAt: true } }),
    db().partner.aggregate({ where: publiclyVisible(now), _max: { updatedAt: true } }),
    db().agreement.aggregate({ where: publiclyVisible(now), _max: { updatedAt: true } }),
    db().event.aggregate({ where: publiclyVisible(now), _max: { updatedAt: true } }),
  ]);
  const times = [home, partners, agreements, events].flatMap((a) => (a._max.updatedAt ? [a._max.updatedAt.getTime()] : []));
  return times.length ? new Date(Math.max(...times)) : null;
}
