import 'server-only';
import { readArguments } from '@/lib/server/read-arguments';
import { listPublicProposals, type PublicProposal } from '../proposals/public-list';
import { agreementUrls, partialDate, partnerUrls, proposalPageUrl, text } from './payload';
import type { ContentLocale } from '@/lib/i18n/localized';
import type { ProposalPayload } from '@/lib/schemas/open-data/proposals';

function proposalPayload(p: PublicProposal, locale: ContentLocale): ProposalPayload {
  return {
    id: p.id,
    pageUrl: proposalPageUrl(p.id, locale),
    // Said as a field of its own: a stage's name ("memorandum") could be read as a signed document.
    signed: p.stage === 'agreement_signed',
    stage: p.stage,
    partnerName: text(p.partnerName),
    place: text(p.place),
    countryCode: p.countryCode,
    latitude: p.latitude,
    longitude: p.longitude,
    initiator: text(p.initiator),
    rationale: text(p.rationale),
    stages: p.stages.map((s) => ({ stage: s.stage, date: partialDate(s.date, s.precision), note: s.note })),
    agreement: p.agreement && { id: p.agreement.id, ...agreementUrls(p.agreement.id, locale), type: p.agreement.type, title: text(p.agreement.title) },
    partner: p.partner && { slug: p.partner.slug, ...partnerUrls(p.partner.slug, locale), name: text(p.partner.name) },
  };
}

/** Every proposal the public proposals page shows (never an internal one), in its order. */
export async function listOpenProposals(locale: ContentLocale): Promise<ProposalPayload[]> {
  locale = readArguments.locale.parse(locale);
  return (await listPublicProposals(locale)).map((p) => proposalPayload(p, locale));
}
