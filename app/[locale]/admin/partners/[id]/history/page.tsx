import { recordHistoryPage } from '@/components/admin/record-history-page';
import { restorePartnerRevisionAction } from '../../actions';

const page = recordHistoryPage({
  revisions: 'partner',
  namespace: 'AdminPartners',
  section: 'partners',
  titleField: 'name',
  restore: restorePartnerRevisionAction,
});

export const generateMetadata = page.generateMetadata;
export default page.Page;
