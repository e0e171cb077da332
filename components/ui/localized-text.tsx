import { getTranslations } from 'next-intl/server';
import type { LocalizedValue } from '@/lib/i18n/localized';

/**
 * Content text in the language it is really in. A Russian fallback on a kk or en page carries
 * lang="ru" (so screen readers switch voice) and a visible note.
 */
export async function LocalizedText({ value, as: Tag = 'span', className }: { value: LocalizedValue; as?: 'span' | 'p' | 'div'; className?: string }) {
  if (!value.isFallback) return <Tag className={className}>{value.text}</Tag>;
  const t = await getTranslations('Common');
  return (
    <Tag className={className}>
      <span lang={value.lang}>{value.text}</span>{' '}
      <span
        className="ml-1 inline-block rounded bg-amber-100 px-1.5 py-0.5 align-middle text-xs font-medium text-amber-900 dark:bg-amber-900/40 dark:text-amber-100"
        title={t('fallbackTitle')}
      >
        {t('fallbackNotice')}
      </span>
    </Tag>
  );
}
