import { Suspense } from 'react';
import { connection } from 'next/server';
import { notFound } from 'next/navigation';
import { localeFromParams } from '@/i18n/locale-param';
import { AgreementArticle } from '@/components/agreements/agreement-article';
import { PreviewFrame } from '@/components/admin/preview-frame';
import { previewMetadata } from '@/components/admin/preview-metadata';
import { parseAgreementId } from '@/lib/agreements/permalink-id';
import { requirePageActor } from '@/lib/server/auth/page-access';
import { getAgreementPreview } from '@/lib/server/agreements/editing';
import { getHomeCity } from '@/lib/server/home-city/queries';

type Props = PageProps<'/[locale]/admin/agreements/[id]/preview'>;

export const generateMetadata = ({ params }: Props) => previewMetadata(params, 'agreement');

export default function AgreementPreviewPage({ params }: Props) {
  return (
    <Suspense fallback={<div className="h-96 animate-pulse rounded-xl bg-slate-100 dark:bg-slate-900" />}>
      <AgreementPreview params={params} />
    </Suspense>
  );
}

/** The agreement, whatever its publication state, rendered by the permalink's own components. */
async function AgreementPreview({ params }: { params: Props['params'] }) {
  const locale = await localeFromParams(params);
  const id = parseAgreementId((await params).id);
  await connection();
  const { headers } = await requirePageActor(locale, 'editor');
  const [preview, homeCity] = await Promise.all([id === null ? null : getAgreementPreview(headers, locale, id), getHomeCity(locale)]);
  if (!preview) notFound();
  return (
    <PreviewFrame locale={locale} state={preview.state} editHref={`/admin/agreements/${id}`} publicHref={`/agreements/${id}`}>
      <AgreementArticle agreement={preview.page} homeCity={homeCity} locale={locale} />
    </PreviewFrame>
  );
}
