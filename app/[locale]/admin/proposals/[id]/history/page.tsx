import { recordHistoryPage } from '@/components/admin/record-history-page';
import { restoreProposalRevisionAction } from '../../actions';

const page = recordHistoryPage({
  revisions: 'proposal',
  namespace: 'AdminProposals',
  section: 'proposals',
  titleField: 'partnerName',
  restore: restoreProposalRevisionAction,
});

export const generateMetadata = page.generateMetadata;
export default page.Page;
