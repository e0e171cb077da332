'use client';

import { useTranslations } from 'next-intl';
import { useAdminForm } from './use-admin-form';
import { RecordForm, TextsSection } from './record-form';
import type { FormAction } from '@/lib/forms/action-result';
import { SelectField, SlugField, TextField, type Option } from './form-fields';
import type { EventFormOptions } from './event-form-options';
import { CheckboxGroup } from './checkbox-group';
import { PhotoPicker, photoLabels } from './photo-picker';

const LOCALES = ['ru', 'kk', 'en'] as const;
const TEXTS = ['title', 'location', 'body'] as const;

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
  publicSlug,
}: {
  action: FormAction;
  initial: Record<string, string>;
  options: EventFormOptions;
  /** Where the other editor's saved version can be seen, after a conflict. */
  currentVersionHref?: string;
  /** The saved slug while visitors see the event: changing it keeps the old address redirecting. */
  publicSlug?: string;
}) {
  const t = useTranslations('AdminEvents');
  const bag = useAdminForm(action, initial);
  const photoText = useTranslations('AdminForm.photos');

  const labels: Record<string, string> = {};
  for (const l of LOCALES) for (const f of TEXTS) labels[`translations.${l}.${f}`] = `${t(`fields.${f}`)} (${t(`locales.${l}`)})`;
  for (const f of ['slug', 'start', 'end', 'category', 'format', 'projectId', 'partners', 'sources', 'photos', 'publicationStatus', 'publishAt'] as const)
    labels[f] = t(`fields.${f}`);
  Object.assign(labels, photoLabels(options.images, t('fields.photos'), photoText('order')));

  const label = (name: string) => labels[name] ?? name;
  const text = (name: string, hint?: string) => <TextField form={bag} name={name} label={label(name)} hint={hint} />;
  const select = (name: string, choices: Option[], placeholder?: string) => (
    <SelectField form={bag} name={name} label={label(name)} options={choices} placeholder={placeholder} />
  );
  return (
    <RecordForm form={bag} labels={labels} publicationLegend={t('sections.publication')} currentVersionHref={currentVersionHref}>
      <TextsSection form={bag} legend={t('sections.texts')} hint={t('textsHint')} fields={TEXTS} labelOf={label} rows={{ body: 8 }} />

      <fieldset className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <legend className="mb-2 text-lg font-semibold">{t('sections.facts')}</legend>
        <SlugField form={bag} label={label('slug')} hint={t('slugHint')} section="events" publicSlug={publicSlug} />
        {text('start', t('dateHint'))}
        {text('end', t('endHint'))}
        {select('category', options.categories, '')}
        {select('format', options.formats, t('formatNotSpecified'))}
        {select('projectId', options.projects, t('noProject'))}
      </fieldset>

      <CheckboxGroup form={bag} group="partners" legend={t('sections.partners')} choices={options.partners} hint={t('partnersHint')} />
      <CheckboxGroup form={bag} group="sources" legend={t('sections.sources')} choices={options.sources} empty={t('noSources')} />

      <PhotoPicker form={bag} legend={t('sections.photos')} images={options.images} />
    </RecordForm>
  );
}
