import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

export type DownloadLink = { kind: 'csv' | 'ical' | 'atom' | 'partnerIcal'; href: string };

const MEDIA_TYPES: Record<DownloadLink['kind'], string> = {
  csv: 'text/csv',
  ical: 'text/calendar',
  atom: 'application/atom+xml',
  partnerIcal: 'text/calendar',
};

/**
 * The files and feeds behind a page, as plain links (server-rendered, no script): a CSV with the
 * page's current filters, a calendar to subscribe to, a feed. Ends with the open-data page, which
 * explains them.
 */
export async function DownloadLinks({ links }: { links: DownloadLink[] }) {
  const t = await getTranslations('Downloads');
  return (
    <div role="group" aria-label={t('label')} className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm" data-testid="download-links">
      {links.map((link) => (
        <a
          key={link.kind}
          href={link.href}
          type={MEDIA_TYPES[link.kind]}
          // Only the spreadsheet is a file to keep; calendars and feeds are addresses to subscribe to.
          download={link.kind === 'csv' ? true : undefined}
          data-kind={link.kind}
          className="rounded-lg border border-brand-600 px-3 py-1.5 font-medium text-brand-700 hover:bg-brand-50 dark:border-brand-100 dark:text-brand-100 dark:hover:bg-slate-800"
        >
          {t(link.kind)}
        </a>
      ))}
      <Link href="/open-data" className="font-medium text-brand-700 underline hover:no-underline dark:text-brand-100">
        {t('more')}
      </Link>
    </div>
  );
}
