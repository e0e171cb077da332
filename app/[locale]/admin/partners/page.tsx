import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/i18n/locale-param';
import { Link } from '@/i18n/navigation';
import { SectionPage } from '@/components/layout/section-page';
import { EditorialCells } from '@/components/admin/editorial-cells';
import { EditorList } from '@/components/admin/editor-list';
import { countryName } from '@/lib/format';
import { requirePageActor } from '@/lib/server/auth/page-access';
import { listPartnersForEditing } from '@/lib/server/partners/editing';
import type { AppLocale } from '@/i18n/routing';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/partners'>): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFromParams(params), namespace: 'AdminPartners' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

export default async function AdminPartnersPage({ params }: PageProps<'/[locale]/admin/partners'>) {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'AdminPartners' });
  return (
    <SectionPage title={t('title')} lead={t('lead')}>
      <PartnerList locale={locale} />
    </SectionPage>
  );
}

async function PartnerList({ locale }: { locale: AppLocale }) {
  await connection();
  const { headers } = await requirePageActor(locale, 'editor');
  const [t, partners] = await Promise.all([getTranslations({ locale, namespace: 'AdminPartners' }), listPartnersForEditing(headers, locale)]);
  return (
    <EditorList
      createHref="/admin/partners/new"
      createLabel={t('create')}
      caption={t('title')}
      minWidth="44rem"
      count={partners.length}
      columns={[t('fields.name'), t('fields.countryCode'), t('fields.publicationStatus'), t('missingTranslations'), t('updatedAt')]}
    >
      {partners.map((p) => (
        <tr key={p.id}>
          <th scope="row" className="px-4 py-3 font-semibold">
            <Link href={`/admin/partners/${p.id}`} className="text-brand-700 underline underline-offset-4 dark:text-brand-100">
              {p.name}
            </Link>
          </th>
          <td className="px-4 py-3">{countryName(p.countryCode, locale)}</td>
          <EditorialCells item={p} />
        </tr>
      ))}
    </EditorList>
  );
}
