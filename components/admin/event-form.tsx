'use client';

import { useTranslations } from 'next-intl';
import { useAdminForm } from './use-admin-form';
import { RecordForm, TextsSection } from './record-form';
import type { FormAction } from '@/lib/forms/action-result';
import { SelectField, TextField, type Option } from './form-fields';
import type { EventFormOptions } from './event-form-options';

const LOCALES = ['ru', 'kk', 'en'] as const;
const TEXTS = ['title', 'location', 'body'] as const;
// What a photo lacks (lib/media/publishable.ts) → its label under AdminEvents.needs.
const NEEDS = { 'alt.ru': 'altRu', 'alt.kk': 'altKk', 'alt.en': 'altEn', credit: 'credit' } as const;

const fieldsetClass = 'space-y-3 rounded-xl border border-slate-200 p-4 dark:border-slate-800';
const legendClass = 'px-1 text-lg font-semibold';
const errorClass = 'text-sm font-medium text-red-700 dark:text-red-400';

/**
 * The event form: texts in three languages side by side, dates as written in the source, partners,
 * sources and photos as ticked boxes (each named `partners.<id>` so a failed submit can tick them
 * again), and the publication state.
 */
export function EventForm({
  action,
  initial,
  options,
  currentVersionHref,
}: {
  action: FormAction;
  initial: Record<string, string>;
  options: EventFormOptions;
  /** Where the other editor's saved version can be seen, after a conflict. */
  currentVersionHref?: string;
}) {
  const t = useTranslations('AdminEvents');
  const bag = useAdminForm(action, initial);
  const { errors, value, key } = bag;

  const labels: Record<string, string> = {};
  for (const l of LOCALES) for (const f of TEXTS) labels[`translations.${l}.${f}`] = `${t(`fields.${f}`)} (${t(`locales.${l}`)})`;
  for (const f of ['slug', 'start', 'end', 'category', 'format', 'partners', 'sources', 'photos', 'publicationStatus', 'publishAt'] as const)
    labels[f] = t(`fields.${f}`);
  for (const image of options.images) {
    labels[`photos.${image.id}`] = `${t('fields.photos')}: ${image.name}`;
    labels[`photoOrder.${image.id}`] = `${t('photoOrder')} (${image.name})`;
  }

  const label = (name: string) => labels[name] ?? name;
  const text = (name: string, hint?: string) => <TextField form={bag} name={name} label={label(name)} hint={hint} />;
  const select = (name: string, choices: Option[], placeholder?: string) => (
    <SelectField form={bag} name={name} label={label(name)} options={choices} placeholder={placeholder} />
  );
  /** One ticked box per chosen row, in a group whose error (e.g. "tick at least one") sits under its legend. */
  const checkboxGroup = (group: 'partners' | 'sources', choices: Option[], hint?: string, empty?: string) => (
    <fieldset id={`field-${group}`} className={fieldsetClass} aria-describedby={errors[group] ? `field-${group}-error` : undefined}>
      <legend className={legendClass}>{t(`sections.${group}`)}</legend>
      {hint && <p className="text-sm text-slate-600 dark:text-slate-400">{hint}</p>}
      {errors[group] && (
        <p id={`field-${group}-error`} className={errorClass}>
          {errors[group]}
        </p>
      )}
      {choices.length === 0 && empty && <p className="text-sm">{empty}</p>}
      <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {choices.map((o) => (
          <li key={o.value} className="flex items-start gap-2">
            <input
              type="checkbox"
              id={`field-${group}-${o.value}`}
              name={`${group}.${o.value}`}
              defaultChecked={value(`${group}.${o.value}`) !== ''}
              key={key(`${group}.${o.value}`)}
              className="mt-1 size-4 accent-brand-700"
            />
            <label htmlFor={`field-${group}-${o.value}`} className="text-sm">
              {o.label}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );

  return (
    <RecordForm form={bag} labels={labels} publicationLegend={t('sections.publication')} currentVersionHref={currentVersionHref}>
      <TextsSection form={bag} legend={t('sections.texts')} hint={t('textsHint')} fields={TEXTS} labelOf={label} rows={{ body: 8 }} />

      <fieldset className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <legend className="mb-2 text-lg font-semibold">{t('sections.facts')}</legend>
        {text('slug', t('slugHint'))}
        {text('start', t('dateHint'))}
        {text('end', t('endHint'))}
        {select('category', options.categories, '')}
        {select('format', options.formats, t('formatNotSpecified'))}
      </fieldset>

      {checkboxGroup('partners', options.partners, t('partnersHint'))}
      {checkboxGroup('sources', options.sources, undefined, t('noSources'))}

      <fieldset id="field-photos" className={fieldsetClass} aria-describedby={errors.photos ? 'field-photos-error' : undefined}>
        <legend className={legendClass}>{t('sections.photos')}</legend>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t('photosHint')}</p>
        {errors.photos && (
          <p id="field-photos-error" className={errorClass}>
            {errors.photos}
          </p>
        )}
        {options.images.length === 0 && <p className="text-sm">{t('noPhotos')}</p>}
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {options.images.map((image) => {
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
                    defaultChecked={value(box) !== ''}
                    key={key(box)}
                    aria-invalid={Boolean(errors[box])}
                    aria-describedby={[status, errors[box] && `${boxId}-error`].filter(Boolean).join(' ')}
                    className="mt-1 size-4 accent-brand-700"
                  />
                  <label htmlFor={boxId} className="text-sm">
                    <span className="font-medium break-all">{image.name}</span>
                    {image.alt && <span className="block text-slate-600 dark:text-slate-400">{image.alt}</span>}
                  </label>
                </div>
                <p
                  id={status}
                  className={image.missing.length ? 'text-xs text-amber-800 dark:text-amber-200' : 'text-xs text-emerald-800 dark:text-emerald-200'}
                >
                  {image.missing.length ? t('photoNeeds', { items: image.missing.map((m) => t(`needs.${NEEDS[m]}`)).join(', ') }) : t('photoReady')}
                </p>
                {errors[box] && (
                  <p id={`${boxId}-error`} className={errorClass}>
                    {errors[box]}
                  </p>
                )}
                <div className="flex items-center gap-2">
                  <label htmlFor={orderId} className="text-sm">
                    {t('photoOrder')}
                  </label>
                  <input
                    id={orderId}
                    name={order}
                    inputMode="numeric"
                    defaultValue={value(order)}
                    key={key(order)}
                    aria-invalid={Boolean(errors[order])}
                    aria-describedby={errors[order] ? `${orderId}-error` : undefined}
                    className="w-20 rounded-md border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
                  />
                </div>
                {errors[order] && (
                  <p id={`${orderId}-error`} className={errorClass}>
                    {errors[order]}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      </fieldset>
    </RecordForm>
  );
}
