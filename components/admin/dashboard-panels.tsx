import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { formatUtcDateTime } from '@/lib/format';
import { getDashboard, type DashboardItem } from '@/lib/server/admin/dashboard';
import { isReviewRequired, listReviews, type ReviewItem } from '@/lib/server/review/queries';
import type { AppLocale } from '@/i18n/routing';

const EDIT_PAGES = {
  partner: '/admin/partners',
  agreement: '/admin/agreements',
  event: '/admin/events',
  project: '/admin/projects',
  proposal: '/admin/proposals',
} as const;

async function Panel({
  id,
  title,
  empty,
  items,
  detail,
}: {
  id: string;
  title: string;
  empty: string;
  items: DashboardItem[];
  detail: (item: DashboardItem) => string;
}) {
  const t = await getTranslations('AdminDashboard');
  return (
    <section aria-labelledby={id} className="rounded-xl border border-slate-200 p-5 dark:border-slate-800">
      <h2 id={id} className="text-lg font-semibold">
        {title} <span className="text-slate-600 dark:text-slate-400">({items.length})</span>
      </h2>
      {items.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{empty}</p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-200 dark:divide-slate-800">
          {items.slice(0, 20).map((item) => (
            <li key={`${item.kind}-${item.id}`} className="py-2">
              <Link href={`${EDIT_PAGES[item.kind]}/${item.id}`} className="font-medium text-brand-700 underline underline-offset-4 dark:text-brand-100">
                {item.name}
              </Link>
              <p className="text-sm text-slate-600 dark:text-slate-400">
                {t(`kind.${item.kind}`)} · {detail(item)}
              </p>
            </li>
          ))}
        </ul>
      )}
      {items.length > 20 && <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t('more', { count: items.length - 20 })}</p>}
    </section>
  );
}

/** Changes under two-person review: each links to its review page (waiting) or to its record (returned, with the comment). */
async function ReviewPanel({
  id,
  title,
  empty,
  items,
  detail,
}: {
  id: string;
  title: string;
  empty: string;
  items: ReviewItem[];
  detail: (item: ReviewItem) => string;
}) {
  const t = await getTranslations('AdminDashboard');
  return (
    <section aria-labelledby={id} className="rounded-xl border border-slate-200 p-5 dark:border-slate-800">
      <h2 id={id} className="text-lg font-semibold">
        {title} <span className="text-slate-600 dark:text-slate-400">({items.length})</span>
      </h2>
      {items.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{empty}</p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-200 dark:divide-slate-800">
          {items.map((item) => (
            <li key={item.id} className="py-2">
              <Link
                href={item.state === 'waiting' ? `/admin/reviews/${item.id}` : `${EDIT_PAGES[item.kind]}/${item.recordId}`}
                className="font-medium text-brand-700 underline underline-offset-4 dark:text-brand-100"
              >
                {item.name}
              </Link>
              <p className="text-sm text-slate-600 dark:text-slate-400">
                {t(`kind.${item.kind}`)} · {detail(item)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

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
  const named = (locales: readonly ('kk' | 'en')[]) => locales.map((l) => t(`locales.${l}`)).join(', ');
  const missing = (item: DashboardItem) => t('missing', { languages: named(item.missing) });
  // Both kinds of gap on one line: a record may lack en and have an outdated kk.
  const gaps = (item: DashboardItem) =>
    [item.missing.length ? missing(item) : null, item.outdated.length ? t('outdated', { languages: named(item.outdated) }) : null]
      .filter((part) => part !== null)
      .join('; ');
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      {showReviews && (
        <>
          <ReviewPanel
            id="dashboard-waiting-review"
            title={t('waitingReview')}
            empty={t('noWaitingReview')}
            items={reviews.waiting}
            detail={(i) => t('submittedBy', { name: i.submittedBy ?? '—', at: formatUtcDateTime(i.submittedAt, locale) })}
          />
          <ReviewPanel
            id="dashboard-returned"
            title={t('returnedToYou')}
            empty={t('noReturned')}
            items={reviews.returned}
            detail={(i) => t('returnedBy', { name: i.reviewedBy ?? '—', comment: i.comment ?? '' })}
          />
        </>
      )}
      <Panel
        id="dashboard-drafts"
        title={t('drafts')}
        empty={t('noDrafts')}
        items={dashboard.drafts}
        detail={(i) => (i.missing.length ? missing(i) : t('complete'))}
      />
      <Panel
        id="dashboard-scheduled"
        title={t('scheduled')}
        empty={t('noScheduled')}
        items={dashboard.scheduled}
        detail={(i) => (i.publishAt ? t('publishesAt', { at: formatUtcDateTime(i.publishAt, locale) }) : '')}
      />
      <Panel id="dashboard-untranslated" title={t('untranslated')} empty={t('noUntranslated')} items={dashboard.untranslated} detail={gaps} />
    </div>
  );
}
