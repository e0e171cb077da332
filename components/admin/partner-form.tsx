'use client';

import { useTranslations } from 'next-intl';
import { useAdminForm } from './use-admin-form';
import { RecordForm, TextsSection } from './record-form';
import type { FormAction } from '@/lib/forms/action-result';
import { SelectField, SlugField, TextField, type Option } from './form-fields';

const LOCALES = ['ru', 'kk', 'en'] as const;
const TEXTS = ['name', 'regionName', 'about'] as const;
const FACTS = [
  'slug',
  'kind',
  'status',
  'countryCode',
  'latitude',
  'longitude',
  'foundedYear',
  'population',
  'populationYear',
  'areaKm2',
  'areaYear',
  'timeZone',
  'websiteUrl',
  'publicationStatus',
  'publishAt',
] as const;

export function PartnerForm({
  action,
  initial,
  countries,
  timeZones,
  currentVersionHref,
  publicSlug,
}: {
  action: FormAction;
  initial: Record<string, string>;
  countries: Option[];
  timeZones: string[];
  /** Where the other editor's saved version can be seen, after a conflict. */
  currentVersionHref?: string;
  /** The saved slug while visitors see the partner: changing it keeps the old address redirecting. */
  publicSlug?: string;
}) {
  const t = useTranslations('AdminPartners');
  const form = useAdminForm(action, initial);
  const labels: Record<string, string> = {};
  for (const l of LOCALES) for (const f of TEXTS) labels[`translations.${l}.${f}`] = `${t(`fields.${f}`)} (${t(`locales.${l}`)})`;
  for (const f of FACTS) labels[f] = t(`fields.${f}`);
  const label = (name: string) => labels[name] ?? name;
  const number = (name: string, inputMode: 'numeric' | 'decimal', hint?: string) => (
    <TextField form={form} name={name} label={label(name)} inputMode={inputMode} hint={hint} />
  );

  return (
    <RecordForm form={form} labels={labels} publicationLegend={t('sections.publication')} currentVersionHref={currentVersionHref}>
      <TextsSection form={form} legend={t('sections.texts')} hint={t('textsHint')} fields={TEXTS} labelOf={label} rows={{ about: 6 }} />

      <fieldset className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <legend className="mb-2 text-lg font-semibold">{t('sections.facts')}</legend>
        <SlugField form={form} label={label('slug')} hint={t('slugHint')} section="partners" publicSlug={publicSlug} />
        <SelectField
          form={form}
          name="kind"
          label={label('kind')}
          options={[
            { value: 'city', label: t('kind.city') },
            { value: 'region', label: t('kind.region') },
          ]}
        />
        <SelectField
          form={form}
          name="status"
          label={label('status')}
          options={(['active', 'suspended', 'ended'] as const).map((s) => ({ value: s, label: t(`status.${s}`) }))}
        />
        <SelectField form={form} name="countryCode" label={label('countryCode')} options={countries} placeholder="" />
        {number('latitude', 'decimal', t('coordinatesHint'))}
        {number('longitude', 'decimal')}
        {number('foundedYear', 'numeric', t('foundedHint'))}
        {number('population', 'numeric')}
        {number('populationYear', 'numeric')}
        {number('areaKm2', 'decimal')}
        {number('areaYear', 'numeric')}
        <SelectField form={form} name="timeZone" label={label('timeZone')} options={timeZones.map((z) => ({ value: z, label: z }))} placeholder="" />
        <TextField form={form} name="websiteUrl" label={label('websiteUrl')} type="url" />
      </fieldset>
    </RecordForm>
  );
}
