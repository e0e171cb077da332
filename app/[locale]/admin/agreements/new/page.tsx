import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/i18n/locale-param';
import { SectionPage } from '@/components/layout/section-page';
import { AgreementForm } from '@/components/admin/agreement-form';
import { agreementFormOptions } from '@/components/admin/agreement-form-options';
import { requirePageActor } from '@/lib/server/auth/page-access';
import { createAgreementAction } from '../actions';
import type { AppLocale } from '@/i18n/routing';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/agreements/new'>): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFromParams(params), namespace: 'AdminAgreements' });
  return { title: t('create'), robots: { index: false, follow: false } };
}

export default async function NewAgreementPage({ params }: PageProps<'/[locale]/admin/agreements/new'>) {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'AdminAgreements' });
  return (
    <SectionPage title={t('create')} lead={t('createLead')}>
      <NewAgreement locale={locale} />
    </SectionPage>
  );
}

async function NewAgreement({ locale }: { locale: AppLocale }) {
  await connection();
  const { headers } = await requirePageActor(locale, 'editor');
  const initial = { type: 'twinning', publicationStatus: 'draft' };
  return (
    <AgreementForm
      action={createAgreementAction.bind(null, locale)}
      initial={initial}
      choices={await agreementFormOptions(headers, locale)}
      mediaHref={`/${locale}/admin/media`}
    />
  );
}
