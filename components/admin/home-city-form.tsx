'use client';

import { useTranslations } from 'next-intl';
import { Field } from './form-controls';
import { FormStatus, SubmitButton, useAdminForm, type AdminFormAction } from './use-admin-form';

const LOCALES = ['ru', 'kk', 'en'] as const;
const TEXTS = ['name', 'regionName', 'pressOfficeName', 'pressAddress'] as const;
const FACTS = ['latitude', 'longitude', 'pressEmail', 'pressPhone', 'websiteUrl', 'dataLicense'] as const;

export function HomeCityForm({ action, initial, countries }: { action: AdminFormAction; initial: Record<string, string>; countries: { value: string; label: string }[] }) {
  const t = useTranslations('AdminSettings');
  const { state, submit, pending, errors, value, key, version } = useAdminForm(action, initial);
  const labels: Record<string, string> = { countryCode: t('fields.countryCode') };
  for (const f of FACTS) labels[f] = t(`fields.${f}`);
  for (const l of LOCALES) for (const f of TEXTS) labels[`translations.${l}.${f}`] = `${t(`fields.${f}`)} (${t(`locales.${l}`)})`;
  return (
    <form action={submit} className="space-y-8" noValidate>
      <FormStatus state={state} labels={labels} />
      <input type="hidden" name="version" value={version} />
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t('sections.texts')}</legend>
        {TEXTS.map((f) => (
          <div key={f} className="grid gap-4 lg:grid-cols-3">
            {LOCALES.map((l) => {
              const name = `translations.${l}.${f}`;
              return (
                <Field key={l} name={name} label={labels[name] ?? name} error={errors[name]}>
                  {(props) => <input {...props} lang={l} defaultValue={value(name)} key={key(name)} />}
                </Field>
              );
            })}
          </div>
        ))}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <legend className="mb-2 text-lg font-semibold">{t('sections.facts')}</legend>
        <Field name="countryCode" label={labels.countryCode ?? ''} error={errors.countryCode}>
          {(props) => (
            <select {...props} defaultValue={value('countryCode')} key={key('countryCode')}>
              {countries.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
            </select>
          )}
        </Field>
        {FACTS.map((f) => (
          <Field key={f} name={f} label={labels[f] ?? f} error={errors[f]} hint={f === 'dataLicense' ? t('licenseHint') : undefined}>
            {(props) => <input {...props} type={f === 'pressEmail' ? 'email' : f === 'websiteUrl' ? 'url' : 'text'} defaultValue={value(f)} key={key(f)} />}
          </Field>
        ))}
        <div className="flex items-center gap-2 sm:col-span-2 lg:col-span-3">
          <input id="field-showEditorNames" name="showEditorNames" type="checkbox" defaultChecked={value('showEditorNames') === 'on'} key={key('showEditorNames')} className="size-5" />
          <label htmlFor="field-showEditorNames" className="text-sm font-medium">{t('fields.showEditorNames')}</label>
        </div>
      </fieldset>
      <SubmitButton pending={pending} />
    </form>
  );
}
