import { getTranslations } from 'next-intl/server';
import { CopyButton } from '@/components/ui/copy-button';
import { citation } from '@/lib/citations/citation';
import type { AppLocale } from '@/i18n/routing';

/**
 * "Cite this": the reference in the page's language and the permalink, as plain selectable text
 * (it works without JavaScript), with copy buttons where a clipboard is available.
 */
export async function AgreementCitation({
  locale,
  title,
  typeLabel,
  author,
  signed,
  url,
  accessed,
}: {
  locale: AppLocale;
  title: string;
  typeLabel: string;
  author: string | null;
  signed: { date: Date; precision: 'day' | 'month' | 'year' } | null;
  url: string;
  accessed: Date;
}) {
  const [t, meta] = await Promise.all([getTranslations({ locale, namespace: 'Citation' }), getTranslations({ locale, namespace: 'Metadata' })]);
  const siteName = meta('siteName');
  const text = citation({ title, typeLabel, author: author ?? siteName, siteName, signed, url, accessed }, locale);
  const copy = { copiedLabel: t('copied'), failedLabel: t('copyFailed') };
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600 dark:text-slate-400">{t('style')}</p>
      <figure className="space-y-2">
        <figcaption className="sr-only">{t('citationLabel')}</figcaption>
        <p
          data-testid="citation-text"
          className="rounded-lg border border-slate-200 bg-white p-3 text-sm leading-relaxed break-words select-all dark:border-slate-800 dark:bg-slate-950"
        >
          {text}
        </p>
        <CopyButton text={text} label={t('copyCitation')} {...copy} />
      </figure>
      <div className="space-y-2">
        <p className="text-sm font-medium">{t('permalink')}</p>
        <p>
          <code data-testid="permalink-url" className="font-mono text-sm break-all select-all">
            {url}
          </code>
        </p>
        <CopyButton text={url} label={t('copyLink')} {...copy} />
      </div>
    </div>
  );
}
