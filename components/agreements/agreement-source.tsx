import { getTranslations } from 'next-intl/server';
import { formatStoredDate } from '@/lib/format';
import { langUnlessPage } from '@/lib/i18n/localized';
import { mediaUrl } from '@/lib/media';
import { CopyButton } from '@/components/ui/copy-button';
import type { AgreementPermalink } from '@/lib/server/agreements/permalink';
import { formatKilobytes } from '@/lib/i18n/intl-words';

/** Where the record's facts come from. */
export async function AgreementSource({ source, locale }: { source: AgreementPermalink['source']; locale: string }) {
  const t = await getTranslations('Agreement');
  if (!source) return <p className="text-slate-600 dark:text-slate-400">{t('noSource')}</p>;
  const published = formatStoredDate(source.publishedOn, 'day', locale);
  const lang = langUnlessPage(source.language, locale);
  return (
    <div className="space-y-1 text-sm" data-testid="agreement-source">
      {/* Source titles are quoted as published (in Russian in the demo data), never translated. */}
      <p className="font-medium" lang={lang}>
        {source.url ? (
          <a href={source.url} rel="noopener noreferrer external" className="text-brand-700 underline hover:no-underline dark:text-brand-100">
            {source.title}
          </a>
        ) : (
          source.title
        )}
      </p>
      {source.url && <p className="font-mono text-xs break-all text-slate-600 dark:text-slate-400">{source.url}</p>}
      {source.publisher && (
        <p className="text-slate-700 dark:text-slate-300" lang={lang}>
          {source.publisher}
        </p>
      )}
      {published && <p className="text-slate-600 dark:text-slate-400">{t('publishedOn', { date: published })}</p>}
    </div>
  );
}

/** The signed document's file facts; its checksum lets a reader verify a copy they were sent. */
export async function AgreementDocument({ document, locale }: { document: AgreementPermalink['document']; locale: string }) {
  const [t, copy] = await Promise.all([getTranslations('Agreement'), getTranslations('Citation')]);
  if (!document) return <p className="text-slate-600 dark:text-slate-400">{t('noDocument')}</p>;
  const kilobytes = formatKilobytes(document.byteSize, locale);
  const kind = document.mimeType === 'application/pdf' ? 'PDF' : document.mimeType.replace(/^image\//, '').toUpperCase();
  return (
    <div className="space-y-1 text-sm" data-testid="agreement-document">
      <p className="font-medium">
        <a href={mediaUrl(document.storageKey)} className="text-brand-700 underline hover:no-underline dark:text-brand-100">
          {document.originalName ?? t('documentUnnamed')}
        </a>
      </p>
      <p className="text-slate-600 dark:text-slate-400">
        {kind}, {kilobytes}
      </p>
      {/* Monospace and breakable anywhere: 64 hex digits must wrap on a 360px phone. */}
      <p className="text-slate-600 dark:text-slate-400">
        {t('sha256')}:{' '}
        <code data-testid="document-sha256" className="font-mono text-xs break-all select-all">
          {document.sha256}
        </code>
      </p>
      <CopyButton text={document.sha256} label={copy('copySha256')} copiedLabel={copy('copied')} failedLabel={copy('copyFailed')} />
    </div>
  );
}
