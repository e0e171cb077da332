import { RecordPreview } from '@/components/admin/record-preview';
import { previewMetadata } from '@/components/admin/preview-metadata';
import { ProposalArticle } from '@/components/proposals/proposal-article';
import { parseAgreementId } from '@/lib/agreements/permalink-id';
import { proposalAnchor } from '@/lib/proposals/anchor';
import { getProposalPreview } from '@/lib/server/proposals/editing';

type Props = PageProps<'/[locale]/admin/proposals/[id]/preview'>;

export const generateMetadata = ({ params }: Props) => previewMetadata(params, 'proposal');

export default function ProposalPreviewPage({ params }: Props) {
  return (
    <RecordPreview
      params={params}
      load={async (headers, locale, rawId) => {
        const id = parseAgreementId(rawId);
        const preview = id === null ? null : await getProposalPreview(headers, locale, id);
        return (
          preview && {
            state: preview.state,
            editHref: `/admin/proposals/${id}`,
            publicHref: `/proposals#${proposalAnchor(preview.page.id)}`,
            article: <ProposalArticle proposal={preview.page} locale={locale} />,
          }
        );
      }}
    />
  );
}
