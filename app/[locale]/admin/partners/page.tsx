import { getTranslations } from 'next-intl/server';
import { adminSectionPage, type SectionBodyProps } from '@/components/admin/admin-section-page';
import { EditorialCells } from '@/components/admin/editorial-cells';
import { EditorList, RecordNameCell } from '@/components/admin/editor-list';
import { countryName } from '@/lib/format';
import { listPartnersForEditing } from '@/lib/server/partners/editing';

const page = adminSectionPage({ namespace: 'AdminPartners' }, PartnerList);

export const generateMetadata = page.generateMetadata;
export default page.Page;

async function PartnerList({ locale, headers }: SectionBodyProps) {
  const [t, partners] = await Promise.all([getTranslations({ locale, namespace: 'AdminPartners' }), listPartnersForEditing(headers, locale)]);
  return (
    <EditorList
      kind={{ namespace: 'AdminPartners', section: 'partners' }}
      minWidth="44rem"
      count={partners.length}
      columns={[t('fields.name'), t('fields.countryCode')]}
    >
      {partners.map((p) => (
        <tr key={p.id}>
          <RecordNameCell href={`/admin/partners/${p.id}`}>{p.name}</RecordNameCell>
          <td className="px-4 py-3">{countryName(p.countryCode, locale)}</td>
          <EditorialCells item={p} />
        </tr>
      ))}
    </EditorList>
  );
}
