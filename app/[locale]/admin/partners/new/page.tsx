import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/i18n/locale-param';
import { SectionPage } from '@/components/layout/section-page';
import { PartnerForm } from '@/components/admin/partner-form';
import { partnerFormOptions } from '@/components/admin/partner-form-options';
import { requirePageActor } from '@/lib/server/auth/page-access';
import { createPartnerAction } from '../actions';
import type { AppLocale } from '@/i18n/routing';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/partners/new'>): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFromParams(params), namespace: 'AdminPartners' });
  return { title: t('create'), robots: { index: false, follow: false } };
}

export default async function NewPartnerPage({ params }: PageProps<'/[locale]/admin/partners/new'>) {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'AdminPartners' });
  return (
    <SectionPage title={t('create')} lead={t('createLead')}>
      <NewPartner locale={locale} />
    </SectionPage>
  );
}

async function NewPartner({ locale }: { locale: AppLocale }) {
  await connection();
  await requirePageActor(locale, 'editor');
  const initial = { kind: 'city', status: 'active', publicationStatus: 'draft' };
  return <PartnerForm action={createPartnerAction.bind(null, locale)} initial={initial} {...partnerFormOptions(locale)} />;
}
