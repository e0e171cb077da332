import { AgreementArticle } from '@/components/agreements/agreement-article';
import { RecordPreview } from '@/components/admin/record-preview';
import { previewMetadata } from '@/components/admin/preview-metadata';
import { parseAgreementId } from '@/lib/agreements/permalink-id';
import { getAgreementPreview } from '@/lib/server/agreements/editing';
import { getHomeCity } from '@/lib/server/home-city/queries';

type Props = PageProps<'/[locale]/admin/agreements/[id]/preview'>;

export const generateMetadata = ({ params }: Props) => previewMetadata(params, 'agreement');

export default function AgreementPreviewPage({ params }: Props) {
  return (
    <RecordPreview
      params={params}
      load={async (headers, locale, rawId) => {
        const id = parseAgreementId(rawId);
        const [preview, homeCity] = await Promise.all([id === null ? null : getAgreementPreview(headers, locale, id), getHomeCity(locale)]);
        return (
          preview && {
            state: preview.state,
            editHref: `/admin/agreements/${id}`,
            publicHref: `/agreements/${id}`,
            article: <AgreementArticle agreement={preview.page} homeCity={homeCity} locale={locale} />,
          }
        );
      }}
    />
  );
}
