import { recordHistoryPage } from '@/components/admin/record-history-page';
import { restoreEventRevisionAction } from '../../actions';

const page = recordHistoryPage({ revisions: 'event', namespace: 'AdminEvents', section: 'events', titleField: 'title', restore: restoreEventRevisionAction });

export const generateMetadata = page.generateMetadata;
export default page.Page;
