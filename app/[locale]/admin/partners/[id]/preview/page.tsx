import { Suspense } from 'react';
import { connection } from 'next/server';
import { notFound } from 'next/navigation';
import { localeFromParams } from '@/i18n/locale-param';
import { PartnerProfileArticle } from '@/components/partners/partner-profile-article';
import { PreviewFrame } from '@/components/admin/preview-frame';
import { previewMetadata } from '@/components/admin/preview-metadata';
import { requirePageActor } from '@/lib/server/auth/page-access';
import { getPartnerPreview } from '@/lib/server/partners/editing';

type Props = PageProps<'/[locale]/admin/partners/[id]/preview'>;

export const generateMetadata = ({ params }: Props) => previewMetadata(params, 'partner');

export default function PartnerPreviewPage({ params }: Props) {
  return (
    <Suspense fallback={<div className="h-96 animate-pulse rounded-xl bg-slate-100 dark:bg-slate-900" />}>
      <PartnerPreview params={params} />
    </Suspense>
  );
}

/** The partner, whatever its publication state, rendered by the public profile's own components. */
async function PartnerPreview({ params }: { params: Props['params'] }) {
  const locale = await localeFromParams(params);
  const { id } = await params;
  await connection();
  const { headers } = await requirePageActor(locale, 'editor');
  const preview = await getPartnerPreview(headers, locale, id);
  if (!preview) notFound();
  return (
    <PreviewFrame locale={locale} state={preview.state} editHref={`/admin/partners/${id}`} publicHref={`/partners/${preview.page.slug}`}>
      <PartnerProfileArticle partner={preview.page} locale={locale} />
    </PreviewFrame>
  );
}
