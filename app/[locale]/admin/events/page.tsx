import { getTranslations } from 'next-intl/server';
import { adminSectionPage, type SectionBodyProps } from '@/components/admin/admin-section-page';
import { EditorialCells } from '@/components/admin/editorial-cells';
import { EditorList, RecordNameCell } from '@/components/admin/editor-list';
import { EventDates } from '@/components/events/event-dates';
import { listEventsForEditing } from '@/lib/server/events/editing';

const page = adminSectionPage({ namespace: 'AdminEvents' }, EventList);

export const generateMetadata = page.generateMetadata;
export default page.Page;

async function EventList({ locale, headers }: SectionBodyProps) {
  const [t, events] = await Promise.all([getTranslations({ locale, namespace: 'AdminEvents' }), listEventsForEditing(headers, locale)]);
  return (
    <EditorList
      kind={{ namespace: 'AdminEvents', section: 'events' }}
      minWidth="56rem"
      count={events.length}
      showEmpty
      columns={[t('fields.title'), t('fields.dates'), t('fields.partners')]}
    >
      {events.map((e) => (
        <tr key={e.id}>
          <RecordNameCell href={`/admin/events/${e.id}`}>{e.title}</RecordNameCell>
          <td className="px-4 py-3 whitespace-nowrap">
            <EventDates event={e} locale={locale} />
          </td>
          <td className="px-4 py-3">{e.partners.join(', ')}</td>
          <EditorialCells item={e} />
        </tr>
      ))}
    </EditorList>
  );
}
