import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { pagerItems } from '@/lib/pagination';

const box = 'inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg border px-3 text-sm font-semibold';
const linkBox = `${box} border-slate-300 text-brand-700 hover:border-brand-600 hover:bg-brand-50 dark:border-slate-700 dark:text-brand-100 dark:hover:bg-slate-900`;

type QueryValue = string | number | undefined;

/**
 * Links to a list's pages, keeping its filters. Page 1 has no ?page=, so it has one URL. A
 * previous/next that leads nowhere stays visible (the layout does not jump) but is hidden from
 * assistive technology, which has nothing to activate there.
 */
export async function Pager({ pathname, query, page, pageCount }: { pathname: string; query: Record<string, QueryValue>; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations('Common');
  const href = (target: number) => ({
    pathname,
    query: Object.fromEntries(Object.entries({ ...query, page: target > 1 ? target : undefined }).filter(([, value]) => value !== undefined)) as Record<
      string,
      string | number
    >,
  });
  return (
    <nav aria-label={t('pager.label')}>
      <ul className="flex flex-wrap items-center justify-center gap-2">
        <li>
          {page > 1 ? (
            <Link href={href(page - 1)} rel="prev" className={linkBox}>
              <span aria-hidden="true">←</span>&nbsp;{t('pager.previous')}
            </Link>
          ) : (
            <span aria-hidden="true" className={`${box} border-slate-200 text-slate-500 dark:border-slate-800 dark:text-slate-400`}>
              ←&nbsp;{t('pager.previous')}
            </span>
          )}
        </li>
        {pagerItems(page, pageCount).map((item) =>
          'gap' in item ? (
            <li key={item.gap} aria-hidden="true" className="px-1 text-slate-500 dark:text-slate-400">
              …
            </li>
          ) : (
            <li key={item.page}>
              <Link
                href={href(item.page)}
                aria-label={t('pager.page', { page: item.page })}
                aria-current={item.page === page ? 'page' : undefined}
                className={`${linkBox} aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white dark:aria-[current=page]:border-brand-100 dark:aria-[current=page]:bg-brand-100 dark:aria-[current=page]:text-brand-900`}
              >
                {item.page}
              </Link>
            </li>
          ),
        )}
        <li>
          {page < pageCount ? (
            <Link href={href(page + 1)} rel="next" className={linkBox}>
              {t('pager.next')}&nbsp;<span aria-hidden="true">→</span>
            </Link>
          ) : (
            <span aria-hidden="true" className={`${box} border-slate-200 text-slate-500 dark:border-slate-800 dark:text-slate-400`}>
              {t('pager.next')}&nbsp;→
            </span>
          )}
        </li>
      </ul>
    </nav>
  );
}
