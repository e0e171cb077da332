import { PartnerProfileArticle } from '@/components/partners/partner-profile-article';
import { RecordPreview } from '@/components/admin/record-preview';
import { previewMetadata } from '@/components/admin/preview-metadata';
import { getPartnerPreview } from '@/lib/server/partners/editing';

type Props = PageProps<'/[locale]/admin/partners/[id]/preview'>;

export const generateMetadata = ({ params }: Props) => previewMetadata(params, 'partner');

export default function PartnerPreviewPage({ params }: Props) {
  return (
    <RecordPreview
      params={params}
      load={async (headers, locale, id) => {
        const preview = await getPartnerPreview(headers, locale, id);
        return (
          preview && {
            state: preview.state,
            editHref: `/admin/partners/${id}`,
            publicHref: `/partners/${preview.page.slug}`,
            article: <PartnerProfileArticle partner={preview.page} locale={locale} />,
          }
        );
      }}
    />
  );
}
