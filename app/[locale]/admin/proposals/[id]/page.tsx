import { ProposalForm } from '@/components/admin/proposal-form';
import { proposalFormOptions } from '@/components/admin/proposal-form-options';
import { recordEditPage } from '@/components/admin/record-edit-page';
import { formatPartialDateIso } from '@/lib/dates/partial-date';
import { parseAgreementId } from '@/lib/agreements/permalink-id';
import { pickLocalized } from '@/lib/i18n/localized';
import { getProposalForEditing, proposalPublicState, type ProposalForEditing } from '@/lib/server/proposals/editing';
import { trashProposalAction, updateProposalAction } from '../actions';

const page = recordEditPage({
  namespace: 'AdminProposals',
  section: 'proposals',
  load: async (headers, locale, rawId) => {
    // Proposal ids are serial integers like agreement ids, with the same rule for what in a URL can be one.
    const id = parseAgreementId(rawId);
    const proposal = id === null ? null : await getProposalForEditing(headers, id);
    if (!proposal) return null;
    return {
      id: proposal.id,
      version: proposal.version,
      title: pickLocalized(proposal.translations, locale, 'partnerName')?.text ?? String(proposal.id),
      state: proposalPublicState(new Date(), proposal),
      publicHref: '/proposals',
      form: (
        <ProposalForm
          action={updateProposalAction.bind(null, proposal.id)}
          initial={formValues(proposal)}
          options={await proposalFormOptions(headers, locale, proposal.agreementId)}
          currentVersionHref={`/${locale}/admin/proposals/${proposal.id}`}
        />
      ),
      trash: trashProposalAction.bind(null, locale, proposal.id),
    };
  },
});

export const generateMetadata = page.generateMetadata;
export default page.Page;

const text = (v: string | null) => v ?? '';

/** The stored proposal as the form's field values, its stages numbered in order. */
function formValues(p: ProposalForEditing): Record<string, string> {
  const values: Record<string, string> = {
    version: String(p.version),
    countryCode: p.countryCode,
    latitude: p.latitude === null ? '' : String(p.latitude),
    longitude: p.longitude === null ? '' : String(p.longitude),
    visibility: p.visibility,
    agreementId: p.agreementId === null ? '' : String(p.agreementId),
    publicationStatus: p.publicationStatus,
    publishAt: p.publishAt?.toISOString() ?? '',
    unpublishAt: p.unpublishAt?.toISOString() ?? '',
  };
  for (const t of p.translations) {
    Object.assign(values, {
      [`translations.${t.locale}.partnerName`]: t.partnerName,
      [`translations.${t.locale}.place`]: text(t.place),
      [`translations.${t.locale}.initiator`]: text(t.initiator),
      [`translations.${t.locale}.rationale`]: text(t.rationale),
    });
  }
  p.stages.forEach((s, i) => {
    Object.assign(values, { [`stages.${i}.stage`]: s.stage, [`stages.${i}.date`]: formatPartialDateIso(s), [`stages.${i}.note`]: text(s.note) });
  });
  return values;
}
