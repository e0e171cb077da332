import 'server-only';
import { cacheTag } from 'next/cache';
import { readArguments } from '@/lib/server/read-arguments';
import { db } from '../db';
import { cacheUntilNextPublication } from '../publication-schedule';
import { cacheTags } from '../cache-tags';
import { publicProposal } from '../visibility';
import { publicState, type Publication } from '@/lib/publication/public-state';
import { localesFor, pickLocalized, pickPlaceName, type ContentLocale, type LocalizedValue } from '@/lib/i18n/localized';
import type { AgreementType, DatePrecision, ProposalStage } from '@/lib/generated/prisma/enums';
import type { Prisma } from '@/lib/generated/prisma/client';

export type PublicProposal = {
  id: number;
  /** The current stage: the last of the history. */
  stage: ProposalStage;
  countryCode: string;
  latitude: number | null;
  longitude: number | null;
  partnerName: LocalizedValue;
  place: LocalizedValue | null;
  initiator: LocalizedValue | null;
  rationale: LocalizedValue | null;
  /** Oldest first. A note is one untranslated column, written in Russian. */
  stages: { stage: ProposalStage; date: Date; precision: DatePrecision; note: string | null }[];
  /** Once signed, the agreement and the partner it became, when the public may see them. */
  agreement: { id: number; type: AgreementType; title: LocalizedValue | null } | null;
  partner: { slug: string; name: LocalizedValue } | null;
};

/**
 * Every proposal the public may see (public, published or due, not in the trash: never an internal
 * one), with its stage history, the most recently moved first. Its queries do not grow with the
 * number of proposals; what the page counts is this list, so no count can include what it leaves out.
 */
export async function listPublicProposals(locale: ContentLocale): Promise<PublicProposal[]> {
  'use cache';
  locale = readArguments.locale.parse(locale);
  await cacheUntilNextPublication();
  cacheTag(cacheTags.proposals, cacheTags.agreements, cacheTags.partners);
  const now = new Date();
  const proposals = await findProposals(locale, publicProposal(now), now);
  const lastMoved = (p: PublicProposal) => p.stages.at(-1)?.date.getTime() ?? 0;
  return proposals.sort((a, b) => lastMoved(b) - lastMoved(a) || a.id - b.id);
}

/**
 * The proposals matching `where` as the public page shows them. Uncached and unchecked: callers
 * decide who may see them. The agreement and partner a proposal became appear only while the
 * public may see them.
 */
export async function findProposals(locale: ContentLocale, where: Prisma.ProposalWhereInput, now: Date): Promise<PublicProposal[]> {
  const locales = { locale: { in: localesFor(locale) } };
  const rows = await db().proposal.findMany({
    where,
    orderBy: { id: 'asc' },
    select: {
      id: true,
      stage: true,
      countryCode: true,
      latitude: true,
      longitude: true,
      translations: { where: locales, select: { locale: true, partnerName: true, place: true, initiator: true, rationale: true } },
      stages: { orderBy: { position: 'asc' }, select: { stage: true, date: true, precision: true, note: true } },
      agreement: {
        select: {
          id: true,
          type: true,
          deletedAt: true,
          publicationStatus: true,
          publishAt: true,
          unpublishAt: true,
          translations: { where: locales, select: { locale: true, title: true } },
        },
      },
      partner: {
        select: {
          slug: true,
          deletedAt: true,
          publicationStatus: true,
          publishAt: true,
          unpublishAt: true,
          countryCode: true,
          translations: { where: locales, select: { locale: true, name: true } },
        },
      },
    },
  });
  // A linked partner or agreement still in draft, scheduled or in the trash is not shown, as everywhere
  // else; an agreement only with its partner, since the public sees an agreement only while its partner is public.
  const shown = (...records: ({ deletedAt: Date | null } & Publication)[]) =>
    records.every((r) => r.deletedAt === null) && publicState(now, ...records).kind === 'public';
  return rows.flatMap(({ translations, agreement, partner, ...row }) => {
    const partnerName = pickPlaceName(translations, locale, 'partnerName', row.countryCode);
    if (!partnerName) return [];
    const becameName = partner && shown(partner) ? pickPlaceName(partner.translations, locale, 'name', partner.countryCode) : null;
    return [
      {
        ...row,
        partnerName,
        place: pickLocalized(translations, locale, 'place'),
        initiator: pickLocalized(translations, locale, 'initiator'),
        rationale: pickLocalized(translations, locale, 'rationale'),
        partner: partner && becameName ? { slug: partner.slug, name: becameName } : null,
        agreement:
          agreement && partner && becameName && shown(partner, agreement)
            ? { id: agreement.id, type: agreement.type, title: pickLocalized(agreement.translations, locale, 'title') }
            : null,
      },
    ];
  });
}
