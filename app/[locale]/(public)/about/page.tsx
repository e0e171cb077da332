import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/i18n/locale-param';
import { Link } from '@/i18n/navigation';
import { formatPartialDate, parsePartialDate } from '@/lib/dates/partial-date';
import { TransliterationNote } from '@/components/ui/localized-text';

export async function generateMetadata({ params }: PageProps<'/[locale]/about'>): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'About' });
  return pageMetadata(locale, '/about', { title: t('title'), description: t('lead') });
}

/**
 * What twinning is, told only with the facts of seed 000 (the Shymkent city news item of
 * 5 June 2022). The text is the same for every home city, so it lives in the message catalogues.
 */
export default async function AboutPage({ params }: PageProps<'/[locale]/about'>) {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'About' });
  // Dates go through Intl like every other date on the portal, figures through ICU's {n, number}.
  // A year in running text is a plain number ("в 1962 году", "1962 жылы"): the sentence names the unit.
  const date = (iso: string) => formatPartialDate(parsePartialDate(iso)!, locale);
  const year = new Intl.NumberFormat(locale, { useGrouping: false }).format;
  const sections = [
    { id: 'what', heading: t('whatHeading'), paragraphs: [t('what'), t('agreements')] },
    {
      id: 'federation',
      heading: t('federationHeading'),
      paragraphs: [
        t('federation', { date: date('1957-04-28') }),
        t('growth', {
          year1970: year(1970),
          cities1970: 1000,
          countries1970: 50,
          year2020: year(2020),
          cities2020: 3500,
          countries2020: 160,
          russianCities: 100,
          worldCities: 200,
        }),
      ],
    },
    { id: 'day', heading: t('dayHeading'), paragraphs: [t('day', { year: year(1962) })] },
    { id: 'movement', heading: t('movementHeading'), paragraphs: [t('movement'), t('people')] },
  ];
  return (
    <article className="max-w-3xl space-y-10">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold sm:text-4xl">{t('title')}</h1>
        <p className="text-lg text-slate-700 dark:text-slate-300">{t('lead')}</p>
        {/* The text comes from the Kazakh catalogue through the transliterator, as content does. */}
        {locale === 'kk-Latn' && (
          <p>
            <TransliterationNote />
          </p>
        )}
      </header>
      {sections.map((s) => (
        <section key={s.id} aria-labelledby={`about-${s.id}`} className="space-y-3">
          <h2 id={`about-${s.id}`} className="text-2xl font-bold">
            {s.heading}
          </h2>
          {s.paragraphs.map((p) => (
            <p key={p} className="leading-relaxed">
              {p}
            </p>
          ))}
        </section>
      ))}
      <footer className="space-y-4 border-t border-slate-200 pt-6 dark:border-slate-800">
        <Link href="/partners" className="inline-block rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t('partnersLink')}
        </Link>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t('source', { date: date('2022-06-05') })}</p>
      </footer>
    </article>
  );
}
