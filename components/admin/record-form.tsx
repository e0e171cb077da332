'use client';

import { useState, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { FormStatus, SubmitButton, type useAdminForm } from './use-admin-form';
import { PublicationFields, TranslationFields, type FormBag } from './form-fields';
import { useReviewMode } from './review-mode';

/**
 * A record kind's form, declared once around the kind's own sections: the last submit's outcome,
 * the version it edits, then the sections, publication and the save button. With two-person review
 * on, a save that would leave the record public is a submission for review, and the button says so.
 */
export function RecordForm({
  form,
  labels,
  publicationLegend,
  currentVersionHref,
  children,
}: {
  form: ReturnType<typeof useAdminForm>;
  labels: Record<string, string>;
  publicationLegend: string;
  currentVersionHref?: string;
  children: ReactNode;
}) {
  const t = useTranslations('Review');
  const fields = useTranslations('AdminForm');
  const review = useReviewMode();
  const [status, setStatus] = useState(form.value('publicationStatus'));
  const submits = review && status !== 'draft';
  return (
    <form
      action={form.submit}
      className="space-y-8"
      noValidate
      onChange={(e) => {
        if (e.target instanceof HTMLSelectElement && e.target.name === 'publicationStatus') setStatus(e.target.value);
      }}
    >
      <FormStatus state={form.state} labels={{ ...labels, unpublishAt: fields('unpublishAt') }} currentVersionHref={currentVersionHref} />
      <input type="hidden" name="version" value={form.version} />
      {children}
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{publicationLegend}</legend>
        <PublicationFields form={form} labels={{ publicationStatus: labels.publicationStatus ?? '', publishAt: labels.publishAt ?? '' }} />
        {review && <p className="text-sm text-slate-600 sm:col-span-2 dark:text-slate-400">{t('formHint')}</p>}
      </fieldset>
      <SubmitButton pending={form.pending} labels={submits ? { label: t('submit'), pending: t('submitting') } : undefined} />
    </form>
  );
}

/** A record's texts in the three languages, under their heading and hint. */
export function TextsSection({
  form,
  legend,
  hint,
  fields,
  labelOf,
  rows,
}: {
  form: FormBag;
  legend: string;
  hint: string;
  fields: readonly string[];
  labelOf: (name: string) => string;
  rows: Record<string, number>;
}) {
  return (
    <fieldset className="space-y-4">
      <legend className="text-lg font-semibold">{legend}</legend>
      <p className="text-sm text-slate-600 dark:text-slate-400">{hint}</p>
      <TranslationFields form={form} fields={fields} labelOf={labelOf} rows={rows} />
    </fieldset>
  );
}
