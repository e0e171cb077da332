'use client';

import { useTranslations } from 'next-intl';
import { useAdminForm } from './use-admin-form';
import { RecordForm, TextsSection } from './record-form';
import type { FormAction } from '@/lib/forms/action-result';
import { SelectField, SlugField, TextField } from './form-fields';
import { CheckboxGroup } from './checkbox-group';
import { PhotoPicker, photoLabels } from './photo-picker';
import { RowFrame, RowList, rowNumbersIn } from './row-list';
import type { ProjectFormOptions } from './project-form-options';

const LOCALES = ['ru', 'kk', 'en'] as const;
const TEXTS = ['title', 'summary', 'outcomes'] as const;
const FACTS = ['slug', 'status', 'start', 'end', 'themes', 'partners', 'agreements', 'sources', 'photos', 'publicationStatus', 'publishAt'] as const;

/**
 * The project form: texts in three languages side by side, the facts, themes, partners, agreements,
 * sources and photos as ticked boxes, and the status history and participating organizations as
 * rows the editor adds and removes (each organization with its name and city in three languages).
 */
export function ProjectForm({
  action,
  initial,
  options,
  currentVersionHref,
  publicSlug,
}: {
  action: FormAction;
  initial: Record<string, string>;
  options: ProjectFormOptions;
  /** Where the other editor's saved version can be seen, after a conflict. */
  currentVersionHref?: string;
  /** The saved slug while visitors see the project: changing it keeps the old address redirecting. */
  publicSlug?: string;
}) {
  const t = useTranslations('AdminProjects');
  const photoText = useTranslations('AdminForm.photos');
  const bag = useAdminForm(action, initial);
  const { state } = bag;
  // After a failed submit the editor's own rows come back, never the stored ones.
  const values = state.status === 'error' ? state.values : initial;
  const rowsKey = state.status === 'error' ? 'error' : `${state.status}-${initial.version ?? 'new'}`;

  const labels: Record<string, string> = {};
  for (const l of LOCALES) for (const f of TEXTS) labels[`translations.${l}.${f}`] = `${t(`fields.${f}`)} (${t(`locales.${l}`)})`;
  for (const f of FACTS) labels[f] = t(`fields.${f}`);
  Object.assign(labels, photoLabels(options.images, t('fields.photos'), photoText('order')));
  rowNumbersIn(values, 'history').forEach((row, i) => {
    for (const f of ['status', 'date', 'note'] as const) labels[`history.${row}.${f}`] = `${t('history.row', { number: i + 1 })}: ${t(`history.${f}`)}`;
  });
  rowNumbersIn(values, 'organizations').forEach((row, i) => {
    const prefix = `${t('organizations.row', { number: i + 1 })}: `;
    for (const f of ['kind', 'countryCode'] as const) labels[`organizations.${row}.${f}`] = prefix + t(`organizations.${f}`);
    for (const l of LOCALES)
      for (const f of ['name', 'city'] as const) labels[`organizations.${row}.${l}.${f}`] = `${prefix}${t(`organizations.${f}`)} (${t(`locales.${l}`)})`;
  });
  const label = (name: string) => labels[name] ?? name;

  return (
    <RecordForm form={bag} labels={labels} publicationLegend={t('sections.publication')} currentVersionHref={currentVersionHref}>
      <TextsSection form={bag} legend={t('sections.texts')} hint={t('textsHint')} fields={TEXTS} labelOf={label} rows={{ summary: 4, outcomes: 6 }} />

      <fieldset className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <legend className="mb-2 text-lg font-semibold">{t('sections.facts')}</legend>
        <SlugField form={bag} label={label('slug')} hint={t('slugHint')} section="projects" publicSlug={publicSlug} />
        <SelectField form={bag} name="status" label={label('status')} options={options.statuses} placeholder={t('notSpecified')} />
        <TextField form={bag} name="start" label={label('start')} hint={t('dateHint')} />
        <TextField form={bag} name="end" label={label('end')} hint={t('dateHint')} />
      </fieldset>

      <CheckboxGroup form={bag} group="themes" legend={t('sections.themes')} choices={options.themes} />
      <CheckboxGroup form={bag} group="partners" legend={t('sections.partners')} choices={options.partners} hint={t('partnersHint')} />
      <CheckboxGroup
        form={bag}
        group="agreements"
        legend={t('sections.agreements')}
        choices={options.agreements}
        hint={t('agreementsHint')}
        empty={t('noAgreements')}
      />

      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{t('sections.history')}</legend>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t('historyHint')}</p>
        <RowList key={`history-${rowsKey}`} initialRows={rowNumbersIn(values, 'history')} addLabel={t('history.add')}>
          {(row, position, remove) => (
            <RowFrame key={row} legend={t('history.row', { number: position + 1 })} remove={remove} removeLabel={t('history.remove', { number: position + 1 })}>
              <SelectField form={bag} name={`history.${row}.status`} label={t('history.status')} options={options.statuses} placeholder={t('choose')} />
              <TextField form={bag} name={`history.${row}.date`} label={t('history.date')} hint={t('dateHint')} />
              <TextField form={bag} name={`history.${row}.note`} label={t('history.note')} />
            </RowFrame>
          )}
        </RowList>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{t('sections.organizations')}</legend>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t('organizationsHint')}</p>
        <RowList key={`organizations-${rowsKey}`} initialRows={rowNumbersIn(values, 'organizations')} addLabel={t('organizations.add')}>
          {(row, position, remove) => (
            <RowFrame
              key={row}
              legend={t('organizations.row', { number: position + 1 })}
              remove={remove}
              removeLabel={t('organizations.remove', { number: position + 1 })}
            >
              <SelectField
                form={bag}
                name={`organizations.${row}.kind`}
                label={t('organizations.kind')}
                options={options.organizationKinds}
                placeholder={t('choose')}
              />
              <TextField form={bag} name={`organizations.${row}.countryCode`} label={t('organizations.countryCode')} hint={t('countryHint')} />
              <div className="hidden sm:block" />
              {LOCALES.map((l) => (
                <TextField key={`name-${l}`} form={bag} name={`organizations.${row}.${l}.name`} label={`${t('organizations.name')} (${t(`locales.${l}`)})`} />
              ))}
              {LOCALES.map((l) => (
                <TextField key={`city-${l}`} form={bag} name={`organizations.${row}.${l}.city`} label={`${t('organizations.city')} (${t(`locales.${l}`)})`} />
              ))}
            </RowFrame>
          )}
        </RowList>
      </fieldset>

      <CheckboxGroup form={bag} group="sources" legend={t('sections.sources')} choices={options.sources} empty={t('noSources')} />
      <PhotoPicker form={bag} legend={t('sections.photos')} images={options.images} />
    </RecordForm>
  );
}
