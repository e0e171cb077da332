'use client';

import { useTranslations } from 'next-intl';
import { FormStatus, SubmitButton, useAdminForm } from './use-admin-form';
import type { FormAction } from '@/lib/forms/action-result';
import { SelectField, TextField, TranslationFields, type Option } from './form-fields';
import { PROJECT_THEMES } from '@/lib/schemas/cooperation';

const LOCALES = ['ru', 'kk', 'en'] as const;
const TEXTS = ['name', 'regionName', 'pressOfficeName', 'pressAddress'] as const;
const FACTS = ['latitude', 'longitude', 'pressEmail', 'pressPhone', 'websiteUrl', 'dataLicense'] as const;
const TYPES: Partial<Record<(typeof FACTS)[number], string>> = { pressEmail: 'email', websiteUrl: 'url' };

export function HomeCityForm({ action, initial, countries }: { action: FormAction; initial: Record<string, string>; countries: Option[] }) {
  const t = useTranslations('AdminSettings');
  const themes = useTranslations('Themes');
  const form = useAdminForm(action, initial);
  const labels: Record<string, string> = {
    kind: t('fields.kind'),
    countryCode: t('fields.countryCode'),
    soughtThemes: t('fields.soughtThemes'),
    submissionRetentionDays: t('fields.submissionRetentionDays'),
  };
  for (const f of FACTS) labels[f] = t(`fields.${f}`);
  for (const l of LOCALES) for (const f of TEXTS) labels[`translations.${l}.${f}`] = `${t(`fields.${f}`)} (${t(`locales.${l}`)})`;
  const label = (name: string) => labels[name] ?? name;
  return (
    <form action={form.submit} className="space-y-8" noValidate>
      <FormStatus state={form.state} labels={labels} />
      <input type="hidden" name="version" value={form.version} />
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t('sections.texts')}</legend>
        <TranslationFields form={form} fields={TEXTS} labelOf={label} />
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <legend className="mb-2 text-lg font-semibold">{t('sections.facts')}</legend>
        <SelectField
          form={form}
          name="kind"
          label={label('kind')}
          options={[
            { value: 'city', label: t('kinds.city') },
            { value: 'region', label: t('kinds.region') },
          ]}
        />
        <SelectField form={form} name="countryCode" label={label('countryCode')} options={countries} />
        {FACTS.map((f) => (
          <TextField key={f} form={form} name={f} label={label(f)} type={TYPES[f]} hint={f === 'dataLicense' ? t('licenseHint') : undefined} />
        ))}
        {(['showEditorNames', 'twoPersonReview'] as const).map((name) => (
          <div key={name} className="flex items-center gap-2 sm:col-span-2 lg:col-span-3">
            <input id={`field-${name}`} name={name} type="checkbox" defaultChecked={form.value(name) === 'on'} key={form.key(name)} className="size-5" />
            <label htmlFor={`field-${name}`} className="text-sm font-medium">
              {t(`fields.${name}`)}
            </label>
          </div>
        ))}
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="mb-2 text-lg font-semibold">{t('sections.openCall')}</legend>
        <fieldset id="field-soughtThemes">
          <legend className="text-sm font-medium">{label('soughtThemes')}</legend>
          {form.errors.soughtThemes && <p className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">{form.errors.soughtThemes}</p>}
          <ul className="mt-2 grid gap-2 sm:grid-cols-2 lg:grid-cols-5">
            {PROJECT_THEMES.map((theme) => (
              <li key={theme} className="flex items-center gap-2">
                <input
                  id={`field-soughtThemes-${theme}`}
                  name={`soughtThemes.${theme}`}
                  type="checkbox"
                  defaultChecked={form.value(`soughtThemes.${theme}`) === 'on'}
                  key={form.key(`soughtThemes.${theme}`)}
                  className="size-4 accent-brand-700"
                />
                <label htmlFor={`field-soughtThemes-${theme}`} className="text-sm">
                  {themes(theme)}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <div className="max-w-xs">
          <TextField form={form} name="submissionRetentionDays" label={label('submissionRetentionDays')} inputMode="numeric" hint={t('retentionHint')} />
        </div>
      </fieldset>
      <SubmitButton pending={form.pending} />
    </form>
  );
}
