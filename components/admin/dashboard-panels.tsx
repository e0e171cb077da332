import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { formatUtcDateTime } from '@/lib/format';
import { getDashboard, type DashboardItem } from '@/lib/server/admin/dashboard';
import { isReviewRequired, listReviews, type ReviewItem } from '@/lib/server/review/queries';
import type { AppLocale } from '@/i18n/routing';
import { translationGapsText } from './translation-gaps-text';

const EDIT_PAGES = {
  partner: '/admin/partners',
  agreement: '/admin/agreements',
  event: '/admin/events',
  project: '/admin/projects',
  proposal: '/admin/proposals',
} as const;
/** Entries a panel lists; the rest are counted. */
const SHOWN = 20;

type Row = { key: string; href: string; name: string; kind: keyof typeof EDIT_PAGES; detail: string };

async function Panel({ id, title, empty, rows }: { id: string; title: string; empty: string; rows: Row[] }) {
  const t = await getTranslations('AdminDashboard');
  return (
    <section aria-labelledby={id} className="rounded-xl border border-slate-200 p-5 dark:border-slate-800">
      <h2 id={id} className="text-lg font-semibold">
        {title} <span className="text-slate-600 dark:text-slate-400">({rows.length})</span>
      </h2>
      {rows.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{empty}</p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-200 dark:divide-slate-800">
          {rows.slice(0, SHOWN).map((row) => (
            <li key={row.key} className="py-2">
              <Link href={row.href} className="font-medium text-brand-700 underline underline-offset-4 dark:text-brand-100">
                {row.name}
              </Link>
              <p className="text-sm text-slate-600 dark:text-slate-400">
                {t(`kind.${row.kind}`)} · {row.detail}
              </p>
            </li>
          ))}
        </ul>
      )}
      {rows.length > SHOWN && (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t('more', { shown: SHOWN, total: rows.length, count: rows.length - SHOWN })}</p>
      )}
    </section>
  );
}

/** A record's row: it links to its edit page. */
const recordRows = (items: DashboardItem[], detail: (item: DashboardItem) => string): Row[] =>
  items.map((i) => ({ key: `${i.kind}-${i.id}`, href: `${EDIT_PAGES[i.kind]}/${i.id}`, name: i.name, kind: i.kind, detail: detail(i) }));

/** A change under review: a waiting one links to its review page, a returned one to its record. */
const reviewRows = (items: ReviewItem[], detail: (item: ReviewItem) => string): Row[] =>
  items.map((i) => ({
    key: `review-${i.id}`,
    href: i.state === 'waiting' ? `/admin/reviews/${i.id}` : `${EDIT_PAGES[i.kind]}/${i.recordId}`,
    name: i.name,
    kind: i.kind,
    detail: detail(i),
  }));

/**
 * The editors' start page: what waits for review and what was returned to them (when two-person
 * review is on, or something is left from when it was), what is unfinished, what is about to go
 * out, what lacks a translation.
 */
export async function DashboardPanels({ headers, locale }: { headers: Headers; locale: AppLocale }) {
  const [t, dashboard, reviews, review] = await Promise.all([
    getTranslations({ locale, namespace: 'AdminDashboard' }),
    getDashboard(headers, locale),
    listReviews(headers, locale),
    isReviewRequired(headers),
  ]);
  const showReviews = review || reviews.waiting.length > 0 || reviews.returned.length > 0;
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      {showReviews && (
        <>
          <Panel
            id="dashboard-waiting-review"
            title={t('waitingReview')}
            empty={t('noWaitingReview')}
            rows={reviewRows(reviews.waiting, (i) => t('submittedBy', { name: i.submittedBy ?? '—', at: formatUtcDateTime(i.submittedAt, locale) }))}
          />
          <Panel
            id="dashboard-returned"
            title={t('returnedToYou')}
            empty={t('noReturned')}
            rows={reviewRows(reviews.returned, (i) => t('returnedBy', { name: i.reviewedBy ?? '—', comment: i.comment ?? '' }))}
          />
        </>
      )}
      <Panel
        id="dashboard-drafts"
        title={t('drafts')}
        empty={t('noDrafts')}
        rows={recordRows(dashboard.drafts, (i) => translationGapsText(t, { missing: i.missing, outdated: [] }) || t('complete'))}
      />
      <Panel
        id="dashboard-scheduled"
        title={t('scheduled')}
        empty={t('noScheduled')}
        rows={recordRows(dashboard.scheduled, (i) => (i.publishAt ? t('publishesAt', { at: formatUtcDateTime(i.publishAt, locale) }) : ''))}
      />
      <Panel
        id="dashboard-untranslated"
        title={t('untranslated')}
        empty={t('noUntranslated')}
        rows={recordRows(dashboard.untranslated, (i) => translationGapsText(t, i))}
      />
    </div>
  );
}
