'use client';

import { useTranslations } from 'next-intl';
import { FormStatus, SubmitButton, useAdminForm } from './use-admin-form';
import type { FormAction } from '@/lib/forms/action-result';
import { SelectField, TextField, TranslationFields, type Option } from './form-fields';

const LOCALES = ['ru', 'kk', 'en'] as const;
const TEXTS = ['name', 'regionName', 'pressOfficeName', 'pressAddress'] as const;
const FACTS = ['latitude', 'longitude', 'pressEmail', 'pressPhone', 'websiteUrl', 'dataLicense'] as const;
const TYPES: Partial<Record<(typeof FACTS)[number], string>> = { pressEmail: 'email', websiteUrl: 'url' };

export function HomeCityForm({ action, initial, countries }: { action: FormAction; initial: Record<string, string>; countries: Option[] }) {
  const t = useTranslations('AdminSettings');
  const form = useAdminForm(action, initial);
  const labels: Record<string, string> = { kind: t('fields.kind'), countryCode: t('fields.countryCode') };
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
        <div className="flex items-center gap-2 sm:col-span-2 lg:col-span-3">
          <input
            id="field-showEditorNames"
            name="showEditorNames"
            type="checkbox"
            defaultChecked={form.value('showEditorNames') === 'on'}
            key={form.key('showEditorNames')}
            className="size-5"
          />
          <label htmlFor="field-showEditorNames" className="text-sm font-medium">
            {t('fields.showEditorNames')}
          </label>
        </div>
      </fieldset>
      <SubmitButton pending={form.pending} />
    </form>
  );
}
