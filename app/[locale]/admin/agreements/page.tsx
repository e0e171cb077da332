import { getTranslations } from 'next-intl/server';
import { adminSectionPage, type SectionBodyProps } from '@/components/admin/admin-section-page';
import { EditorialCells } from '@/components/admin/editorial-cells';
import { EditorList, RecordNameCell } from '@/components/admin/editor-list';
import { formatStoredDate } from '@/lib/format';
import { listAgreementsForEditing } from '@/lib/server/agreements/editing';

const page = adminSectionPage({ namespace: 'AdminAgreements' }, AgreementList);

export const generateMetadata = page.generateMetadata;
export default page.Page;

async function AgreementList({ locale, headers }: SectionBodyProps) {
  const [t, common, agreements] = await Promise.all([
    getTranslations({ locale, namespace: 'AdminAgreements' }),
    getTranslations({ locale, namespace: 'Common' }),
    listAgreementsForEditing(headers, locale),
  ]);
  return (
    <EditorList
      kind={{ namespace: 'AdminAgreements', section: 'agreements' }}
      minWidth="60rem"
      count={agreements.length}
      columns={[t('fields.title'), t('fields.type'), t('fields.partnerId'), t('fields.signedOn')]}
    >
      {agreements.map((a) => (
        <tr key={a.id}>
          <RecordNameCell href={`/admin/agreements/${a.id}`} className="max-w-xs">
            {a.title ?? t('untitled', { id: a.id })}
          </RecordNameCell>
          <td className="px-4 py-3">{common(`agreementType.${a.type}`)}</td>
          <td className="px-4 py-3">{a.partnerName}</td>
          <td className="px-4 py-3">{formatStoredDate(a.signedOn, a.signedPrecision, locale) ?? common('notSpecified')}</td>
          <EditorialCells item={a} />
        </tr>
      ))}
    </EditorList>
  );
}
