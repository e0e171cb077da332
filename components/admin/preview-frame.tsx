import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { formatUtcDateTime } from '@/lib/format';
import type { AppLocale } from '@/i18n/routing';
import type { PublicState } from '@/lib/publication/public-state';

type Props = { locale: AppLocale; state: PublicState; editHref: string; publicHref: string; children: React.ReactNode };

/**
 * A record's public page under a banner that says whether visitors see it yet, so an editor never
 * mistakes the preview of a draft for the site.
 */
export async function PreviewFrame({ locale, state, editHref, publicHref, children }: Props) {
  const t = await getTranslations({ locale, namespace: 'AdminPreview' });
  const notice =
    state.kind === 'scheduled' || state.kind === 'withdrawn'
      ? t(`notice.${state.kind}`, { at: formatUtcDateTime(state.at, locale) })
      : t(`notice.${state.kind}`);
  return (
    <div className="space-y-8">
      <aside
        aria-labelledby="preview-notice"
        className="flex flex-wrap items-center justify-between gap-3 rounded-xl border-2 border-dashed border-amber-600 bg-amber-50 p-4 text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50"
      >
        <div>
          <p id="preview-notice" className="text-lg font-bold" data-testid="preview-notice">
            {notice}
          </p>
          <p className="text-sm">
            {t(`lead.${state.kind}`)}
            {'until' in state && state.until && <> {t('until', { at: formatUtcDateTime(state.until, locale) })}</>}
          </p>
        </div>
        <p className="flex flex-wrap gap-4 font-semibold">
          <Link href={editHref} className="underline">
            {t('backToEdit')}
          </Link>
          {state.kind === 'public' && (
            <Link href={publicHref} className="underline">
              {t('viewPublic')}
            </Link>
          )}
        </p>
      </aside>
      {children}
    </div>
  );
}
