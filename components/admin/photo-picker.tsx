'use client';

import { useTranslations } from 'next-intl';
import type { FormBag } from './form-fields';
import { errorClass, fieldsetClass, legendClass } from './checkbox-group';

// What a photo lacks (lib/media/publishable.ts) → its label under AdminForm.photos.need.
const NEEDS = { 'alt.ru': 'altRu', 'alt.kk': 'altKk', 'alt.en': 'altEn', credit: 'credit' } as const;

/** An image of the media library as a photo picker offers it (components/admin/photo-options.ts). */
export type PhotoOption = { id: string; name: string; alt: string | null; src: string; missing: readonly (keyof typeof NEEDS)[] };

/** The labels of the picker's fields, for the form's error summary. */
export function photoLabels(images: readonly PhotoOption[], photos: string, order: string): Record<string, string> {
  return Object.fromEntries(
    images.flatMap((image) => [
      [`photos.${image.id}`, `${photos}: ${image.name}`],
      [`photoOrder.${image.id}`, `${order} (${image.name})`],
    ]),
  );
}

/**
 * The photos of a record, picked from the media library as ticked boxes (`photos.<id>`) with an
 * optional number giving their order (`photoOrder.<id>`); each says what it still lacks before the
 * record can be published with it.
 */
export function PhotoPicker({ form, legend, images }: { form: FormBag; legend: string; images: readonly PhotoOption[] }) {
  const t = useTranslations('AdminForm.photos');
  return (
    <fieldset id="field-photos" className={fieldsetClass} aria-describedby={form.errors.photos ? 'field-photos-error' : undefined}>
      <legend className={legendClass}>{legend}</legend>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t('hint')}</p>
      {form.errors.photos && (
        <p id="field-photos-error" className={errorClass}>
          {form.errors.photos}
        </p>
      )}
      {images.length === 0 && <p className="text-sm">{t('none')}</p>}
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {images.map((image) => {
          const [box, order] = [`photos.${image.id}`, `photoOrder.${image.id}`];
          const [boxId, orderId] = [`field-photos-${image.id}`, `field-photoOrder-${image.id}`];
          const status = `${boxId}-status`;
          return (
            <li key={image.id} className="space-y-2 rounded-lg border border-slate-200 p-3 dark:border-slate-800">
              {/* eslint-disable-next-line @next/next/no-img-element -- stored uploads, no image optimizer route for them */}
              <img src={image.src} alt="" loading="lazy" className="aspect-[4/3] w-full rounded bg-slate-100 object-cover dark:bg-slate-900" />
              <div className="flex items-start gap-2">
                <input
                  type="checkbox"
                  id={boxId}
                  name={box}
                  defaultChecked={form.value(box) !== ''}
                  key={form.key(box)}
                  aria-invalid={Boolean(form.errors[box])}
                  aria-describedby={[status, form.errors[box] && `${boxId}-error`].filter(Boolean).join(' ')}
                  className="mt-1 size-4 accent-brand-700"
                />
                <label htmlFor={boxId} className="text-sm">
                  <span className="font-medium break-all">{image.name}</span>
                  {image.alt && <span className="block text-slate-600 dark:text-slate-400">{image.alt}</span>}
                </label>
              </div>
              <p id={status} className={image.missing.length ? 'text-xs text-amber-800 dark:text-amber-200' : 'text-xs text-emerald-800 dark:text-emerald-200'}>
                {image.missing.length ? t('needs', { items: image.missing.map((m) => t(`need.${NEEDS[m]}`)).join(', ') }) : t('ready')}
              </p>
              {form.errors[box] && (
                <p id={`${boxId}-error`} className={errorClass}>
                  {form.errors[box]}
                </p>
              )}
              <div className="flex items-center gap-2">
                <label htmlFor={orderId} className="text-sm">
                  {t('order')}
                </label>
                <input
                  id={orderId}
                  name={order}
                  inputMode="numeric"
                  defaultValue={form.value(order)}
                  key={form.key(order)}
                  aria-invalid={Boolean(form.errors[order])}
                  aria-describedby={form.errors[order] ? `${orderId}-error` : undefined}
                  className="w-20 rounded-md border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
                />
              </div>
              {form.errors[order] && (
                <p id={`${orderId}-error`} className={errorClass}>
                  {form.errors[order]}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
