import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { localeFromParams } from '@/i18n/locale-param';
import { routing, type AppLocale } from '@/i18n/routing';
import { formatStoredDate, languageName } from '@/lib/format';
import { parseRegisterQuery } from '@/lib/schemas/agreement';
import { dataLicense, type DataLicense } from '@/lib/open-data/licenses';
import { localePath } from '@/lib/i18n/locale-path';
import { partnersCsvUrl, agreementsCsvUrl, calendarUrl, cooperationFeedUrl, eventsCsvUrl, feedUrl, projectsCsvUrl } from '@/lib/open-data/download-urls';
import { ATOM_ENTRY_COUNT } from '@/lib/open-data/event-atom-feed';
import { getPublicationSettings } from '@/lib/server/home-city/queries';
import { getDataLastChanged } from '@/lib/server/open-data/last-changed';
import { siteUrl } from '@/lib/server/env';

export async function generateMetadata({ params }: PageProps<'/[locale]/open-data'>): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'OpenData' });
  return pageMetadata(locale, '/open-data', { title: t('title'), description: t('lead') });
}

const code = (chunks: ReactNode) => <code className="rounded bg-slate-100 px-1 py-0.5 text-[0.9em] dark:bg-slate-800">{chunks}</code>;

/**
 * What the portal publishes as open data, in which formats and under which licence, for
 * journalists and developers alike. The licence and the last-change date are data, read per request
 * like the full addresses (the site's address is known at run time).
 */
export default async function OpenDataPage({ params }: PageProps<'/[locale]/open-data'>) {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'OpenData' });
  return (
    <article className="max-w-4xl space-y-10">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold sm:text-4xl">{t('title')}</h1>
        <p className="text-lg text-slate-700 dark:text-slate-300">{t('lead')}</p>
      </header>

      <Facts locale={locale} />

      <section aria-labelledby="what" className="space-y-3">
        <h2 id="what" className="text-2xl font-bold">
          {t('whatHeading')}
        </h2>
        <ul className="list-disc space-y-2 pl-6 leading-relaxed">
          <li>{t('what.partners')}</li>
          <li>{t('what.agreements')}</li>
          <li>{t('what.events')}</li>
          <li>{t('what.projects')}</li>
          <li>{t('what.proposals')}</li>
        </ul>
        <p className="leading-relaxed text-slate-700 dark:text-slate-300">{t('whatNote')}</p>
      </section>

      <section aria-labelledby="formats" className="space-y-4">
        <h2 id="formats" className="text-2xl font-bold">
          {t('formatsHeading')}
        </h2>
        <p className="leading-relaxed">{t('formatsLead')}</p>
        <Formats locale={locale} />
      </section>

      <section aria-labelledby="parameters" className="space-y-3">
        <h2 id="parameters" className="text-2xl font-bold">
          {t('parametersHeading')}
        </h2>
        <ul className="list-disc space-y-2 pl-6 leading-relaxed">
          <li>{t.rich('parameters.locale', { code })}</li>
          <li>{t.rich('parameters.filters', { code })}</li>
          <li>{t.rich('parameters.paging', { code })}</li>
          <li>{t('parameters.responses')}</li>
        </ul>
      </section>

      <section aria-labelledby="dates" className="space-y-3">
        <h2 id="dates" className="text-2xl font-bold">
          {t('datesHeading')}
        </h2>
        <p className="leading-relaxed">{t('dates')}</p>
      </section>

      <section aria-labelledby="terms" className="space-y-3">
        <h2 id="terms" className="text-2xl font-bold">
          {t('licenseHeading')}
        </h2>
        <Terms locale={locale} />
      </section>
    </article>
  );
}

/** The licence's short name, linked to its official text when the portal knows it; the full name is English, marked as such. */
function LicenseName({ license }: { license: DataLicense }) {
  return (
    <>
      {license.url ? (
        <a href={license.url} rel="license" className="font-medium text-brand-700 underline hover:no-underline dark:text-brand-100" data-testid="license-link">
          {license.shortName}
        </a>
      ) : (
        <span data-testid="license-link">{license.shortName}</span>
      )}
      {license.name && (
        <>
          {' '}
          (<span lang="en">{license.name}</span>)
        </>
      )}
    </>
  );
}

async function Facts({ locale }: { locale: AppLocale }) {
  await connection();
  const [t, common, settings, lastChanged] = await Promise.all([
    getTranslations({ locale, namespace: 'OpenData' }),
    getTranslations({ locale, namespace: 'Common' }),
    getPublicationSettings(),
    getDataLastChanged(),
  ]);
  const rows = [
    { label: t('facts.license'), value: <LicenseName license={dataLicense(settings.dataLicense)} />, testId: 'license' },
    { label: t('facts.lastChanged'), value: formatStoredDate(lastChanged, 'day', locale) ?? common('notSpecified'), testId: 'last-changed' },
    { label: t('facts.languages'), value: routing.locales.map((l) => languageName(l, locale)).join(', '), testId: 'languages' },
  ];
  return (
    <section aria-label={t('facts.label')} className="rounded-xl border border-slate-200 bg-slate-50 p-4 dark:border-slate-800 dark:bg-slate-900">
      <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
        {rows.map((row) => (
          <div key={row.testId} className="contents">
            <dt className="font-medium text-slate-600 dark:text-slate-400">{row.label}</dt>
            <dd data-testid={row.testId}>{row.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

type Address = { label: string; path: string; link: boolean };

async function Formats({ locale }: { locale: AppLocale }) {
  await connection();
  const t = await getTranslations({ locale, namespace: 'OpenData' });
  const lang = `locale=${locale}`;
  const unfiltered = { year: undefined, partner: undefined, category: undefined };
  const formats: { id: string; name: string; text: string; addresses: Address[] }[] = [
    {
      id: 'json',
      name: t('formats.json.name'),
      text: t('formats.json.text'),
      addresses: [
        { label: t('rows.partners'), path: `/api/v1/partners?${lang}`, link: true },
        { label: t('rows.partner'), path: `/api/v1/partners/{slug}?${lang}`, link: false },
        { label: t('rows.agreements'), path: `/api/v1/agreements?${lang}`, link: true },
        { label: t('rows.agreement'), path: `/api/v1/agreements/{id}?${lang}`, link: false },
        { label: t('rows.events'), path: `/api/v1/events?${lang}`, link: true },
        { label: t('rows.event'), path: `/api/v1/events/{slug}?${lang}`, link: false },
        { label: t('rows.projects'), path: `/api/v1/projects?${lang}`, link: true },
        { label: t('rows.project'), path: `/api/v1/projects/{slug}?${lang}`, link: false },
        { label: t('rows.proposals'), path: `/api/v1/proposals?${lang}`, link: true },
        { label: t('rows.search'), path: `/api/v1/search?q={q}&${lang}`, link: false },
        { label: t('rows.openapi'), path: '/api/v1/openapi.json', link: true },
      ],
    },
    {
      id: 'csv',
      name: t('formats.csv.name'),
      text: t('formats.csv.text'),
      addresses: [
        { label: t('rows.partnersCsv'), path: partnersCsvUrl(locale), link: true },
        { label: t('rows.agreementsCsv'), path: agreementsCsvUrl(locale, parseRegisterQuery({})), link: true },
        { label: t('rows.eventsCsv'), path: eventsCsvUrl(locale, unfiltered), link: true },
        { label: t('rows.projectsCsv'), path: projectsCsvUrl(locale, {}, 'start'), link: true },
      ],
    },
    {
      id: 'ical',
      name: t('formats.ical.name'),
      text: t('formats.ical.text'),
      addresses: [
        { label: t('rows.calendar'), path: calendarUrl(locale), link: true },
        { label: t('rows.partnerCalendar'), path: localePath(locale, '/partners/{slug}/events.ics'), link: false },
      ],
    },
    {
      id: 'atom',
      name: t('formats.atom.name'),
      text: t('formats.atom.text', { count: ATOM_ENTRY_COUNT }),
      addresses: [
        { label: t('rows.feed'), path: feedUrl(locale), link: true },
        { label: t('rows.cooperationFeed'), path: cooperationFeedUrl(locale), link: true },
      ],
    },
  ];
  const absolute = (path: string) => `${siteUrl().origin}${path}`;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {formats.map((format) => (
        <section key={format.id} aria-labelledby={`format-${format.id}`} className="space-y-3 rounded-xl border border-slate-200 p-4 dark:border-slate-800">
          <h3 id={`format-${format.id}`} className="text-lg font-bold">
            {format.name}
          </h3>
          <p className="text-sm leading-relaxed text-slate-700 dark:text-slate-300">{format.text}</p>
          <dl className="space-y-2 text-sm">
            {format.addresses.map((address) => (
              <div key={address.path}>
                <dt className="text-slate-600 dark:text-slate-400">{address.label}</dt>
                <dd className="break-all font-mono">
                  {address.link ? (
                    <a href={address.path} className="text-brand-700 underline hover:no-underline dark:text-brand-100" data-testid="open-data-url">
                      {absolute(address.path)}
                    </a>
                  ) : (
                    absolute(address.path)
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}

async function Terms({ locale }: { locale: AppLocale }) {
  await connection();
  const [t, metadata, settings] = await Promise.all([
    getTranslations({ locale, namespace: 'OpenData' }),
    getTranslations({ locale, namespace: 'Metadata' }),
    getPublicationSettings(),
  ]);
  const license = dataLicense(settings.dataLicense);
  return (
    <>
      <p className="leading-relaxed">
        {t.rich('license', {
          name: license.shortName,
          link: (chunks) =>
            license.url ? (
              <a href={license.url} rel="license" className="font-medium text-brand-700 underline hover:no-underline dark:text-brand-100">
                {chunks}
              </a>
            ) : (
              chunks
            ),
        })}
        {license.name && (
          <>
            {' '}
            (<span lang="en">{license.name}</span>)
          </>
        )}
      </p>
      <p className="leading-relaxed">{t('attribution', { site: metadata('siteName') })}</p>
    </>
  );
}
