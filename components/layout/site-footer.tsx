import { Suspense } from 'react';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { requestLocale } from '@/i18n/locale-param';
import { dataLicense } from '@/lib/open-data/licenses';
import { feedUrl } from '@/lib/open-data/download-urls';
import { getHomeCity, getPublicationSettings } from '@/lib/server/home-city/queries';

const linkClass = 'font-medium text-brand-700 underline hover:no-underline dark:text-brand-100';

/** The home city, the year and the data licence: database reads, per request. */
async function Rights() {
  await connection();
  const locale = await requestLocale();
  const [t, homeCity, settings] = await Promise.all([getTranslations('Footer'), getHomeCity(locale), getPublicationSettings()]);
  const license = dataLicense(settings.dataLicense);
  return (
    <p>
      {homeCity && <>{t('copyright', { year: String(new Date().getUTCFullYear()), owner: homeCity.name.text })}. </>}
      {t('license', { license: license.shortName })}
    </p>
  );
}

/** Every page's footer: who publishes the portal, the way to its open data, and the terms. */
export async function SiteFooter() {
  const [t, layout, locale] = await Promise.all([getTranslations('Footer'), getTranslations('Layout'), requestLocale()]);
  return (
    <footer className="border-t border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-900">
      <div className="mx-auto max-w-6xl space-y-3 px-4 py-6 text-sm text-slate-600 dark:text-slate-400">
        <p>{layout('footer')}</p>
        <nav aria-label={t('label')}>
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            <li>
              <Link href="/open-data" className={linkClass}>
                {t('openData')}
              </Link>
            </li>
            <li>
              <Link href="/cooperate" className={linkClass}>
                {t('cooperate')}
              </Link>
            </li>
            <li>
              <a href={feedUrl(locale)} type="application/atom+xml" className={linkClass}>
                {t('feed')}
              </a>
            </li>
          </ul>
        </nav>
        <Suspense fallback={null}>
          <Rights />
        </Suspense>
      </div>
    </footer>
  );
}
