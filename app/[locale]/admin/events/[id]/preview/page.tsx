import { EventArticle } from '@/components/events/event-article';
import { RecordPreview } from '@/components/admin/record-preview';
import { previewMetadata } from '@/components/admin/preview-metadata';
import { getEventPreview, parseEventId } from '@/lib/server/events/editing';

type Props = PageProps<'/[locale]/admin/events/[id]/preview'>;

export const generateMetadata = ({ params }: Props) => previewMetadata(params, 'event');

export default function EventPreviewPage({ params }: Props) {
  return (
    <RecordPreview
      params={params}
      load={async (headers, locale, rawId) => {
        const id = parseEventId(rawId);
        const preview = id === null ? null : await getEventPreview(headers, locale, id);
        return (
          preview && {
            state: preview.state,
            editHref: `/admin/events/${id}`,
            publicHref: `/events/${preview.page.slug}`,
            article: <EventArticle event={preview.page} locale={locale} />,
          }
        );
      }}
    />
  );
}
