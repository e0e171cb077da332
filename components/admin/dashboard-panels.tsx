import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { formatUtcDateTime } from '@/lib/format';
import { getDashboard, type DashboardItem } from '@/lib/server/admin/dashboard';
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
          {items.slice(0, SHOWN).map((item) => (
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
      {items.length > SHOWN && (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t('more', { shown: SHOWN, total: items.length, count: items.length - SHOWN })}</p>
      )}
    </section>
  );
}

/** The editors' start page: what is unfinished, what is about to go out, what lacks a translation. */
export async function DashboardPanels({ headers, locale }: { headers: Headers; locale: AppLocale }) {
  const [t, dashboard] = await Promise.all([getTranslations({ locale, namespace: 'AdminDashboard' }), getDashboard(headers, locale)]);
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <Panel
        id="dashboard-drafts"
        title={t('drafts')}
        empty={t('noDrafts')}
        items={dashboard.drafts}
        detail={(i) => translationGapsText(t, { missing: i.missing, outdated: [] }) || t('complete')}
      />
      <Panel
        id="dashboard-scheduled"
        title={t('scheduled')}
        empty={t('noScheduled')}
        items={dashboard.scheduled}
        detail={(i) => (i.publishAt ? t('publishesAt', { at: formatUtcDateTime(i.publishAt, locale) }) : '')}
      />
      <Panel
        id="dashboard-untranslated"
        title={t('untranslated')}
        empty={t('noUntranslated')}
        items={dashboard.untranslated}
        detail={(i) => translationGapsText(t, i)}
      />
    </div>
  );
}
