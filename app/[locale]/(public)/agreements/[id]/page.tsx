import type { Metadata } from 'next';
import { Suspense } from 'react';
import { connection } from 'next/server';
import { notFound } from 'next/navigation';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/i18n/locale-param';
import { isAppLocale, type AppLocale } from '@/i18n/routing';
import { Link } from '@/i18n/navigation';
import { LocalizedText } from '@/components/ui/localized-text';
import { AgreementName, untitledAgreement } from '@/components/agreements/agreement-name';
import { AgreementFacts } from '@/components/agreements/agreement-facts';
import { StatusHistory } from '@/components/agreements/status-history';
import { RelatedAgreements } from '@/components/agreements/related-agreements';
import { AgreementDocument, AgreementSource } from '@/components/agreements/agreement-source';
import { getAgreement } from '@/lib/server/agreements/permalink';
import { getHomeCity } from '@/lib/server/home-city/queries';
import { parseAgreementId } from '@/lib/agreements/permalink-id';

type Params = PageProps<'/[locale]/agreements/[id]'>['params'];

/** The agreement a permalink names, or null for a malformed, unknown or unpublished id. */
async function agreementFor(locale: AppLocale, segment: string) {
  const id = parseAgreementId(segment);
  return id === null ? null : getAgreement(locale, id);
}

export async function generateMetadata({ params }: PageProps<'/[locale]/agreements/[id]'>): Promise<Metadata> {
  const { locale, id } = await params;
  if (!isAppLocale(locale)) return {};
  const agreement = await agreementFor(locale, id);
  if (!agreement) return {};
  const t = await getTranslations({ locale, namespace: 'Agreement' });
  const title = agreement.title?.text ?? (await untitledAgreement(agreement.type, agreement.partner.name.text));
  return pageMetadata(locale, `/agreements/${id}`, { title, description: t('metaDescription') });
}

// The id is only known per request: params are awaited inside the Suspense boundary, so the
// static shell still prerenders.
export default function AgreementPage({ params }: PageProps<'/[locale]/agreements/[id]'>) {
  return (
    <Suspense fallback={<div className="h-96 animate-pulse rounded-xl bg-slate-100 dark:bg-slate-900" />}>
      <AgreementView params={params} />
    </Suspense>
  );
}

const sectionHeading = 'text-xl font-bold';

async function AgreementView({ params }: { params: Params }) {
  const locale = await localeFromParams(params);
  const { id } = await params;
  await connection();
  const [agreement, homeCity] = await Promise.all([agreementFor(locale, id), getHomeCity(locale)]);
  if (!agreement) notFound();
  const [t, common] = await Promise.all([getTranslations({ locale, namespace: 'Agreement' }), getTranslations({ locale, namespace: 'Common' })]);
  return (
    <article className="space-y-10">
      <header className="space-y-2">
        <Link href="/agreements" className="text-sm font-medium text-brand-700 underline hover:no-underline dark:text-brand-100">← {t('back')}</Link>
        <p className="pt-3 text-sm font-semibold uppercase tracking-wide text-brand-700 dark:text-brand-100">{common(`agreementType.${agreement.type}`)}</p>
        <h1 className="text-2xl font-bold sm:text-3xl">
          <AgreementName agreement={agreement} partnerName={agreement.partner.name.text} />
        </h1>
      </header>

      <div className="grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <section aria-labelledby="facts" className="space-y-3">
          <h2 id="facts" className={sectionHeading}>{t('factsHeading')}</h2>
          <AgreementFacts agreement={agreement} homeCity={homeCity} locale={locale} />
          {agreement.note && (
            <div className="space-y-1 pt-2">
              <h3 className="font-semibold">{t('noteHeading')}</h3>
              <LocalizedText value={agreement.note} as="p" className="leading-relaxed whitespace-pre-line" />
            </div>
          )}
        </section>
        <div className="space-y-8">
          <section aria-labelledby="source" className="space-y-3 rounded-xl bg-slate-50 p-4 dark:bg-slate-900">
            <h2 id="source" className={sectionHeading}>{t('sourceHeading')}</h2>
            <AgreementSource source={agreement.source} locale={locale} />
          </section>
          <section aria-labelledby="document" className="space-y-3 rounded-xl bg-slate-50 p-4 dark:bg-slate-900">
            <h2 id="document" className={sectionHeading}>{t('documentHeading')}</h2>
            <AgreementDocument document={agreement.document} locale={locale} />
          </section>
        </div>
      </div>

      <section aria-labelledby="history" className="space-y-3">
        <h2 id="history" className={sectionHeading}>{t('historyHeading')}</h2>
        <StatusHistory history={agreement.statusHistory} locale={locale} />
      </section>

      <section aria-labelledby="related" className="space-y-3">
        <h2 id="related" className={sectionHeading}>{t('relatedHeading')}</h2>
        <RelatedAgreements agreement={agreement} locale={locale} />
      </section>
    </article>
  );
}
