import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { LocalizedText } from '@/components/ui/localized-text';
import { countryName, formatStoredDate } from '@/lib/format';
import type { PartnerListItem } from '@/lib/server/partners/queries';

export async function PartnerTable({ partners, locale }: { partners: PartnerListItem[]; locale: string }) {
  const t = await getTranslations('Partners');
  const common = await getTranslations('Common');
  return (
    // Focusable so keyboard users can scroll the table sideways on a narrow screen.
    <div role="region" aria-label={t('caption')} tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800">
      <table className="w-full min-w-[40rem] text-left text-sm">
        <caption className="sr-only">{t('caption')}</caption>
        <thead className="bg-slate-100 text-xs uppercase tracking-wide text-slate-700 dark:bg-slate-900 dark:text-slate-300">
          <tr>
            <th scope="col" className="px-4 py-3">{t('columns.name')}</th>
            <th scope="col" className="px-4 py-3">{t('columns.country')}</th>
            <th scope="col" className="px-4 py-3">{t('columns.kind')}</th>
            <th scope="col" className="px-4 py-3">{t('columns.agreement')}</th>
            <th scope="col" className="px-4 py-3">{t('columns.signed')}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {partners.map((p) => {
            const signed = p.firstAgreement && formatStoredDate(p.firstAgreement.signedOn, p.firstAgreement.signedPrecision, locale);
            return (
              <tr key={p.slug} data-partner={p.slug}>
                <th scope="row" className="px-4 py-3 font-semibold text-slate-900 dark:text-white">
                  <Link href={`/partners/${p.slug}`} className="text-brand-700 underline decoration-brand-100 underline-offset-4 hover:decoration-brand-700 dark:text-brand-100">
                    <LocalizedText value={p.name} />
                  </Link>
                  {p.regionName && <LocalizedText value={p.regionName} as="div" className="text-xs font-normal text-slate-600 dark:text-slate-400" />}
                </th>
                <td className="px-4 py-3">{countryName(p.countryCode, locale)}</td>
                <td className="px-4 py-3">{common(`kind.${p.kind}`)}</td>
                <td className="px-4 py-3">{p.firstAgreement ? common(`agreementType.${p.firstAgreement.type}`) : common('notSpecified')}</td>
                <td className="px-4 py-3 whitespace-nowrap">{signed ?? <span className="text-slate-500 dark:text-slate-400">{common('notSpecified')}</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
