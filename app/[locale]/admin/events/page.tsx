import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/i18n/locale-param';
import { Link } from '@/i18n/navigation';
import { SectionPage } from '@/components/layout/section-page';
import { EditorialCells } from '@/components/admin/editorial-cells';
import { EditorList } from '@/components/admin/editor-list';
import { EventDates } from '@/components/events/event-dates';
import { requirePageActor } from '@/lib/server/auth/page-access';
import { listEventsForEditing } from '@/lib/server/events/editing';
import type { AppLocale } from '@/i18n/routing';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/events'>): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFromParams(params), namespace: 'AdminEvents' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

export default async function AdminEventsPage({ params }: PageProps<'/[locale]/admin/events'>) {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'AdminEvents' });
  return (
    <SectionPage title={t('title')} lead={t('lead')}>
      <EventList locale={locale} />
    </SectionPage>
  );
}

async function EventList({ locale }: { locale: AppLocale }) {
  await connection();
  const { headers } = await requirePageActor(locale, 'editor');
  const [t, events] = await Promise.all([getTranslations({ locale, namespace: 'AdminEvents' }), listEventsForEditing(headers, locale)]);
  return (
    <EditorList
      createHref="/admin/events/new"
      createLabel={t('create')}
      caption={t('title')}
      minWidth="56rem"
      count={events.length}
      empty={t('empty')}
      columns={[t('fields.title'), t('fields.dates'), t('fields.partners'), t('fields.publicationStatus'), t('missingTranslations'), t('updatedAt')]}
    >
      {events.map((e) => (
        <tr key={e.id}>
          <th scope="row" className="px-4 py-3 font-semibold">
            <Link href={`/admin/events/${e.id}`} className="text-brand-700 underline underline-offset-4 dark:text-brand-100">
              {e.title}
            </Link>
          </th>
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
