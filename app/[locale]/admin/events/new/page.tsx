import { adminSectionPage, type SectionBodyProps } from '@/components/admin/admin-section-page';
import { EventForm } from '@/components/admin/event-form';
import { eventFormOptions } from '@/components/admin/event-form-options';
import { createEventAction } from '../actions';

const page = adminSectionPage({ namespace: 'AdminEvents', heading: 'create' }, NewEvent);

export const generateMetadata = page.generateMetadata;
export default page.Page;

async function NewEvent({ locale, headers }: SectionBodyProps) {
  const initial = { publicationStatus: 'draft' };
  return <EventForm action={createEventAction.bind(null, locale)} initial={initial} options={await eventFormOptions(headers, locale)} />;
}
