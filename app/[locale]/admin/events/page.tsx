import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/i18n/locale-param';
import { Link } from '@/i18n/navigation';
import { SectionPage } from '@/components/layout/section-page';
import { EditorialCells } from '@/components/admin/editorial-cells';
import { ScrollTable } from '@/components/ui/data-table';
import { EventDates } from '@/components/events/event-dates';
import { requirePageActor } from '@/lib/server/auth/page-access';
import { listEventsForEditing } from '@/lib/server/events/editing';
import type { AppLocale } from '@/i18n/routing';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/events'>): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'AdminEvents' });
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
  const [t, events] = await Promise.all([
    getTranslations({ locale, namespace: 'AdminEvents' }),
    listEventsForEditing(headers, locale),
  ]);
  const head = (
    <>
      <th scope="col" className="px-4 py-3">{t('fields.title')}</th>
      <th scope="col" className="px-4 py-3">{t('fields.dates')}</th>
      <th scope="col" className="px-4 py-3">{t('fields.partners')}</th>
      <th scope="col" className="px-4 py-3">{t('fields.publicationStatus')}</th>
      <th scope="col" className="px-4 py-3">{t('missingTranslations')}</th>
      <th scope="col" className="px-4 py-3">{t('updatedAt')}</th>
    </>
  );
  return (
    <div className="space-y-4">
      <Link href="/admin/events/new" className="inline-block rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{t('create')}</Link>
      {events.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ScrollTable caption={t('title')} minWidth="56rem" head={head}>
          {events.map((e) => (
            <tr key={e.id}>
              <th scope="row" className="px-4 py-3 font-semibold">
                <Link href={`/admin/events/${e.id}`} className="text-brand-700 underline underline-offset-4 dark:text-brand-100">{e.title}</Link>
              </th>
              <td className="px-4 py-3 whitespace-nowrap"><EventDates event={e} locale={locale} /></td>
              <td className="px-4 py-3">{e.partners.join(', ')}</td>
              <EditorialCells item={e} />
            </tr>
          ))}
        </ScrollTable>
      )}
    </div>
  );
}
