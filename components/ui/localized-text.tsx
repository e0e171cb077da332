import { getTranslations } from 'next-intl/server';
import type { LocalizedValue } from '@/lib/i18n/localized';

const NOTE = 'ml-1 inline-block rounded px-1.5 py-0.5 align-middle text-xs font-medium';

/**
 * Content text in the language it is really in. A Russian fallback on a kk or en page carries
 * lang="ru" (so screen readers switch voice) and a visible note. A text block (`as` p or div)
 * transliterated into kk-Latn says so; a name or a title does not repeat it at every mention.
 */
export async function LocalizedText({ value, as: Tag = 'span', className }: { value: LocalizedValue; as?: 'span' | 'p' | 'div'; className?: string }) {
  if (value.transliterated && Tag !== 'span')
    return (
      <Tag className={className}>
        {value.text} <TransliterationNote />
      </Tag>
    );
  if (!value.isFallback) return <Tag className={className}>{value.text}</Tag>;
  const t = await getTranslations('Common');
  return (
    <Tag className={className}>
      <span lang={value.lang}>{value.text}</span>{' '}
      <span className={`${NOTE} bg-amber-100 text-amber-900 dark:bg-amber-900/40 dark:text-amber-100`} title={t('fallbackTitle')}>
        {t('fallbackNotice')}
      </span>
    </Tag>
  );
}

/** The mark on a text the site transliterated from the Kazakh Cyrillic itself (docs/decisions/049). */
export async function TransliterationNote() {
  const t = await getTranslations('Common');
  return (
    <span
      className={`${NOTE} bg-sky-100 text-sky-900 dark:bg-sky-900/40 dark:text-sky-100`}
      title={t('transliterationTitle')}
      data-testid="transliteration-note"
    >
      {t('transliterationNotice')}
    </span>
  );
}
