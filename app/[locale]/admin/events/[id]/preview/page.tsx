import { Suspense } from 'react';
import { connection } from 'next/server';
import { notFound } from 'next/navigation';
import { localeFromParams } from '@/i18n/locale-param';
import { EventArticle } from '@/components/events/event-article';
import { PreviewFrame } from '@/components/admin/preview-frame';
import { previewMetadata } from '@/components/admin/preview-metadata';
import { requirePageActor } from '@/lib/server/auth/page-access';
import { getEventPreview, parseEventId } from '@/lib/server/events/editing';

type Props = PageProps<'/[locale]/admin/events/[id]/preview'>;

export const generateMetadata = ({ params }: Props) => previewMetadata(params, 'event');

export default function EventPreviewPage({ params }: Props) {
  return (
    <Suspense fallback={<div className="h-96 animate-pulse rounded-xl bg-slate-100 dark:bg-slate-900" />}>
      <EventPreview params={params} />
    </Suspense>
  );
}

/** The event, whatever its publication state, rendered by the public page's own components. */
async function EventPreview({ params }: { params: Props['params'] }) {
  const locale = await localeFromParams(params);
  const id = parseEventId((await params).id);
  await connection();
  const { headers } = await requirePageActor(locale, 'editor');
  const preview = id === null ? null : await getEventPreview(headers, locale, id);
  if (!preview) notFound();
  return (
    <PreviewFrame locale={locale} state={preview.state} editHref={`/admin/events/${id}`} publicHref={`/events/${preview.page.slug}`}>
      <EventArticle event={preview.page} locale={locale} />
    </PreviewFrame>
  );
}
