import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/i18n/locale-param';
import { SectionPage } from '@/components/layout/section-page';
import { HomeCityForm } from '@/components/admin/home-city-form';
import { countryOptions } from '@/lib/countries';
import { requirePageActor } from '@/lib/server/auth/page-access';
import { getHomeCityForEditing } from '@/lib/server/home-city/mutations';
import { updateHomeCityAction } from './actions';
import type { AppLocale } from '@/i18n/routing';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/settings'>): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFromParams(params), namespace: 'AdminSettings' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

export default async function SettingsPage({ params }: PageProps<'/[locale]/admin/settings'>) {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'AdminSettings' });
  return (
    <SectionPage title={t('title')} lead={t('lead')}>
      <Settings locale={locale} />
    </SectionPage>
  );
}

async function Settings({ locale }: { locale: AppLocale }) {
  await connection();
  const { headers } = await requirePageActor(locale, 'admin');
  const home = await getHomeCityForEditing(headers);
  const t = await getTranslations({ locale, namespace: 'AdminSettings' });
  if (!home) return <p>{t('noHomeCity')}</p>;
  const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  const initial: Record<string, string> = {
    version: String(home.version),
    countryCode: home.countryCode,
    latitude: String(home.latitude),
    longitude: String(home.longitude),
    pressEmail: text(home.pressEmail),
    pressPhone: text(home.pressPhone),
    websiteUrl: text(home.websiteUrl),
    dataLicense: home.dataLicense,
    showEditorNames: home.showEditorNames ? 'on' : '',
  };
  for (const tr of home.translations) {
    for (const f of ['name', 'regionName', 'pressOfficeName', 'pressAddress'] as const) initial[`translations.${tr.locale}.${f}`] = text(tr[f]);
  }
  return <HomeCityForm action={updateHomeCityAction} initial={initial} countries={countryOptions(locale).map((c) => ({ value: c.code, label: c.name }))} />;
}
