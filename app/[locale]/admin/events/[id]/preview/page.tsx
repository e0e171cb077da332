import type { Metadata } from 'next';
import { Suspense } from 'react';
import { connection } from 'next/server';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/i18n/locale-param';
import { Link } from '@/i18n/navigation';
import { EventArticle } from '@/components/events/event-article';
import { requirePageActor } from '@/lib/server/auth/page-access';
import { getEventPreview, parseEventId } from '@/lib/server/events/editing';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/events/[id]/preview'>): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'AdminEvents' });
  return { title: t('previewTitle'), robots: { index: false, follow: false } };
}

export default function EventPreviewPage({ params }: PageProps<'/[locale]/admin/events/[id]/preview'>) {
  return (
    <Suspense fallback={<div className="h-96 animate-pulse rounded-xl bg-slate-100 dark:bg-slate-900" />}>
      <EventPreview params={params} />
    </Suspense>
  );
}

/** The event, whatever its publication state, rendered by the public page's own components under a banner. */
async function EventPreview({ params }: { params: PageProps<'/[locale]/admin/events/[id]/preview'>['params'] }) {
  const locale = await localeFromParams(params);
  const id = parseEventId((await params).id);
  await connection();
  const { headers } = await requirePageActor(locale, 'editor');
  const event = id === null ? null : await getEventPreview(headers, locale, id);
  if (!event) notFound();
  const t = await getTranslations({ locale, namespace: 'AdminEvents' });
  return (
    <div className="space-y-8">
      <aside aria-label={t('previewNotice')} className="flex flex-wrap items-center justify-between gap-3 rounded-xl border-2 border-dashed border-amber-600 bg-amber-50 p-4 text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50">
        <div>
          <p className="text-lg font-bold" data-testid="preview-notice">{t('previewNotice')}</p>
          <p className="text-sm">{t('previewLead')}</p>
        </div>
        <Link href={`/admin/events/${id}`} className="font-semibold underline">{t('backToEdit')}</Link>
      </aside>
      <EventArticle event={event} locale={locale} />
    </div>
  );
}
