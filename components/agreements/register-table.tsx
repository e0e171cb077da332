import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { LocalizedText } from '@/components/ui/localized-text';
import { ScrollTable, SortableHeader } from '@/components/ui/data-table';
import { AgreementName } from './agreement-name';
import { formatStoredDate } from '@/lib/format';
import { registerSearch, sortedBy } from '@/lib/agreements/register-url';
import type { RegisterQuery, RegisterSortKey } from '@/lib/schemas/agreement';
import type { RegisterAgreement } from '@/lib/server/agreements/register';

const linkClass =
  'text-brand-700 underline decoration-brand-100 underline-offset-4 hover:decoration-brand-700 dark:text-brand-100 dark:decoration-brand-700 dark:hover:decoration-brand-100';

async function RegisterSortHeader({ column, query }: { column: RegisterSortKey; query: RegisterQuery }) {
  const t = await getTranslations('Agreements');
  const next = sortedBy(query, column);
  return (
    <SortableHeader
      label={t(`columns.${column}`)}
      href={{ pathname: '/agreements', query: registerSearch(next) }}
      sorted={query.sort === column ? query.dir : null}
      nextDir={next.dir}
    />
  );
}

export async function RegisterTable({ agreements, query, locale }: { agreements: RegisterAgreement[]; query: RegisterQuery; locale: string }) {
  const [t, common] = await Promise.all([getTranslations('Agreements'), getTranslations('Common')]);
  const notSpecified = <span className="text-slate-500 dark:text-slate-400">{common('notSpecified')}</span>;
  const head = (
    <>
      <RegisterSortHeader column="partner" query={query} />
      <RegisterSortHeader column="type" query={query} />
      <th scope="col" className="px-4 py-3">
        {t('columns.title')}
      </th>
      <RegisterSortHeader column="date" query={query} />
      <RegisterSortHeader column="status" query={query} />
    </>
  );
  return (
    <ScrollTable caption={t('caption')} minWidth="52rem" head={head}>
      {agreements.map((a) => (
        <tr key={a.id} data-agreement={a.id} className="align-top">
          <td className="px-4 py-3 font-semibold">
            <Link href={`/partners/${a.partner.slug}`} className={linkClass}>
              <LocalizedText value={a.partner.name} />
            </Link>
          </td>
          <td className="px-4 py-3">{common(`agreementType.${a.type}`)}</td>
          <th scope="row" className="min-w-[16rem] px-4 py-3 font-normal">
            <Link href={`/agreements/${a.id}`} className={linkClass}>
              <AgreementName agreement={a} partnerName={a.partner.name.text} />
            </Link>
          </th>
          <td className="px-4 py-3 whitespace-nowrap">{formatStoredDate(a.signedOn, a.signedPrecision, locale) ?? notSpecified}</td>
          <td className="px-4 py-3">{a.status ? common(`agreementStatus.${a.status}`) : notSpecified}</td>
        </tr>
      ))}
    </ScrollTable>
  );
}
