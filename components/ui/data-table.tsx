import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { requestLocale } from '@/i18n/locale-param';
import { forCapitals } from '@/lib/i18n/capitals';

type Href = Parameters<typeof Link>[0]['href'];
export type SortState = 'asc' | 'desc' | null;

/** Plain column headers for a ScrollTable: one per label, in capitals (see forCapitals). */
export async function ColumnHeads({ labels }: { labels: readonly string[] }) {
  const locale = await requestLocale();
  return labels.map((label) => (
    <th key={label} scope="col" className="px-4 py-3">
      {forCapitals(label, locale)}
    </th>
  ));
}

/**
 * A wide table that scrolls sideways inside its own box on narrow screens. The box is focusable so
 * keyboard users can scroll it, and `relative` so the headers' visually hidden text stays inside it
 * (otherwise it widens the whole page on phones).
 */
export function ScrollTable({ caption, minWidth, head, children }: { caption: string; minWidth: string; head: ReactNode; children: ReactNode }) {
  return (
    <div role="region" aria-label={caption} tabIndex={0} className="relative overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800">
      <table className="w-full text-left text-sm" style={{ minWidth }}>
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-xs uppercase tracking-wide text-slate-700 dark:bg-slate-900 dark:text-slate-300">
          <tr>{head}</tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">{children}</tbody>
      </table>
    </div>
  );
}

/** A column header whose link sorts by it (and reverses a second time); the sorted one carries aria-sort. */
export async function SortableHeader({ label, href, sorted, nextDir }: { label: string; href: Href; sorted: SortState; nextDir: 'asc' | 'desc' }) {
  const [t, locale] = await Promise.all([getTranslations('Common'), requestLocale()]);
  return (
    <th scope="col" aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined} className="px-4 py-3">
      <Link href={href} className="inline-flex items-center gap-1 rounded hover:text-brand-700 hover:underline dark:hover:text-brand-100">
        {forCapitals(label, locale)}
        {/* The arrow shows the current order; the hidden text says what the link will do. */}
        <span aria-hidden="true" className={sorted ? 'text-brand-700 dark:text-brand-100' : 'text-slate-500 dark:text-slate-400'}>
          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
        </span>
        <span className="sr-only">, {t(nextDir === 'asc' ? 'sortAscending' : 'sortDescending')}</span>
      </Link>
    </th>
  );
}
