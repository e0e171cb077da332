'use client';

import { useActionState } from 'react';
import { ErrorSummary, Field, PendingButton } from '../form-controls';
import { idle, type ActionResult } from '@/lib/forms/action-result';

export type MediaFieldLabels = Record<'file' | 'alt.ru' | 'alt.kk' | 'alt.en' | 'creditText' | 'creditUrl', string>;
export const ALT_FIELDS = ['alt.ru', 'alt.kk', 'alt.en'] as const;
export const ALT_LANG = { 'alt.ru': 'ru', 'alt.kk': 'kk', 'alt.en': 'en' } as const;
const uploadButton =
  'rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700 disabled:opacity-70 dark:bg-brand-600 dark:hover:bg-brand-700';

/**
 * The upload form. Alt texts and credit may be given now or later; on an error the typed text
 * comes back (a browser never refills a file input, so only the file must be chosen again).
 */
export function MediaUploadForm({
  action,
  labels,
  text,
}: {
  action: (state: ActionResult, data: FormData) => Promise<ActionResult>;
  labels: MediaFieldLabels;
  text: { fileHint: string; altHint: string; submit: string; submitting: string };
}) {
  const [state, submit, pending] = useActionState(action, idle);
  const errors = state.status === 'error' ? state.fieldErrors : {};
  const value = (name: string) => (state.status === 'error' ? state.values[name] : '') ?? '';
  return (
    <form action={submit} className="space-y-4" noValidate>
      {state.status === 'error' && state.formError && <ErrorSummary title={state.formError} errors={errors} labels={labels} />}
      {state.status === 'ok' && (
        <p role="status" className="rounded-lg bg-emerald-50 p-3 font-medium text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100">
          {state.message}
        </p>
      )}
      <Field name="file" label={labels.file} error={errors.file} hint={text.fileHint}>
        {(props) => (
          <input
            {...props}
            type="file"
            required
            accept="image/jpeg,image/png,image/webp,application/pdf"
            className={`${props.className} file:mr-3 file:rounded file:border-0 file:bg-slate-100 file:px-3 file:py-1 dark:file:bg-slate-800 dark:file:text-slate-100`}
          />
        )}
      </Field>
      <div className="grid gap-4 lg:grid-cols-3">
        {ALT_FIELDS.map((name) => (
          <Field key={name} name={name} label={labels[name]} error={errors[name]} hint={name === 'alt.ru' ? text.altHint : undefined}>
            {(props) => <textarea {...props} rows={2} lang={ALT_LANG[name]} defaultValue={value(name)} key={`${state.status}-${name}`} />}
          </Field>
        ))}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="creditText" label={labels.creditText} error={errors.creditText}>
          {(props) => <input {...props} type="text" defaultValue={value('creditText')} key={`${state.status}-creditText`} />}
        </Field>
        <Field name="creditUrl" label={labels.creditUrl} error={errors.creditUrl}>
          {(props) => <input {...props} type="url" inputMode="url" defaultValue={value('creditUrl')} key={`${state.status}-creditUrl`} />}
        </Field>
      </div>
      <PendingButton pending={pending} label={text.submit} pendingLabel={text.submitting} className={uploadButton} />
    </form>
  );
}
