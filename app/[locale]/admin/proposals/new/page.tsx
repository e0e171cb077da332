import { adminSectionPage, type SectionBodyProps } from '@/components/admin/admin-section-page';
import { ProposalForm } from '@/components/admin/proposal-form';
import { proposalFormOptions } from '@/components/admin/proposal-form-options';
import { createProposalAction } from '../actions';

const page = adminSectionPage({ namespace: 'AdminProposals', heading: 'create' }, NewProposal);

export const generateMetadata = page.generateMetadata;
export default page.Page;

async function NewProposal({ locale, headers }: SectionBodyProps) {
  // Internal until an editor says otherwise (decision 029); the first stage row is ready to fill in.
  const initial = { publicationStatus: 'draft', visibility: 'internal', 'stages.0.stage': 'initiative' };
  return <ProposalForm action={createProposalAction.bind(null, locale)} initial={initial} options={await proposalFormOptions(headers, locale)} />;
}
