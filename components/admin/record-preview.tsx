import { Suspense, type ReactNode } from 'react';
import { connection } from 'next/server';
import { notFound } from 'next/navigation';
import { localeFromParams } from '@/i18n/locale-param';
import type { AppLocale } from '@/i18n/routing';
import type { PublicState } from '@/lib/publication/public-state';
import { requirePageActor } from '@/lib/server/auth/page-access';
import { PreviewFrame } from './preview-frame';

/** What a record kind's preview shows: its public page's body, and where editing and the public page live. */
type LoadedPreview = { state: PublicState; editHref: string; publicHref: string; article: ReactNode };
type Load = (headers: Headers, locale: AppLocale, id: string) => Promise<LoadedPreview | null>;

/**
 * A record's preview page, whatever its publication state, rendered by its public page's own
 * components under the preview banner. Editors only; an id that names nothing is a 404.
 */
export function RecordPreview({ params, load }: { params: Promise<{ locale: string; id: string }>; load: Load }) {
  return (
    <Suspense fallback={<div className="h-96 animate-pulse rounded-xl bg-slate-100 dark:bg-slate-900" />}>
      <Preview params={params} load={load} />
    </Suspense>
  );
}

async function Preview({ params, load }: { params: Promise<{ locale: string; id: string }>; load: Load }) {
  const locale = await localeFromParams(params);
  const { id } = await params;
  await connection();
  const { headers } = await requirePageActor(locale, 'editor');
  const preview = await load(headers, locale, id);
  if (!preview) notFound();
  return (
    <PreviewFrame locale={locale} state={preview.state} editHref={preview.editHref} publicHref={preview.publicHref}>
      {preview.article}
    </PreviewFrame>
  );
}
