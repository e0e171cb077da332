import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { connection } from 'next/server';
import type { AppLocale } from '@/i18n/routing';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/i18n/locale-param';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { countryOptions } from '@/lib/countries';
import { PROJECT_THEMES } from '@/lib/schemas/cooperation';
import { getOpenCallSettings } from '@/lib/server/home-city/queries';
import { takeForPage } from '@/lib/server/forms/posted-without-script';
import { SectionPage } from '@/components/layout/section-page';
import { CooperationForm } from '@/components/open-call/cooperation-form';
import { submitCooperationAction } from './actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/cooperate'>): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'Cooperate' });
  return pageMetadata(locale, '/cooperate', { title: t('title'), description: t('lead') });
}

/** The open call: the themes the portal seeks partners in, from the settings, and the form to propose cooperation. */
export default async function CooperatePage({ params }: PageProps<'/[locale]/cooperate'>) {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'Cooperate' });
  return (
    <SectionPage title={t('title')} lead={t('lead')}>
      <OpenCall locale={locale} />
    </SectionPage>
  );
}

/** Request-time, as every read of the database: the build has no database (a static shell needs none). */
async function OpenCall({ locale }: { locale: AppLocale }) {
  await connection();
  const [t, themes, settings, requestHeaders] = await Promise.all([
    getTranslations({ locale, namespace: 'Cooperate' }),
    getTranslations({ locale, namespace: 'Themes' }),
    getOpenCallSettings(),
    headers(),
  ]);
  const field = (name: 'name' | 'organization' | 'country' | 'email' | 'theme' | 'message') => t(`fields.${name}`);
  return (
    <>
      <section aria-labelledby="sought" className="space-y-3">
        <h2 id="sought" className="text-2xl font-bold">
          {t('soughtHeading')}
        </h2>
        {settings.soughtThemes.length > 0 ? (
          <ul className="flex flex-wrap gap-2">
            {settings.soughtThemes.map((theme) => (
              <li key={theme} className="rounded-full bg-brand-50 px-3 py-1 text-sm font-medium text-brand-800 dark:bg-slate-800 dark:text-brand-100">
                {themes(theme)}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('noSought')}</p>
        )}
      </section>
      <section aria-labelledby="proposal-form" className="max-w-3xl space-y-4">
        <h2 id="proposal-form" className="text-2xl font-bold">
          {t('formHeading')}
        </h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">{t('privacy', { days: settings.submissionRetentionDays })}</p>
        <CooperationForm
          action={submitCooperationAction.bind(null, locale)}
          posted={takeForPage(requestHeaders)}
          countries={countryOptions(locale).map((c) => ({ value: c.code, label: c.name }))}
          themes={PROJECT_THEMES.map((theme) => ({ value: theme, label: themes(theme) }))}
          text={{
            labels: {
              name: field('name'),
              organization: field('organization'),
              countryCode: field('country'),
              email: field('email'),
              theme: field('theme'),
              message: field('message'),
            },
            optional: t('optional'),
            countryNone: t('countryNone'),
            themeChoose: t('themeChoose'),
            messageHint: t('messageHint'),
            honeypot: t('fields.website'),
            submit: t('submit'),
            sending: t('sending'),
          }}
        />
      </section>
    </>
  );
}
