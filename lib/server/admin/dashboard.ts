import 'server-only';
import { db } from '../db';
import { requireActor } from '../auth/actor';
import { pickLocalized, type ContentLocale, type StoredLocale } from '@/lib/i18n/localized';
import { translationGaps, type TranslationGaps } from '@/lib/translation-status';
import type { PublicationStatus } from '@/lib/generated/prisma/enums';

type DashboardKind = 'partner' | 'agreement' | 'event' | 'project' | 'proposal';
export type DashboardItem = TranslationGaps & {
  kind: DashboardKind;
  id: string;
  name: string;
  publicationStatus: PublicationStatus;
  publishAt: Date | null;
  updatedAt: Date;
};

type Row = {
  id: string | number;
  publicationStatus: PublicationStatus;
  publishAt: Date | null;
  updatedAt: Date;
  translations: { locale: StoredLocale; text: string; textChangedAt: Date }[];
};

function item(kind: DashboardKind, locale: ContentLocale, row: Row): DashboardItem {
  return {
    kind,
    id: String(row.id),
    name: pickLocalized(row.translations, locale, 'text')?.text ?? String(row.id),
    publicationStatus: row.publicationStatus,
    publishAt: row.publishAt,
    updatedAt: row.updatedAt,
    ...translationGaps(row.translations),
  };
}

const named = <T extends { locale: StoredLocale; textChangedAt: Date }>(rows: T[], text: (row: T) => string) =>
  rows.map((t) => ({ locale: t.locale, textChangedAt: t.textChangedAt, text: text(t) }));

/**
 * What needs the press office's attention: drafts, scheduled items (soonest first) and every record
 * whose Kazakh or English text is missing or older than its Russian text: outdated ones first (a
 * translation that now says something else than the Russian misleads readers; a missing one falls
 * back to Russian, marked), each group newest change first. Five queries, whatever the number of records.
 */
export async function getDashboard(headers: Headers, locale: ContentLocale) {
  await requireActor(headers, 'editor');
  const live = { deletedAt: null };
  const base = { id: true, publicationStatus: true, publishAt: true, updatedAt: true } as const;
  const timed = { locale: true, textChangedAt: true } as const;
  const [partners, agreements, events, projects, proposals] = await Promise.all([
    db().partner.findMany({ where: live, select: { ...base, translations: { select: { ...timed, name: true } } } }),
    db().agreement.findMany({ where: live, select: { ...base, translations: { select: { ...timed, title: true } } } }),
    db().event.findMany({ where: live, select: { ...base, translations: { select: { ...timed, title: true } } } }),
    db().project.findMany({ where: live, select: { ...base, translations: { select: { ...timed, title: true } } } }),
    db().proposal.findMany({ where: live, select: { ...base, translations: { select: { ...timed, partnerName: true } } } }),
  ]);
  const items = [
    ...partners.map((p) => item('partner', locale, { ...p, translations: named(p.translations, (t) => t.name) })),
    ...agreements.map((a) => item('agreement', locale, { ...a, translations: named(a.translations, (t) => t.title) })),
    ...events.map((e) => item('event', locale, { ...e, translations: named(e.translations, (t) => t.title) })),
    ...projects.map((p) => item('project', locale, { ...p, translations: named(p.translations, (t) => t.title) })),
    ...proposals.map((p) => item('proposal', locale, { ...p, translations: named(p.translations, (t) => t.partnerName) })),
  ];
  return {
    drafts: items.filter((i) => i.publicationStatus === 'draft'),
    scheduled: items.filter((i) => i.publicationStatus === 'scheduled').sort((a, b) => (a.publishAt?.getTime() ?? 0) - (b.publishAt?.getTime() ?? 0)),
    untranslated: items
      .filter((i) => i.missing.length > 0 || i.outdated.length > 0)
      .sort((a, b) => Number(b.outdated.length > 0) - Number(a.outdated.length > 0) || b.updatedAt.getTime() - a.updatedAt.getTime()),
  };
}
