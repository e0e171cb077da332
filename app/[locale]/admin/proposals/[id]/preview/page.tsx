import { RecordPreview } from '@/components/admin/record-preview';
import { previewMetadata } from '@/components/admin/preview-metadata';
import { ProposalPreviewArticle } from '@/components/admin/cooperation-preview';
import { parseAgreementId } from '@/lib/agreements/permalink-id';
import { getProposalPreview, proposalPublicState } from '@/lib/server/proposals/editing';

type Props = PageProps<'/[locale]/admin/proposals/[id]/preview'>;

export const generateMetadata = ({ params }: Props) => previewMetadata(params, 'proposal');

export default function ProposalPreviewPage({ params }: Props) {
  return (
    <RecordPreview
      params={params}
      load={async (headers, locale, rawId) => {
        const id = parseAgreementId(rawId);
        const proposal = id === null ? null : await getProposalPreview(headers, locale, id);
        return (
          proposal && {
            state: proposalPublicState(new Date(), proposal),
            editHref: `/admin/proposals/${id}`,
            publicHref: '/proposals',
            article: <ProposalPreviewArticle proposal={proposal} locale={locale} />,
          }
        );
      }}
    />
  );
}
