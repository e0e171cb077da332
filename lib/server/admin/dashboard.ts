import 'server-only';
import { db } from '../db';
import { requireActor } from '../auth/actor';
import { pickLocalized, type ContentLocale } from '@/lib/i18n/localized';
import type { PublicationStatus } from '@/lib/generated/prisma/enums';

type DashboardKind = 'partner' | 'agreement' | 'event';
export type DashboardItem = {
  kind: DashboardKind;
  id: string;
  name: string;
  publicationStatus: PublicationStatus;
  publishAt: Date | null;
  missingLocales: ('kk' | 'en')[];
};

type Row = { id: string | number; publicationStatus: PublicationStatus; publishAt: Date | null; translations: { locale: ContentLocale; text: string }[] };

function item(kind: DashboardKind, locale: ContentLocale, row: Row): DashboardItem {
  return {
    kind,
    id: String(row.id),
    name: pickLocalized(row.translations, locale, 'text')?.text ?? String(row.id),
    publicationStatus: row.publicationStatus,
    publishAt: row.publishAt,
    missingLocales: (['kk', 'en'] as const).filter((l) => !row.translations.some((t) => t.locale === l)),
  };
}

/**
 * What needs the press office's attention: drafts, scheduled items (soonest first) and every record
 * without its Kazakh or English text. Three queries, whatever the number of records.
 */
export async function getDashboard(headers: Headers, locale: ContentLocale) {
  await requireActor(headers, 'editor');
  const live = { deletedAt: null };
  const base = { id: true, publicationStatus: true, publishAt: true } as const;
  const [partners, agreements, events] = await Promise.all([
    db().partner.findMany({ where: live, select: { ...base, translations: { select: { locale: true, name: true } } } }),
    db().agreement.findMany({ where: live, select: { ...base, translations: { select: { locale: true, title: true } } } }),
    db().event.findMany({ where: live, select: { ...base, translations: { select: { locale: true, title: true } } } }),
  ]);
  const items = [
    ...partners.map((p) => item('partner', locale, { ...p, translations: p.translations.map((t) => ({ locale: t.locale, text: t.name })) })),
    ...agreements.map((a) => item('agreement', locale, { ...a, translations: a.translations.map((t) => ({ locale: t.locale, text: t.title })) })),
    ...events.map((e) => item('event', locale, { ...e, translations: e.translations.map((t) => ({ locale: t.locale, text: t.title })) })),
  ];
  return {
    drafts: items.filter((i) => i.publicationStatus === 'draft'),
    scheduled: items.filter((i) => i.publicationStatus === 'scheduled').sort((a, b) => (a.publishAt?.getTime() ?? 0) - (b.publishAt?.getTime() ?? 0)),
    untranslated: items.filter((i) => i.missingLocales.length > 0),
  };
}
