'use client';

import { useTranslations } from 'next-intl';
import { useAdminForm } from './use-admin-form';
import { RecordForm, TextsSection } from './record-form';
import type { FormAction } from '@/lib/forms/action-result';
import { SelectField, TextField, type Option } from './form-fields';
import { RowFrame, RowList, rowNumbersIn } from './row-list';

export type AgreementFormChoices = {
  partners: Option[];
  types: Option[];
  statuses: Option[];
  historyKinds: Option[];
  linkKinds: Option[];
  languages: Option[];
  sources: Option[];
  documents: Option[];
  agreements: Option[];
};
const LOCALES = ['ru', 'kk', 'en'] as const;
const TEXTS = ['title', 'place', 'signatories', 'note'] as const;
const FACTS = ['partnerId', 'type', 'signedOn', 'status', 'sourceId', 'documentId', 'textLanguages', 'publicationStatus', 'publishAt'] as const;

export function AgreementForm({
  action,
  initial,
  choices,
  currentVersionHref,
  mediaHref,
}: {
  action: FormAction;
  initial: Record<string, string>;
  choices: AgreementFormChoices;
  /** Where the other editor's saved version can be seen, after a conflict. */
  currentVersionHref?: string;
  /** The media library, where PDF documents are uploaded. */
  mediaHref: string;
}) {
  const t = useTranslations('AdminAgreements');
  const bag = useAdminForm(action, initial);
  const { state, errors, value, key } = bag;
  // After a failed submit the editor's own input comes back (rows included), never the stored values.
  const values = state.status === 'error' ? state.values : initial;
  // The row lists start again from the stored rows after a save, and from the submitted ones after an error.
  const rowsKey = state.status === 'error' ? 'error' : `${state.status}-${initial.version ?? 'new'}`;

  const labels: Record<string, string> = {};
  for (const l of LOCALES) for (const f of TEXTS) labels[`translations.${l}.${f}`] = `${t(`fields.${f}`)} (${t(`locales.${l}`)})`;
  for (const f of FACTS) labels[f] = t(`fields.${f}`);
  rowNumbersIn(values, 'history').forEach((row, i) => {
    for (const f of ['kind', 'date', 'note'] as const) labels[`history.${row}.${f}`] = `${t('history.row', { number: i + 1 })}: ${t(`history.${f}`)}`;
  });
  rowNumbersIn(values, 'links').forEach((row, i) => {
    for (const f of ['kind', 'toId'] as const) labels[`links.${row}.${f}`] = `${t('links.row', { number: i + 1 })}: ${t(`links.${f}`)}`;
  });

  const input = (name: string, label: string, extra?: { hint?: string }) => <TextField form={bag} name={name} label={label} hint={extra?.hint} />;
  const select = (name: string, label: string, options: Option[], extra?: { placeholder?: string; hint?: string }) => (
    <SelectField form={bag} name={name} label={label} options={options} placeholder={extra?.placeholder} hint={extra?.hint} />
  );
  return (
    <RecordForm form={bag} labels={labels} publicationLegend={t('sections.publication')} currentVersionHref={currentVersionHref}>
      <fieldset className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <legend className="mb-2 text-lg font-semibold">{t('sections.facts')}</legend>
        {select('partnerId', labels.partnerId ?? '', choices.partners, { placeholder: t('choose') })}
        {select('type', labels.type ?? '', choices.types)}
        {input('signedOn', labels.signedOn ?? '', { hint: t('dateHint') })}
        {select('status', labels.status ?? '', choices.statuses, { placeholder: t('notSpecified') })}
        {select('sourceId', labels.sourceId ?? '', choices.sources, { placeholder: t('none') })}
        {select('documentId', labels.documentId ?? '', choices.documents, { placeholder: t('none'), hint: t('documentHint') })}
        <p className="text-sm sm:col-span-2 lg:col-span-3">
          <a href={mediaHref} className="font-medium text-brand-700 underline underline-offset-4 dark:text-brand-100">
            {t('uploadDocument')}
          </a>
        </p>
      </fieldset>

      <fieldset id="field-textLanguages" tabIndex={-1} aria-describedby={errors.textLanguages ? 'field-textLanguages-error' : undefined} className="space-y-2">
        <legend className="mb-2 text-lg font-semibold">{labels.textLanguages}</legend>
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          {choices.languages.map((l) => (
            <label key={l.value} className="inline-flex items-center gap-2">
              <input
                type="checkbox"
                name={`textLanguages.${l.value}`}
                defaultChecked={value(`textLanguages.${l.value}`) !== ''}
                key={key(`textLanguages.${l.value}`)}
                className="size-4 accent-brand-700"
              />
              <span>{l.label}</span>
            </label>
          ))}
        </div>
        {errors.textLanguages && (
          <p id="field-textLanguages-error" className="text-sm font-medium text-red-700 dark:text-red-400">
            {errors.textLanguages}
          </p>
        )}
      </fieldset>

      <TextsSection
        form={bag}
        legend={t('sections.texts')}
        hint={t('textsHint')}
        fields={TEXTS}
        labelOf={(name) => labels[name] ?? name}
        rows={{ title: 3, note: 5 }}
      />

      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{t('sections.history')}</legend>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t('historyHint')}</p>
        <RowList key={`history-${rowsKey}`} initialRows={rowNumbersIn(values, 'history')} addLabel={t('history.add')}>
          {(row, position, remove) => (
            <div key={row}>
              <RowFrame legend={t('history.row', { number: position + 1 })} remove={remove} removeLabel={t('history.remove', { number: position + 1 })}>
                {select(`history.${row}.kind`, t('history.kind'), choices.historyKinds, { placeholder: t('choose') })}
                {input(`history.${row}.date`, t('history.date'), { hint: t('dateHint') })}
                {input(`history.${row}.note`, t('history.note'))}
              </RowFrame>
            </div>
          )}
        </RowList>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{t('sections.links')}</legend>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t('linksHint')}</p>
        <RowList key={`links-${rowsKey}`} initialRows={rowNumbersIn(values, 'links')} addLabel={t('links.add')}>
          {(row, position, remove) => (
            <div key={row}>
              <RowFrame legend={t('links.row', { number: position + 1 })} remove={remove} removeLabel={t('links.remove', { number: position + 1 })}>
                {select(`links.${row}.kind`, t('links.kind'), choices.linkKinds, { placeholder: t('choose') })}
                <div className="sm:col-span-2">{select(`links.${row}.toId`, t('links.toId'), choices.agreements, { placeholder: t('choose') })}</div>
              </RowFrame>
            </div>
          )}
        </RowList>
      </fieldset>
    </RecordForm>
  );
}
