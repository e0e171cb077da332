import { getTranslations } from 'next-intl/server';
import { adminSectionPage, type SectionBodyProps } from '@/components/admin/admin-section-page';
import { EditorialCells } from '@/components/admin/editorial-cells';
import { EditorList, RecordNameCell } from '@/components/admin/editor-list';
import { listProposalsForEditing } from '@/lib/server/proposals/editing';

const page = adminSectionPage({ namespace: 'AdminProposals' }, ProposalList);

export const generateMetadata = page.generateMetadata;
export default page.Page;

async function ProposalList({ locale, headers }: SectionBodyProps) {
  const [t, proposals] = await Promise.all([getTranslations({ locale, namespace: 'AdminProposals' }), listProposalsForEditing(headers, locale)]);
  return (
    <EditorList
      kind={{ namespace: 'AdminProposals', section: 'proposals' }}
      minWidth="56rem"
      count={proposals.length}
      showEmpty
      columns={[t('fields.partnerName'), t('fields.countryCode'), t('fields.stage'), t('fields.visibility')]}
    >
      {proposals.map((p) => (
        <tr key={p.id}>
          <RecordNameCell href={`/admin/proposals/${p.id}`}>{p.partnerName}</RecordNameCell>
          <td className="px-4 py-3">{p.countryCode}</td>
          <td className="px-4 py-3">{t(`stage.${p.stage}`)}</td>
          <td className="px-4 py-3">{t(`visibility.${p.visibility}`)}</td>
          <EditorialCells item={p} />
        </tr>
      ))}
    </EditorList>
  );
}
