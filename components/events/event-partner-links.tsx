import { Link } from '@/i18n/navigation';
import { LocalizedText } from '@/components/ui/localized-text';
import type { EventPartnerLink } from '@/lib/server/events/summary';

/** The partners of an event as links to their profiles, comma-separated. */
export function EventPartnerLinks({ partners }: { partners: EventPartnerLink[] }) {
  return partners.map((p, i) => (
    <span key={p.slug}>
      {i > 0 && ', '}
      <Link
        href={`/partners/${p.slug}`}
        className="font-medium text-brand-700 underline decoration-brand-100 underline-offset-2 hover:decoration-brand-700 dark:text-brand-100 dark:decoration-brand-600"
      >
        <LocalizedText value={p.name} />
      </Link>
    </span>
  ));
}
