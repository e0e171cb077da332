import type { ComponentProps, ReactNode } from 'react';
import { Link } from '@/i18n/navigation';
import { LocalizedText } from './localized-text';
import type { LocalizedValue } from '@/lib/i18n/localized';

/**
 * Above this many partners a drop-down of them stops being usable (a thousand names to scroll on a
 * phone) and weighs tens of kilobytes on every page that offers it (decision 018).
 */
export const PARTNER_CHOICES_MAX = 50;

const linkClass = 'font-medium text-brand-700 underline hover:no-underline dark:text-brand-100';

/** The hint's link to the partners list (searchable, paginated), whose profiles lead to one partner's records. */
export const partnersListLink = (chunks: ReactNode) => (
  <Link href="/partners" className={linkClass}>
    {chunks}
  </Link>
);

/**
 * A list's partner filter past PARTNER_CHOICES_MAX: the chosen partner (kept by the form in a
 * hidden field) with a link that drops it, or a hint where to find one partner's records.
 */
export function PartnerFilterNote({
  label,
  chosen,
  clear,
  hint,
}: {
  label: string;
  chosen: { slug: string; name: LocalizedValue } | undefined;
  clear: { href: ComponentProps<typeof Link>['href']; label: string };
  hint: ReactNode;
}) {
  return (
    <div className="text-sm text-slate-700 dark:text-slate-300" data-testid="partner-filter">
      <p className="font-medium">{label}</p>
      {chosen ? (
        <p className="mt-1">
          <input type="hidden" name="partner" value={chosen.slug} />
          <LocalizedText value={chosen.name} className="font-semibold text-slate-900 dark:text-white" />
          {' · '}
          <Link href={clear.href} className={linkClass}>
            {clear.label}
          </Link>
        </p>
      ) : (
        <p className="mt-1">{hint}</p>
      )}
    </div>
  );
}
