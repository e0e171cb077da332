import { RecordPreview } from '@/components/admin/record-preview';
import { previewMetadata } from '@/components/admin/preview-metadata';
import { ProjectPreviewArticle } from '@/components/admin/cooperation-preview';
import { parseAgreementId } from '@/lib/agreements/permalink-id';
import { publicState } from '@/lib/publication/public-state';
import { getProjectPreview } from '@/lib/server/projects/editing';

type Props = PageProps<'/[locale]/admin/projects/[id]/preview'>;

export const generateMetadata = ({ params }: Props) => previewMetadata(params, 'project');

export default function ProjectPreviewPage({ params }: Props) {
  return (
    <RecordPreview
      params={params}
      load={async (headers, locale, rawId) => {
        const id = parseAgreementId(rawId);
        const project = id === null ? null : await getProjectPreview(headers, locale, id);
        return (
          project && {
            state: publicState(new Date(), project),
            editHref: `/admin/projects/${id}`,
            publicHref: `/projects/${project.slug}`,
            article: <ProjectPreviewArticle project={project} locale={locale} />,
          }
        );
      }}
    />
  );
}
