'use client';

import { useTranslations } from 'next-intl';
import { useAdminForm } from './use-admin-form';
import { RecordForm, TextsSection } from './record-form';
import type { FormAction } from '@/lib/forms/action-result';
import { SelectField, TextField } from './form-fields';
import { errorClass } from './checkbox-group';
import { RowFrame, RowList, rowNumbersIn } from './row-list';
import type { ProposalFormOptions } from './proposal-form-options';

const LOCALES = ['ru', 'kk', 'en'] as const;
const TEXTS = ['partnerName', 'place', 'initiator', 'rationale'] as const;
const FACTS = ['countryCode', 'latitude', 'longitude', 'visibility', 'agreementId', 'stages', 'publicationStatus', 'publishAt'] as const;

/**
 * The proposal form: the proposed partner in three languages side by side, where it is, whether the
 * public may see it, its dated stages as rows in order (the last is the current one), and on
 * "agreement signed" the agreement it led to.
 */
export function ProposalForm({
  action,
  initial,
  options,
  currentVersionHref,
}: {
  action: FormAction;
  initial: Record<string, string>;
  options: ProposalFormOptions;
  /** Where the other editor's saved version can be seen, after a conflict. */
  currentVersionHref?: string;
}) {
  const t = useTranslations('AdminProposals');
  const bag = useAdminForm(action, initial);
  const { state, errors } = bag;
  const values = state.status === 'error' ? state.values : initial;
  const rowsKey = state.status === 'error' ? 'error' : `${state.status}-${initial.version ?? 'new'}`;

  const labels: Record<string, string> = {};
  for (const l of LOCALES) for (const f of TEXTS) labels[`translations.${l}.${f}`] = `${t(`fields.${f}`)} (${t(`locales.${l}`)})`;
  for (const f of FACTS) labels[f] = t(`fields.${f}`);
  rowNumbersIn(values, 'stages').forEach((row, i) => {
    for (const f of ['stage', 'date', 'note'] as const) labels[`stages.${row}.${f}`] = `${t('stages.row', { number: i + 1 })}: ${t(`stages.${f}`)}`;
  });
  const label = (name: string) => labels[name] ?? name;

  return (
    <RecordForm form={bag} labels={labels} publicationLegend={t('sections.publication')} currentVersionHref={currentVersionHref}>
      <TextsSection form={bag} legend={t('sections.texts')} hint={t('textsHint')} fields={TEXTS} labelOf={label} rows={{ rationale: 5 }} />

      <fieldset className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <legend className="mb-2 text-lg font-semibold">{t('sections.facts')}</legend>
        <TextField form={bag} name="countryCode" label={label('countryCode')} hint={t('countryHint')} />
        <TextField form={bag} name="latitude" label={label('latitude')} hint={t('coordinatesHint')} inputMode="decimal" />
        <TextField form={bag} name="longitude" label={label('longitude')} hint={t('coordinatesHint')} inputMode="decimal" />
        <SelectField form={bag} name="visibility" label={label('visibility')} options={options.visibilities} hint={t('visibilityHint')} />
      </fieldset>

      <fieldset id="field-stages" tabIndex={-1} className="space-y-3" aria-describedby={errors.stages ? 'field-stages-error' : undefined}>
        <legend className="text-lg font-semibold">{t('sections.stages')}</legend>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t('stagesHint')}</p>
        {errors.stages && (
          <p id="field-stages-error" className={errorClass}>
            {errors.stages}
          </p>
        )}
        <RowList key={`stages-${rowsKey}`} initialRows={rowNumbersIn(values, 'stages')} addLabel={t('stages.add')}>
          {(row, position, remove) => (
            <RowFrame key={row} legend={t('stages.row', { number: position + 1 })} remove={remove} removeLabel={t('stages.remove', { number: position + 1 })}>
              <SelectField form={bag} name={`stages.${row}.stage`} label={t('stages.stage')} options={options.stages} placeholder={t('choose')} />
              <TextField form={bag} name={`stages.${row}.date`} label={t('stages.date')} hint={t('dateHint')} />
              <TextField form={bag} name={`stages.${row}.note`} label={t('stages.note')} />
            </RowFrame>
          )}
        </RowList>
        <div className="max-w-xl">
          <SelectField
            form={bag}
            name="agreementId"
            label={label('agreementId')}
            options={options.agreements}
            placeholder={t('none')}
            hint={t('agreementHint')}
          />
        </div>
      </fieldset>
    </RecordForm>
  );
}
