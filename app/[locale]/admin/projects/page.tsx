import { getTranslations } from 'next-intl/server';
import { adminSectionPage, type SectionBodyProps } from '@/components/admin/admin-section-page';
import { EditorialCells } from '@/components/admin/editorial-cells';
import { EditorList, RecordNameCell } from '@/components/admin/editor-list';
import { listProjectsForEditing } from '@/lib/server/projects/editing';

const page = adminSectionPage({ namespace: 'AdminProjects' }, ProjectList);

export const generateMetadata = page.generateMetadata;
export default page.Page;

async function ProjectList({ locale, headers }: SectionBodyProps) {
  const [t, projects] = await Promise.all([getTranslations({ locale, namespace: 'AdminProjects' }), listProjectsForEditing(headers, locale)]);
  return (
    <EditorList
      kind={{ namespace: 'AdminProjects', section: 'projects' }}
      minWidth="56rem"
      count={projects.length}
      showEmpty
      columns={[t('fields.title'), t('fields.status'), t('fields.partners')]}
    >
      {projects.map((p) => (
        <tr key={p.id}>
          <RecordNameCell href={`/admin/projects/${p.id}`}>{p.title}</RecordNameCell>
          <td className="px-4 py-3">{p.status ? t(`status.${p.status}`) : t('notSpecified')}</td>
          <td className="px-4 py-3">{p.partners.join(', ')}</td>
          <EditorialCells item={p} />
        </tr>
      ))}
    </EditorList>
  );
}
