import 'server-only';
import { readArguments } from '@/lib/server/read-arguments';
import { cacheTag } from 'next/cache';
import { db } from '../db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { cacheUntilNextPublication } from '../publication-schedule';
import { cacheTags } from '../cache-tags';
import { publiclyVisible } from '../visibility';
import { registerWhere } from '../agreements/register';
import { findAgreementPermalink, type LinkedAgreement } from '../agreements/permalink';
import { agreementUrls, fileUrl, isoDay, partialDate, partnerUrls, text } from './payload';
import { localesFor, pickLocalized, pickPlaceName, type ContentLocale, type StoredLocale } from '@/lib/i18n/localized';
import { sortAgreements } from '@/lib/agreements/register-order';
import type { RegisterQuery } from '@/lib/schemas/agreement';
import type { AgreementDetailPayload, AgreementSummaryPayload } from '@/lib/schemas/open-data/agreements';

function agreementSelect(locale: ContentLocale) {
  const locales = { locale: { in: localesFor(locale) } };
  return {
    id: true,
    type: true,
    signedOn: true,
    signedPrecision: true,
    status: true,
    textLanguages: true,
    updatedAt: true,
    translations: { where: locales, select: { locale: true, title: true, place: true, signatories: true } },
    partner: { select: { slug: true, countryCode: true, translations: { where: locales, select: { locale: true, name: true } } } },
    source: { select: { title: true, language: true, publisher: true, url: true, publishedOn: true } },
    // A document in the trash is no longer published with the agreement.
    document: { select: { storageKey: true, mimeType: true, byteSize: true, originalName: true, sha256: true, deletedAt: true } },
  } satisfies Prisma.AgreementSelect;
}

type Document = { storageKey: string; mimeType: string; byteSize: number; originalName: string | null; sha256: string };
const documentPayload = (d: Document | null) =>
  d && { url: fileUrl(d.storageKey), mimeType: d.mimeType, byteSize: d.byteSize, sha256: d.sha256, fileName: d.originalName };
type Source = { title: string; language: StoredLocale; publisher: string | null; url: string | null; publishedOn: Date | null };
const sourcePayload = (s: Source | null) =>
  s && { title: s.title, language: s.language, publisher: s.publisher, url: s.url, publishedOn: isoDay(s.publishedOn) };

/**
 * Every agreement the register shows for its filters, in its order, with the facts a journalist
 * needs in a table (the JSON list pages it, the CSV takes all). One query plus one per relation.
 */
export async function listOpenAgreements(
  locale: ContentLocale,
  query: Pick<RegisterQuery, 'type' | 'status' | 'partner' | 'sort' | 'dir'>,
): Promise<AgreementSummaryPayload[]> {
  'use cache';
  locale = readArguments.locale.parse(locale);
  query = readArguments.registerQuery.parse(query);
  await cacheUntilNextPublication();
  cacheTag(cacheTags.agreements, cacheTags.partners);
  const rows = await db().agreement.findMany({ where: registerWhere(query, new Date()), select: agreementSelect(locale) });
  const items = rows.flatMap(({ translations, partner, document, source, ...row }) => {
    const name = pickPlaceName(partner.translations, locale, 'name', partner.countryCode);
    // A partner without even a Russian name is not ready to be shown (the register skips it too).
    if (!name) return [];
    const item: AgreementSummaryPayload = {
      id: row.id,
      ...agreementUrls(row.id, locale),
      type: row.type,
      title: text(pickLocalized(translations, locale, 'title')),
      partner: { slug: partner.slug, url: partnerUrls(partner.slug, locale).url, name: text(name), countryCode: partner.countryCode },
      signed: partialDate(row.signedOn, row.signedPrecision),
      status: row.status,
      place: text(pickLocalized(translations, locale, 'place')),
      signatories: text(pickLocalized(translations, locale, 'signatories')),
      textLanguages: row.textLanguages,
      source: sourcePayload(source),
      document: documentPayload(document && !document.deletedAt ? document : null),
      updatedAt: row.updatedAt.toISOString(),
    };
    return [{ item, id: row.id, type: row.type, status: row.status, signedOn: row.signedOn, partnerName: name.text }];
  });
  return sortAgreements(items, query.sort, query.dir, locale).map((row) => row.item);
}

/** A public agreement with everything its permalink shows, or null when the public may not see it. */
export async function getOpenAgreement(locale: ContentLocale, id: number): Promise<AgreementDetailPayload | null> {
  'use cache';
  locale = readArguments.locale.parse(locale);
  id = readArguments.id.parse(id);
  await cacheUntilNextPublication();
  cacheTag(cacheTags.agreements, cacheTags.partners);
  const now = new Date();
  const a = await findAgreementPermalink(locale, { id, ...publiclyVisible(now), partner: publiclyVisible(now) }, now);
  if (!a) return null;
  const linked = ({ kind, agreement: l }: { kind: 'supersedes' | 'amends'; agreement: LinkedAgreement }) => ({
    kind,
    agreement: {
      id: l.id,
      ...agreementUrls(l.id, locale),
      type: l.type,
      title: text(l.title),
      partnerName: text(l.partnerName),
      signed: partialDate(l.signedOn, l.signedPrecision),
    },
  });
  return {
    id: a.id,
    ...agreementUrls(a.id, locale),
    type: a.type,
    title: text(a.title),
    partner: { slug: a.partner.slug, url: partnerUrls(a.partner.slug, locale).url, name: text(a.partner.name), countryCode: a.partner.countryCode },
    signed: partialDate(a.signedOn, a.signedPrecision),
    status: a.status,
    place: text(a.place),
    signatories: text(a.signatories),
    textLanguages: a.textLanguages,
    source: sourcePayload(a.source),
    document: documentPayload(a.document),
    updatedAt: a.updatedAt.toISOString(),
    note: text(a.note),
    statusHistory: a.statusHistory.map((s) => ({ kind: s.kind, date: partialDate(s.date, s.precision), note: s.note })),
    links: a.links.map(linked),
    linkedFrom: a.backlinks.map(linked),
  };
}
