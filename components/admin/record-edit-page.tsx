import { Suspense, type ReactNode } from 'react';
import { connection } from 'next/server';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/i18n/locale-param';
import { Link } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import type { FormAction } from '@/lib/forms/action-result';
import type { PublicState } from '@/lib/publication/public-state';
import { requirePageActor } from '@/lib/server/auth/page-access';
import { isReviewRequired } from '@/lib/server/review/queries';
import { ReviewMode } from './review-mode';
import { ActionButton } from './action-button';
import { RecordLinks } from './record-links';
import { PreviewLinksPanel } from './preview-links-panel';
import { historyHref } from './record-history-page';
import { adminMetadata } from './admin-section-page';

/** What a record kind's edit page shows of one record: its heading, where it can be seen, its form and its move to the trash. */
type LoadedRecord = { id: string | number; version: number; title: string; state: PublicState; publicHref: string; form: ReactNode; trash: FormAction };
type Load = (headers: Headers, locale: AppLocale, id: string) => Promise<LoadedRecord | null>;
type Kind = {
  namespace: 'AdminPartners' | 'AdminAgreements' | 'AdminEvents' | 'AdminProjects' | 'AdminProposals';
  section: 'partners' | 'agreements' | 'events' | 'projects' | 'proposals';
  load: Load;
};
/** The kind of preview link each section's records get. */
const PREVIEW_KIND = { partners: 'partner', agreements: 'agreement', events: 'event', projects: 'project', proposals: 'proposal' } as const;
type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * A record's edit page, declared once: editors only, a 404 for an id that names nothing, the way
 * back to the list, the preview and public links, "saved" (or "submitted for review") after a create, the kind's form,
 * its preview links and the trash button. A record kind gives its message namespace, its section and its loader.
 */
export function recordEditPage(kind: Kind) {
  return {
    generateMetadata: ({ params }: Pick<Props, 'params'>) => adminMetadata(params, kind.namespace, 'edit'),
    Page: function RecordEditPage({ params, searchParams }: Props) {
      return (
        <Suspense fallback={<div className="h-96 animate-pulse rounded-xl bg-slate-100 dark:bg-slate-900" />}>
          <Edit kind={kind} params={params} searchParams={searchParams} />
        </Suspense>
      );
    },
  };
}

async function Edit({ kind, params, searchParams }: Props & { kind: Kind }) {
  const locale = await localeFromParams(params);
  const { id } = await params;
  const query = await searchParams;
  const notice = query.saved === '1' ? 'saved' : query.submitted === '1' ? 'submitted' : null;
  await connection();
  const { headers } = await requirePageActor(locale, 'editor');
  const [record, review] = await Promise.all([kind.load(headers, locale, id), isReviewRequired(headers)]);
  if (!record) notFound();
  const [t, form, reviewText, history] = await Promise.all([
    getTranslations({ locale, namespace: kind.namespace }),
    getTranslations({ locale, namespace: 'AdminForm' }),
    getTranslations({ locale, namespace: 'Review' }),
    getTranslations({ locale, namespace: 'AdminHistory' }),
  ]);
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <Link href={`/admin/${kind.section}`} className="text-sm font-medium text-brand-700 underline dark:text-brand-100">
            ← {t('title')}
          </Link>
          <h1 className="mt-2 text-3xl font-bold">{record.title}</h1>
        </div>
        <div className="space-y-1">
          <RecordLinks state={record.state} previewHref={`/admin/${kind.section}/${record.id}/preview`} publicHref={record.publicHref} />
          <Link href={historyHref(kind.section, record.id)} className="text-sm font-medium text-brand-700 underline dark:text-brand-100">
            {history('link')}
          </Link>
        </div>
      </header>
      {notice && (
        <p role="status" className="rounded-lg bg-emerald-50 p-3 font-medium text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100">
          {notice === 'saved' ? form('saved') : reviewText('submitted')}
        </p>
      )}
      <ReviewMode on={review}>{record.form}</ReviewMode>
      <PreviewLinksPanel headers={headers} locale={locale} record={{ kind: PREVIEW_KIND[kind.section], recordId: String(record.id) }} />
      <div className="border-t border-slate-200 pt-6 dark:border-slate-800">
        <ActionButton
          action={record.trash}
          label={form('trash')}
          confirmText={form('trashConfirm')}
          hidden={{ version: String(record.version) }}
          tone="danger"
        />
      </div>
    </div>
  );
}

/** The record's translation in the page's language, else the Russian source text: an untranslated record still gets its heading. */
export const shownTranslation = <Row extends { locale: string }>(translations: Row[], locale: AppLocale) =>
  translations.find((tr) => tr.locale === locale) ?? translations.find((tr) => tr.locale === 'ru');
