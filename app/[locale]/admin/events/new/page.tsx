import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/i18n/locale-param';
import { SectionPage } from '@/components/layout/section-page';
import { EventForm } from '@/components/admin/event-form';
import { eventFormOptions } from '@/components/admin/event-form-options';
import { requirePageActor } from '@/lib/server/auth/page-access';
import { createEventAction } from '../actions';
import type { AppLocale } from '@/i18n/routing';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/events/new'>): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFromParams(params), namespace: 'AdminEvents' });
  return { title: t('create'), robots: { index: false, follow: false } };
}

export default async function NewEventPage({ params }: PageProps<'/[locale]/admin/events/new'>) {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'AdminEvents' });
  return (
    <SectionPage title={t('create')} lead={t('createLead')}>
      <NewEvent locale={locale} />
    </SectionPage>
  );
}

async function NewEvent({ locale }: { locale: AppLocale }) {
  await connection();
  const { headers } = await requirePageActor(locale, 'editor');
  const initial = { publicationStatus: 'draft' };
  return <EventForm action={createEventAction.bind(null, locale)} initial={initial} options={await eventFormOptions(headers, locale)} />;
}
