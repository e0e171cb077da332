import { getTranslations } from 'next-intl/server';
import { imageWidthsFor, mediaUrl } from '@/lib/media';
import { missingForPublication } from '@/lib/media/publishable';
import { formatStoredDate } from '@/lib/format';
import type { AdminMediaItem } from '@/lib/server/media/queries';
import type { ActionResult } from '@/lib/forms/action-result';
import type { AppLocale } from '@/i18n/routing';
import { MediaDetailsForm } from './media-details-form';
import type { MediaFieldLabels } from './media-upload-form';

type MediaAction = (mediaId: string, state: ActionResult, data: FormData) => Promise<ActionResult>;

/** One page of the stored files, each with its thumbnail, facts, publication readiness and details form. */
export async function MediaLibrary({
  items,
  total,
  locale,
  labels,
  actions,
}: {
  items: AdminMediaItem[];
  total: number;
  locale: AppLocale;
  labels: Omit<MediaFieldLabels, 'file'>;
  actions: { update: MediaAction; trash: MediaAction };
}) {
  const t = await getTranslations({ locale, namespace: 'AdminMedia' });
  if (items.length === 0)
    return (
      <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600 dark:border-slate-700 dark:text-slate-400">
        {t('library.empty')}
      </p>
    );
  const text = { heading: t('details.heading'), altHint: t('fields.altHint'), save: t('details.save'), saving: t('details.saving'), trash: t('trash.submit') };
  return (
    <div className="space-y-4">
      <p className="text-sm font-medium text-slate-600 dark:text-slate-400">{t('library.count', { count: total })}</p>
      <ul className="grid gap-6 lg:grid-cols-2">
        {items.map((item) => (
          <li key={item.id} className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900" data-testid="media-item">
            <div className="flex gap-4">
              <Thumbnail item={item} locale={locale} />
              <div className="min-w-0 space-y-1 text-sm">
                <p className="font-semibold break-words">
                  <a href={mediaUrl(item.storageKey)} className="text-brand-700 underline hover:no-underline dark:text-brand-100">
                    {item.originalName ?? item.storageKey}
                  </a>
                </p>
                <p className="text-slate-600 dark:text-slate-400">
                  {item.kind === 'image' ? t('library.image') : t('library.document')}, {fileSize(item.byteSize, locale)}
                  {item.width && item.height ? `, ${t('library.dimensions', { width: item.width, height: item.height })}` : ''}
                </p>
                <p className="text-slate-600 dark:text-slate-400">{t('library.uploaded', { date: formatStoredDate(item.createdAt, 'day', locale) ?? '' })}</p>
                <Readiness item={item} locale={locale} />
              </div>
            </div>
            <details className="mt-4 group">
              <summary className="cursor-pointer rounded text-sm font-semibold text-brand-700 focus-visible:outline-2 focus-visible:outline-brand-700 dark:text-brand-100">
                {text.heading}
              </summary>
              <div className="mt-3">
                <MediaDetailsForm
                  mediaId={item.id}
                  fileName={item.originalName ?? item.storageKey}
                  isImage={item.kind === 'image'}
                  initial={initialValues(item)}
                  labels={labels}
                  text={text}
                  currentVersionHref={`/${locale}/admin/audit?entity=media&record=${item.id}`}
                  update={actions.update.bind(null, item.id)}
                  trash={actions.trash.bind(null, item.id)}
                />
              </div>
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Thumbnail({ item, locale }: { item: AdminMediaItem; locale: AppLocale }) {
  if (item.kind !== 'image' || !item.width) {
    return (
      <div
        aria-hidden="true"
        className="flex size-24 shrink-0 items-center justify-center rounded-lg bg-slate-100 text-sm font-bold text-slate-700 dark:bg-slate-800 dark:text-slate-200"
      >
        PDF
      </div>
    );
  }
  const alt = item.translations.find((tr) => tr.locale === locale)?.alt ?? '';
  return (
    // eslint-disable-next-line @next/next/no-img-element -- our own stored uploads, already resized at upload
    <img
      src={mediaUrl(item.storageKey, imageWidthsFor(item.width)[0])}
      alt={alt}
      width={96}
      height={96}
      loading="lazy"
      className="size-24 shrink-0 rounded-lg bg-slate-100 object-cover dark:bg-slate-800"
    />
  );
}

async function Readiness({ item, locale }: { item: AdminMediaItem; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: 'AdminMedia' });
  if (item.kind !== 'image') return <p className="text-slate-600 dark:text-slate-400">{t('status.document')}</p>;
  const missing = missingForPublication(item);
  if (missing.length === 0) {
    return (
      <p>
        <span className="inline-block rounded-full bg-emerald-100 px-2.5 py-0.5 text-xs font-semibold text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100">
          {t('status.ready')}
        </span>
      </p>
    );
  }
  const names = missing.map((m) => t(`missing.${m}`));
  return (
    <p className="font-medium text-amber-900 dark:text-amber-200">
      {t('status.missing', { items: new Intl.ListFormat(locale, { type: 'conjunction' }).format(names) })}
    </p>
  );
}

const initialValues = (item: AdminMediaItem): Record<string, string> => ({
  ...Object.fromEntries(item.translations.map((tr) => [`alt.${tr.locale}`, tr.alt])),
  creditText: item.creditText ?? '',
  creditUrl: item.creditUrl ?? '',
  version: String(item.version),
});

const fileSize = (bytes: number, locale: string) =>
  bytes >= 1_000_000
    ? new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1_000_000)
    : new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1000));
