import { recordHistoryPage } from '@/components/admin/record-history-page';
import { restoreAgreementRevisionAction } from '../../actions';

const page = recordHistoryPage({
  revisions: 'agreement',
  namespace: 'AdminAgreements',
  section: 'agreements',
  titleField: 'title',
  restore: restoreAgreementRevisionAction,
});

export const generateMetadata = page.generateMetadata;
export default page.Page;
