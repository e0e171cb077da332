import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/i18n/locale-param';
import { Link } from '@/i18n/navigation';
import { SectionPage } from '@/components/layout/section-page';
import { EditorialCells } from '@/components/admin/editorial-cells';
import { EditorList } from '@/components/admin/editor-list';
import { formatStoredDate } from '@/lib/format';
import { requirePageActor } from '@/lib/server/auth/page-access';
import { listAgreementsForEditing } from '@/lib/server/agreements/editing';
import type { AppLocale } from '@/i18n/routing';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/agreements'>): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFromParams(params), namespace: 'AdminAgreements' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

export default async function AdminAgreementsPage({ params }: PageProps<'/[locale]/admin/agreements'>) {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'AdminAgreements' });
  return (
    <SectionPage title={t('title')} lead={t('lead')}>
      <AgreementList locale={locale} />
    </SectionPage>
  );
}

async function AgreementList({ locale }: { locale: AppLocale }) {
  await connection();
  const { headers } = await requirePageActor(locale, 'editor');
  const [t, common, agreements] = await Promise.all([
    getTranslations({ locale, namespace: 'AdminAgreements' }),
    getTranslations({ locale, namespace: 'Common' }),
    listAgreementsForEditing(headers, locale),
  ]);
  return (
    <EditorList
      createHref="/admin/agreements/new"
      createLabel={t('create')}
      caption={t('title')}
      minWidth="60rem"
      count={agreements.length}
      columns={[
        t('fields.title'),
        t('fields.type'),
        t('fields.partnerId'),
        t('fields.signedOn'),
        t('fields.publicationStatus'),
        t('missingTranslations'),
        t('updatedAt'),
      ]}
    >
      {agreements.map((a) => (
        <tr key={a.id}>
          <th scope="row" className="max-w-xs px-4 py-3 font-semibold">
            <Link href={`/admin/agreements/${a.id}`} className="text-brand-700 underline underline-offset-4 dark:text-brand-100">
              {a.title ?? t('untitled', { id: a.id })}
            </Link>
          </th>
          <td className="px-4 py-3">{common(`agreementType.${a.type}`)}</td>
          <td className="px-4 py-3">{a.partnerName}</td>
          <td className="px-4 py-3">{formatStoredDate(a.signedOn, a.signedPrecision, locale) ?? common('notSpecified')}</td>
          <EditorialCells item={a} />
        </tr>
      ))}
    </EditorList>
  );
}
