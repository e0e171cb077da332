import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { LocalizedText } from '@/components/ui/localized-text';
import { AgreementName, untitledAgreement } from './agreement-name';
import { AgreementFacts } from './agreement-facts';
import { StatusHistory } from './status-history';
import { RelatedAgreements } from './related-agreements';
import { AgreementDocument, AgreementSource } from './agreement-source';
import { AgreementCitation } from './agreement-citation';
import { AgreementPublicHistory } from './agreement-public-history';
import type { AppLocale } from '@/i18n/routing';
import type { AgreementPermalink } from '@/lib/server/agreements/permalink';
import type { HomeCitySummary } from '@/lib/server/home-city/queries';
import type { PublicHistoryEntry } from '@/lib/agreements/public-history';
import { forCapitals } from '@/lib/i18n/capitals';

/**
 * What only the public permalink shows (the editors' preview of a draft has no citable address
 * and no public history yet): its absolute URL, today's date for the citation, and the history.
 */
export type PermalinkExtras = { url: string; accessed: Date; history: PublicHistoryEntry[] };

const sectionHeading = 'text-xl font-bold';

/** A boxed side section of the permalink: the source, the document, the citation. */
function Panel({ id, heading, testId, children }: { id: string; heading: string; testId?: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3 rounded-xl bg-slate-50 p-4 dark:bg-slate-900" data-testid={testId}>
      <h2 id={id} className={sectionHeading}>
        {heading}
      </h2>
      {children}
    </section>
  );
}

/** One agreement as its permalink shows it; the admin's preview of a draft renders the same, without `permalink`. */
export async function AgreementArticle({
  agreement,
  homeCity,
  locale,
  permalink,
}: {
  agreement: AgreementPermalink;
  homeCity: HomeCitySummary | null;
  locale: AppLocale;
  permalink?: PermalinkExtras;
}) {
  const [t, common, citation, changes] = await Promise.all([
    getTranslations({ locale, namespace: 'Agreement' }),
    getTranslations({ locale, namespace: 'Common' }),
    getTranslations({ locale, namespace: 'Citation' }),
    getTranslations({ locale, namespace: 'AgreementHistory' }),
  ]);
  const typeLabel = forCapitals(common(`agreementType.${agreement.type}`), locale);
  return (
    <article className="space-y-10">
      <header className="space-y-2">
        <Link href="/agreements" className="text-sm font-medium text-brand-700 underline hover:no-underline dark:text-brand-100">
          ← {t('back')}
        </Link>
        <p className="pt-3 text-sm font-semibold uppercase tracking-wide text-brand-700 dark:text-brand-100">{typeLabel}</p>
        <h1 className="text-2xl font-bold sm:text-3xl">
          <AgreementName agreement={agreement} partnerName={agreement.partner.name.text} />
        </h1>
      </header>

      <div className="grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <section aria-labelledby="facts" className="space-y-3">
          <h2 id="facts" className={sectionHeading}>
            {t('factsHeading')}
          </h2>
          <AgreementFacts agreement={agreement} homeCity={homeCity} locale={locale} />
          {agreement.note && (
            <div className="space-y-1 pt-2">
              <h3 className="font-semibold">{t('noteHeading')}</h3>
              <LocalizedText value={agreement.note} as="p" className="leading-relaxed whitespace-pre-line" />
            </div>
          )}
        </section>
        <div className="space-y-8">
          <Panel id="source" heading={t('sourceHeading')}>
            <AgreementSource source={agreement.source} locale={locale} />
          </Panel>
          <Panel id="document" heading={t('documentHeading')}>
            <AgreementDocument document={agreement.document} locale={locale} />
          </Panel>
          {permalink && (
            <Panel id="cite" heading={citation('heading')} testId="citation">
              <AgreementCitation
                locale={locale}
                title={agreement.title?.text ?? (await untitledAgreement(agreement.type, agreement.partner.name.text))}
                typeLabel={typeLabel}
                author={homeCity?.name.text ?? null}
                signed={agreement.signedOn && agreement.signedPrecision ? { date: agreement.signedOn, precision: agreement.signedPrecision } : null}
                url={permalink.url}
                accessed={permalink.accessed}
              />
            </Panel>
          )}
        </div>
      </div>

      <section aria-labelledby="history" className="space-y-3">
        <h2 id="history" className={sectionHeading}>
          {t('historyHeading')}
        </h2>
        <StatusHistory history={agreement.statusHistory} locale={locale} />
      </section>

      <section aria-labelledby="related" className="space-y-3">
        <h2 id="related" className={sectionHeading}>
          {t('relatedHeading')}
        </h2>
        <RelatedAgreements agreement={agreement} locale={locale} />
      </section>

      {permalink && (
        <section aria-labelledby="changes" className="space-y-3" data-testid="change-history">
          <h2 id="changes" className={sectionHeading}>
            {changes('heading')}
          </h2>
          <AgreementPublicHistory history={permalink.history} locale={locale} />
        </section>
      )}
    </article>
  );
}
