import { RecordPreview } from '@/components/admin/record-preview';
import { previewMetadata } from '@/components/admin/preview-metadata';
import { ProjectArticle } from '@/components/projects/project-article';
import { parseAgreementId } from '@/lib/agreements/permalink-id';
import { getProjectPreview } from '@/lib/server/projects/editing';

type Props = PageProps<'/[locale]/admin/projects/[id]/preview'>;

export const generateMetadata = ({ params }: Props) => previewMetadata(params, 'project');

export default function ProjectPreviewPage({ params }: Props) {
  return (
    <RecordPreview
      params={params}
      load={async (headers, locale, rawId) => {
        const id = parseAgreementId(rawId);
        const preview = id === null ? null : await getProjectPreview(headers, locale, id);
        return (
          preview && {
            state: preview.state,
            editHref: `/admin/projects/${id}`,
            publicHref: `/projects/${preview.page.slug}`,
            article: <ProjectArticle project={preview.page} locale={locale} />,
          }
        );
      }}
    />
  );
}
