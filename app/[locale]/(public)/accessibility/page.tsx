import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/i18n/locale-param';
import { Link } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { getHomeCity } from '@/lib/server/home-city/queries';
import { DEFAULT_VISION_SETTINGS, parseVisionCookie, VISION_COOKIE } from '@/lib/vision/settings';
import { SectionPage } from '@/components/layout/section-page';
import { LocalizedText } from '@/components/ui/localized-text';
import { VISION_FORM_ACTION } from '@/components/layout/vision-bar';
import { visionOptionGroups } from '@/components/layout/vision-options';

export async function generateMetadata({ params }: PageProps<'/[locale]/accessibility'>): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'Accessibility' });
  return pageMetadata(locale, '/accessibility', { title: t('title'), description: t('lead') });
}

const buttonClass = 'rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800';

/**
 * The low-vision version's settings and the accessibility statement. The only public page that reads
 * the visitor's cookie (to check their current choices), so the server keeps no copy of it
 * (lib/copies/route.ts); every other page stays the same for everyone (docs/decisions/047).
 */
export default async function AccessibilityPage({ params }: PageProps<'/[locale]/accessibility'>) {
  const locale = await localeFromParams(params);
  const [t, groups, jar] = await Promise.all([getTranslations({ locale, namespace: 'Accessibility' }), visionOptionGroups(), cookies()]);
  const current = parseVisionCookie(jar.get(VISION_COOKIE)?.value);
  const shown = current ?? DEFAULT_VISION_SETTINGS;
  return (
    <SectionPage title={t('title')} lead={t('lead')}>
      <section aria-labelledby="vision-settings" className="max-w-3xl space-y-4">
        <h2 id="vision-settings" className="text-2xl font-bold">
          {t('settingsHeading')}
        </h2>
        <p>{current ? t('statusOn') : t('statusOff')}</p>
        <form method="post" action={VISION_FORM_ACTION} className="space-y-4">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="mode" value="on" />
          {groups.map((group) => (
            <fieldset key={group.setting} className="rounded-lg border border-slate-300 p-4 dark:border-slate-700">
              <legend className="px-1 font-semibold">{group.legend}</legend>
              <div className="flex flex-wrap gap-x-6 gap-y-2">
                {group.options.map((option) => (
                  <label key={option.value} className="flex items-center gap-2">
                    <input type="radio" name={group.setting} value={option.value} defaultChecked={shown[group.setting] === option.value} className="size-6" />
                    {option.label}
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
          <button type="submit" className={buttonClass}>
            {current ? t('apply') : t('switchOn')}
          </button>
        </form>
        {current && (
          <form method="post" action={VISION_FORM_ACTION}>
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" name="mode" value="off" className={buttonClass}>
              {t('switchOff')}
            </button>
          </form>
        )}
      </section>
      <Statement locale={locale} />
    </SectionPage>
  );
}

/** The accessibility statement: the standard, what is known not to conform, and whom to tell. */
async function Statement({ locale }: { locale: AppLocale }) {
  const [t, homeCity] = await Promise.all([getTranslations({ locale, namespace: 'Accessibility' }), getHomeCity(locale)]);
  const known = [t('known.map'), t('known.notFound'), t('known.documents')];
  const contacts = homeCity?.press;
  return (
    <section aria-labelledby="statement" className="max-w-3xl space-y-4">
      <h2 id="statement" className="text-2xl font-bold">
        {t('statementHeading')}
      </h2>
      <p>{t('standard')}</p>
      <p>{t('testing')}</p>
      <h3 className="text-xl font-bold">{t('knownHeading')}</h3>
      <ul className="list-disc space-y-2 pl-6">
        {known.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h3 className="text-xl font-bold">{t('reportHeading')}</h3>
      {contacts && (contacts.email || contacts.phone || contacts.address) ? (
        <>
          <p>{contacts.office ? <LocalizedText value={contacts.office} /> : t('pressOffice')}</p>
          <ul className="space-y-1">
            {contacts.email && (
              <li>
                {`${t('email')}: `}
                <a href={`mailto:${contacts.email}`} className="font-medium text-brand-700 underline hover:no-underline dark:text-brand-100">
                  {contacts.email}
                </a>
              </li>
            )}
            {contacts.phone && <li>{`${t('phone')}: ${contacts.phone}`}</li>}
            {contacts.address && (
              <li>
                {`${t('address')}: `}
                <LocalizedText value={contacts.address} />
              </li>
            )}
          </ul>
        </>
      ) : (
        <p>{t('noContacts')}</p>
      )}
      <p>
        {t.rich('openCall', {
          link: (chunks) => (
            <Link href="/cooperate" className="font-medium text-brand-700 underline hover:no-underline dark:text-brand-100">
              {chunks}
            </Link>
          ),
        })}
      </p>
    </section>
  );
}
