import { recordHistoryPage } from '@/components/admin/record-history-page';
import { restoreProjectRevisionAction } from '../../actions';

const page = recordHistoryPage({
  revisions: 'project',
  namespace: 'AdminProjects',
  section: 'projects',
  titleField: 'title',
  restore: restoreProjectRevisionAction,
});

export const generateMetadata = page.generateMetadata;
export default page.Page;
