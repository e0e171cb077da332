import { getTranslations } from 'next-intl/server';
import { adminSectionPage, type SectionBodyProps } from '@/components/admin/admin-section-page';
import { HomeCityForm } from '@/components/admin/home-city-form';
import { countryOptions } from '@/lib/countries';
import { getHomeCityForEditing } from '@/lib/server/home-city/mutations';
import { updateHomeCityAction } from './actions';

const page = adminSectionPage({ namespace: 'AdminSettings', role: 'admin' }, Settings);

export const generateMetadata = page.generateMetadata;
export default page.Page;

async function Settings({ locale, headers }: SectionBodyProps) {
  const home = await getHomeCityForEditing(headers);
  const t = await getTranslations({ locale, namespace: 'AdminSettings' });
  if (!home) return <p>{t('noHomeCity')}</p>;
  const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  const initial: Record<string, string> = {
    version: String(home.version),
    kind: home.kind,
    countryCode: home.countryCode,
    latitude: String(home.latitude),
    longitude: String(home.longitude),
    pressEmail: text(home.pressEmail),
    pressPhone: text(home.pressPhone),
    websiteUrl: text(home.websiteUrl),
    dataLicense: home.dataLicense,
    showEditorNames: home.showEditorNames ? 'on' : '',
    twoPersonReview: home.twoPersonReview ? 'on' : '',
    submissionRetentionDays: String(home.submissionRetentionDays),
  };
  for (const theme of home.soughtThemes) initial[`soughtThemes.${theme}`] = 'on';
  for (const tr of home.translations) {
    for (const f of ['name', 'regionName', 'pressOfficeName', 'pressAddress'] as const) initial[`translations.${tr.locale}.${f}`] = text(tr[f]);
  }
  return <HomeCityForm action={updateHomeCityAction} initial={initial} countries={countryOptions(locale).map((c) => ({ value: c.code, label: c.name }))} />;
}
