import { getLocale, getTranslations } from 'next-intl/server';
import { formatUtcDateTime } from '@/lib/format';
import { Link } from '@/i18n/navigation';
import type { PublicState } from '@/lib/publication/public-state';

/**
 * The edit page's ways out: the preview always, the public page only while visitors can open it;
 * and when the record goes, or went, off the site by its unpublishing time.
 */
export async function RecordLinks({ state, previewHref, publicHref }: { state: PublicState; previewHref: string; publicHref: string }) {
  const [t, locale] = await Promise.all([getTranslations('AdminPreview'), getLocale()]);
  const leaving =
    state.kind === 'withdrawn'
      ? t('withdrawnAt', { at: formatUtcDateTime(state.at, locale) })
      : 'until' in state && state.until
        ? t('until', { at: formatUtcDateTime(state.until, locale) })
        : null;
  return (
    <p className="flex flex-wrap gap-4 text-sm font-medium">
      {leaving && <span data-testid="record-leaving">{leaving}</span>}
      <Link href={previewHref} className="text-brand-700 underline dark:text-brand-100">
        {t('open')}
      </Link>
      {state.kind === 'public' && (
        <Link href={publicHref} className="text-brand-700 underline dark:text-brand-100">
          {t('viewPublic')}
        </Link>
      )}
    </p>
  );
}
