'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Field } from './form-controls';
import { FormStatus, SubmitButton, useAdminForm, type AdminFormAction } from './use-admin-form';

type Option = { value: string; label: string };
const LOCALES = ['ru', 'kk', 'en'] as const;
const TEXTS = ['name', 'regionName', 'about'] as const;

/** "2026-12-01T09:00" typed in the editor's browser, as an instant (ISO with offset) for the server. */
const localToIso = (local: string) => (local ? new Date(local).toISOString() : '');
const isoToLocal = (iso: string) => {
  if (!iso) return '';
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

export function PartnerForm({ action, initial, countries, timeZones, currentVersionHref }: {
  action: AdminFormAction;
  initial: Record<string, string>;
  countries: Option[];
  timeZones: string[];
  /** Where the other editor's saved version can be seen, after a conflict. */
  currentVersionHref?: string;
}) {
  const t = useTranslations('AdminPartners');
  const form = useTranslations('AdminForm');
  const { state, submit, pending, errors, value, key, version } = useAdminForm(action, initial);
  const [publishAt, setPublishAt] = useState(value('publishAt'));
  const labels: Record<string, string> = {};
  for (const l of LOCALES) for (const f of TEXTS) labels[`translations.${l}.${f}`] = `${t(`fields.${f}`)} (${t(`locales.${l}`)})`;
  for (const f of ['slug', 'kind', 'status', 'countryCode', 'latitude', 'longitude', 'foundedYear', 'population', 'populationYear', 'areaKm2', 'areaYear', 'timeZone', 'websiteUrl', 'publicationStatus', 'publishAt'] as const) labels[f] = t(`fields.${f}`);

  const text = (name: string, extra?: { type?: string; inputMode?: 'numeric' | 'decimal'; hint?: string }) => (
    <Field name={name} label={labels[name] ?? name} error={errors[name]} hint={extra?.hint}>
      {(props) => <input {...props} type={extra?.type ?? 'text'} inputMode={extra?.inputMode} defaultValue={value(name)} key={key(name)} />}
    </Field>
  );
  const select = (name: string, options: Option[], placeholder?: string) => (
    <Field name={name} label={labels[name] ?? name} error={errors[name]}>
      {(props) => (
        <select {...props} defaultValue={value(name)} key={key(name)}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      )}
    </Field>
  );

  return (
    <form action={submit} className="space-y-8" noValidate>
      <FormStatus state={state} labels={labels} currentVersionHref={currentVersionHref} />
      <input type="hidden" name="version" value={version} />

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t('sections.texts')}</legend>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t('textsHint')}</p>
        {TEXTS.map((f) => (
          <div key={f} className="grid gap-4 lg:grid-cols-3">
            {LOCALES.map((l) => (
              <Field key={l} name={`translations.${l}.${f}`} label={labels[`translations.${l}.${f}`] ?? f} error={errors[`translations.${l}.${f}`]}>
                {(props) =>
                  f === 'about' ? (
                    <textarea {...props} rows={6} lang={l} defaultValue={value(`translations.${l}.${f}`)} key={key(`${l}.${f}`)} />
                  ) : (
                    <input {...props} lang={l} defaultValue={value(`translations.${l}.${f}`)} key={key(`${l}.${f}`)} />
                  )
                }
              </Field>
            ))}
          </div>
        ))}
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <legend className="mb-2 text-lg font-semibold">{t('sections.facts')}</legend>
        {text('slug', { hint: t('slugHint') })}
        {select('kind', [{ value: 'city', label: t('kind.city') }, { value: 'region', label: t('kind.region') }])}
        {select('status', ['active', 'suspended', 'ended'].map((s) => ({ value: s, label: t(`status.${s}`) })))}
        {select('countryCode', countries.map((c) => ({ value: c.value, label: c.label })), '')}
        {text('latitude', { inputMode: 'decimal', hint: t('coordinatesHint') })}
        {text('longitude', { inputMode: 'decimal' })}
        {text('foundedYear', { inputMode: 'numeric', hint: t('foundedHint') })}
        {text('population', { inputMode: 'numeric' })}
        {text('populationYear', { inputMode: 'numeric' })}
        {text('areaKm2', { inputMode: 'decimal' })}
        {text('areaYear', { inputMode: 'numeric' })}
        {select('timeZone', timeZones.map((z) => ({ value: z, label: z })), '')}
        {text('websiteUrl', { type: 'url' })}
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{t('sections.publication')}</legend>
        {select('publicationStatus', ['draft', 'scheduled', 'published'].map((s) => ({ value: s, label: form(`publication.${s}`) })))}
        <Field name="publishAt" label={labels.publishAt ?? ''} error={errors.publishAt} hint={form('publishAtHint')}>
          {/* The browser's local time, sent as an instant in the hidden field below. */}
          {(props) => <input {...props} name="publishAtLocal" type="datetime-local" defaultValue={isoToLocal(publishAt)} onChange={(e) => setPublishAt(localToIso(e.target.value))} />}
        </Field>
        <input type="hidden" name="publishAt" value={publishAt} />
      </fieldset>

      <SubmitButton pending={pending} />
    </form>
  );
}
