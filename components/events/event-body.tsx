import { getTranslations } from 'next-intl/server';
import type { LocalizedValue } from '@/lib/i18n/localized';
import { TransliterationNote } from '@/components/ui/localized-text';

/**
 * Stored plain text as paragraphs (a blank line separates them; a single line break stays one).
 * React escapes the text, so nothing in it can become markup. A Russian fallback is marked like
 * LocalizedText does, and carries lang="ru"; so is a transliterated one.
 */
export async function EventBody({ value }: { value: LocalizedValue }) {
  const paragraphs = value.text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const t = await getTranslations('Common');
  return (
    <div className="space-y-4 text-lg leading-relaxed">
      {value.isFallback && (
        <p
          className="inline-block rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-900/40 dark:text-amber-100"
          title={t('fallbackTitle')}
        >
          {t('fallbackNotice')}
        </p>
      )}
      {value.transliterated && (
        <p>
          <TransliterationNote />
        </p>
      )}
      <div lang={value.isFallback ? value.lang : undefined} className="space-y-4">
        {paragraphs.map((p, i) => (
          <p key={i} className="whitespace-pre-line">
            {p}
          </p>
        ))}
      </div>
    </div>
  );
}
