import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { LocalizedText } from '@/components/ui/localized-text';
import { countryName, formatStoredDate, languageName } from '@/lib/format';
import type { AgreementPermalink } from '@/lib/server/agreements/permalink';
import type { HomeCitySummary } from '@/lib/server/home-city/queries';

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
  const facts: Array<[label: string, value: React.ReactNode]> = [
    [t('facts.parties'), parties],
    [t('facts.type'), common(`agreementType.${agreement.type}`)],
    [t('facts.signed'), formatStoredDate(agreement.signedOn, agreement.signedPrecision, locale)],
    [t('facts.place'), agreement.place && <LocalizedText value={agreement.place} />],
    [t('facts.signatories'), agreement.signatories && <LocalizedText value={agreement.signatories} as="div" className="whitespace-pre-line" />],
    [t('facts.languages'), languages.length > 0 && new Intl.ListFormat(locale).format(languages)],
    [t('facts.status'), agreement.status && common(`agreementStatus.${agreement.status}`)],
    [t('facts.updated'), formatStoredDate(agreement.updatedAt, 'day', locale)],
  ];
  return (
    <dl className="divide-y divide-slate-200 rounded-xl border border-slate-200 dark:divide-slate-800 dark:border-slate-800" data-testid="agreement-facts">
      {facts.map(([label, value]) => (
        <div key={label} className="grid gap-1 px-4 py-3 text-sm sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] sm:gap-3">
          <dt className="font-medium text-slate-600 dark:text-slate-400">{label}</dt>
          <dd>{value || <span className="text-slate-500 dark:text-slate-400">{common('notSpecified')}</span>}</dd>
        </div>
      ))}
    </dl>
  );
}
