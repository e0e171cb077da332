import type { getTranslations } from 'next-intl/server';
import type { TranslationGaps } from '@/lib/translation-status';

type DashboardText = Awaited<ReturnType<typeof getTranslations<'AdminDashboard'>>>;

/**
 * A record's missing and outdated translations as one line (empty when there are none), the same on
 * the dashboard and the editors' lists: both kinds at once, as a record may lack en and have an outdated kk.
 */
export function translationGapsText(t: DashboardText, { missing, outdated }: TranslationGaps): string {
  const named = (locales: readonly ('kk' | 'en')[]) => locales.map((l) => t(`locales.${l}`)).join(', ');
  return [missing.length ? t('missing', { languages: named(missing) }) : null, outdated.length ? t('outdated', { languages: named(outdated) }) : null]
    .filter((part) => part !== null)
    .join('; ');
}
