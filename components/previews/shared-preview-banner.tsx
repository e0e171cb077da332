import { getTranslations } from 'next-intl/server';
import { formatUtcDateTime } from '@/lib/format';
import type { AppLocale } from '@/i18n/routing';
import type { PublicState } from '@/lib/publication/public-state';

type Props = { locale: AppLocale; state: PublicState; madeForVersion: number; version: number; newerVersion: boolean; expiresAt: Date };

/**
 * The banner over a record shown through a preview link: that visitors do not see it, the version
 * the link was made for, whether the record changed since, and until when the link works. It has
 * no link: the holder of a preview link has nowhere else to go on the site's behalf.
 */
export async function SharedPreviewBanner({ locale, state, madeForVersion, version, newerVersion, expiresAt }: Props) {
  const t = await getTranslations({ locale, namespace: 'SharedPreview' });
  const notice =
    state.kind === 'scheduled' || state.kind === 'withdrawn'
      ? t(`notice.${state.kind}`, { at: formatUtcDateTime(state.at, locale) })
      : t(`notice.${state.kind}`);
  return (
    <aside
      aria-labelledby="preview-notice"
      className="space-y-1 rounded-xl border-2 border-dashed border-amber-600 bg-amber-50 p-4 text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50"
    >
      <p id="preview-notice" className="text-lg font-bold" data-testid="preview-notice">
        {notice}
      </p>
      <p className="text-sm">{t('lead')}</p>
      <p className="text-sm font-semibold" data-testid="preview-version">
        {t('madeFor', { version: madeForVersion })} {newerVersion && t('newer', { version })}
      </p>
      <p className="text-sm">{t('expires', { at: formatUtcDateTime(expiresAt, locale) })}</p>
    </aside>
  );
}
