import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { LocalizedText } from '@/components/ui/localized-text';
import { FactList, type Fact } from '@/components/ui/fact-list';
import { countryName, formatStoredDate, languageName } from '@/lib/format';
import type { AgreementPermalink } from '@/lib/server/agreements/permalink';
import type { HomeCitySummary } from '@/lib/server/home-city/queries';
import { formatList } from '@/lib/i18n/intl-words';

/** The facts a journalist cites; every one the source does not give reads "not specified". */
export async function AgreementFacts({ agreement, homeCity, locale }: { agreement: AgreementPermalink; homeCity: HomeCitySummary | null; locale: string }) {
  const [t, common] = await Promise.all([getTranslations('Agreement'), getTranslations('Common')]);
  const { partner } = agreement;
  const parties = (
    <ul className="space-y-1">
      <li>
        {homeCity ? <LocalizedText value={homeCity.name} /> : common('notSpecified')}
        {homeCity && <span className="text-slate-600 dark:text-slate-400"> ({countryName(homeCity.countryCode, locale)})</span>}
      </li>
      <li>
        <Link href={`/partners/${partner.slug}`} className="text-brand-700 underline hover:no-underline dark:text-brand-100">
          <LocalizedText value={partner.name} />
        </Link>
        <span className="text-slate-600 dark:text-slate-400"> ({countryName(partner.countryCode, locale)})</span>
      </li>
    </ul>
  );
  const languages = agreement.textLanguages.map((code) => languageName(code, locale));
  const facts: Fact[] = [
    [t('facts.parties'), parties],
    [t('facts.type'), common(`agreementType.${agreement.type}`)],
    [t('facts.signed'), formatStoredDate(agreement.signedOn, agreement.signedPrecision, locale)],
    [t('facts.place'), agreement.place && <LocalizedText value={agreement.place} />],
    [t('facts.signatories'), agreement.signatories && <LocalizedText value={agreement.signatories} as="div" className="whitespace-pre-line" />],
    [t('facts.languages'), languages.length > 0 && formatList(languages, locale)],
    [t('facts.status'), agreement.status && common(`agreementStatus.${agreement.status}`)],
    [t('facts.updated'), formatStoredDate(agreement.updatedAt, 'day', locale)],
  ];
  return <FactList facts={facts} testId="agreement-facts" />;
}
