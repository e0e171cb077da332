import 'server-only';
import { readArguments } from '@/lib/server/read-arguments';
import { cacheTag } from 'next/cache';
import { db } from '../db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { cacheUntilNextPublication } from '../publication-schedule';
import { cacheTags } from '../cache-tags';
import { publiclyVisible } from '../visibility';
import { localesFor, pickLocalized, pickPlaceName, type ContentLocale, type StoredLocale, type LocalizedValue } from '@/lib/i18n/localized';
import type { AgreementLinkKind, AgreementStatus, AgreementStatusChangeKind, AgreementType, DatePrecision, PartnerKind } from '@/lib/generated/prisma/enums';

/** Another agreement this one points to, or that points to it. */
export type LinkedAgreement = {
  id: number;
  type: AgreementType;
  title: LocalizedValue | null;
  signedOn: Date | null;
  signedPrecision: DatePrecision | null;
  partnerName: LocalizedValue | null;
};

export type AgreementPermalink = {
  id: number;
  type: AgreementType;
  signedOn: Date | null;
  signedPrecision: DatePrecision | null;
  status: AgreementStatus | null;
  /** ISO 639-1 codes of the languages of the signed text. */
  textLanguages: string[];
  updatedAt: Date;
  title: LocalizedValue | null;
  place: LocalizedValue | null;
  signatories: LocalizedValue | null;
  note: LocalizedValue | null;
  partner: { slug: string; kind: PartnerKind; countryCode: string; name: LocalizedValue };
  /** Oldest first. */
  statusHistory: { kind: AgreementStatusChangeKind; date: Date; precision: DatePrecision; note: string | null }[];
  /** This agreement supersedes or amends these… */
  links: { kind: AgreementLinkKind; agreement: LinkedAgreement }[];
  /** …and is superseded or amended by these. */
  backlinks: { kind: AgreementLinkKind; agreement: LinkedAgreement }[];
  source: { title: string; language: StoredLocale; publisher: string | null; url: string | null; publishedOn: Date | null } | null;
  document: { storageKey: string; mimeType: string; byteSize: number; originalName: string | null; sha256: string } | null;
};

/** The public sees an agreement only while its partner is public too. */
const publicAgreement = (now: Date) => ({ ...publiclyVisible(now), partner: publiclyVisible(now) });

/**
 * One agreement matching `where`, with everything its permalink shows; linked agreements only when
 * the public may see them (the public page and the editors' preview share it). Uncached and
 * unchecked: callers decide who may see which agreement.
 */
export async function findAgreementPermalink(locale: ContentLocale, where: Prisma.AgreementWhereInput, now: Date): Promise<AgreementPermalink | null> {
  const locales = { locale: { in: localesFor(locale) } };
  const visible = publicAgreement(now);
  const linked = {
    select: {
      id: true,
      type: true,
      signedOn: true,
      signedPrecision: true,
      translations: { where: locales, select: { locale: true, title: true } },
      partner: { select: { countryCode: true, translations: { where: locales, select: { locale: true, name: true } } } },
    },
  } as const;
  const row = await db().agreement.findFirst({
    where,
    select: {
      id: true,
      type: true,
      signedOn: true,
      signedPrecision: true,
      status: true,
      textLanguages: true,
      updatedAt: true,
      translations: { where: locales, select: { locale: true, title: true, place: true, signatories: true, note: true } },
      partner: { select: { slug: true, kind: true, countryCode: true, translations: { where: locales, select: { locale: true, name: true } } } },
      statusHistory: { orderBy: [{ date: 'asc' }, { id: 'asc' }], select: { kind: true, date: true, precision: true, note: true } },
      linksFrom: { where: { to: visible }, orderBy: { toId: 'asc' }, select: { kind: true, to: linked } },
      linksTo: { where: { from: visible }, orderBy: { fromId: 'asc' }, select: { kind: true, from: linked } },
      source: { select: { title: true, language: true, publisher: true, url: true, publishedOn: true } },
      document: { select: { storageKey: true, mimeType: true, byteSize: true, originalName: true, sha256: true, deletedAt: true } },
    },
  });
  const partnerName = row && pickPlaceName(row.partner.translations, locale, 'name', row.partner.countryCode);
  if (!row || !partnerName) return null;
  type LinkedRow = {
    id: number;
    type: AgreementType;
    signedOn: Date | null;
    signedPrecision: DatePrecision | null;
    translations: { locale: StoredLocale; title: string }[];
    partner: { countryCode: string; translations: { locale: StoredLocale; name: string }[] };
  };
  const toLinked = ({ translations, partner, ...a }: LinkedRow): LinkedAgreement => ({
    ...a,
    title: pickLocalized(translations, locale, 'title'),
    partnerName: pickPlaceName(partner.translations, locale, 'name', partner.countryCode),
  });
  const { translations, partner, linksFrom, linksTo, document, ...facts } = row;
  return {
    ...facts,
    title: pickLocalized(translations, locale, 'title'),
    place: pickLocalized(translations, locale, 'place'),
    signatories: pickLocalized(translations, locale, 'signatories'),
    note: pickLocalized(translations, locale, 'note'),
    partner: { slug: partner.slug, kind: partner.kind, countryCode: partner.countryCode, name: partnerName },
    links: linksFrom.map((l) => ({ kind: l.kind, agreement: toLinked(l.to) })),
    backlinks: linksTo.map((l) => ({ kind: l.kind, agreement: toLinked(l.from) })),
    // A document in the trash is no longer published with the agreement.
    document:
      document && !document.deletedAt
        ? {
            storageKey: document.storageKey,
            mimeType: document.mimeType,
            byteSize: document.byteSize,
            originalName: document.originalName,
            sha256: document.sha256,
          }
        : null,
  };
}

/** A public agreement with everything its permalink shows, or null when there is none to show. */
export async function getAgreement(locale: ContentLocale, id: number): Promise<AgreementPermalink | null> {
  'use cache';
  locale = readArguments.locale.parse(locale);
  id = readArguments.id.parse(id);
  await cacheUntilNextPublication();
  cacheTag(cacheTags.agreements, cacheTags.partners);
  const now = new Date();
  return findAgreementPermalink(locale, { id, ...publicAgreement(now) }, now);
}
