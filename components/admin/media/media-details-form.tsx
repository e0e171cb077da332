'use client';

import { useActionState } from 'react';
import { Field, PendingButton } from '../form-controls';
import { FormStatus, useAdminForm } from '../use-admin-form';
import { ALT_FIELDS, ALT_LANG, type MediaFieldLabels } from './media-upload-form';
import { idle, type ActionResult } from '@/lib/forms/action-result';

const saveButton =
  'rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700 disabled:opacity-70 dark:bg-brand-600 dark:hover:bg-brand-700';

/** Alt texts and credit of one stored file, and its move to the trash. Field ids carry the media id: many forms share the page. */
export function MediaDetailsForm({
  mediaId,
  fileName,
  isImage,
  initial,
  labels,
  text,
  currentVersionHref,
  update,
  trash,
}: {
  mediaId: string;
  /** Tells the many forms and trash buttons of the page apart for screen readers. */
  fileName: string;
  isImage: boolean;
  initial: Record<string, string>;
  labels: Omit<MediaFieldLabels, 'file'>;
  text: { heading: string; altHint: string; save: string; saving: string; trash: string };
  /** Where a refused save leads to see what the other editor changed. */
  currentVersionHref: string;
  update: (state: ActionResult, data: FormData) => Promise<ActionResult>;
  trash: (state: ActionResult, data: FormData) => Promise<ActionResult>;
}) {
  const { state, submit, pending, errors: fieldErrors, value, key, version } = useAdminForm(update, initial);
  const [trashState, submitTrash, trashing] = useActionState(trash, idle);
  const errors = prefixed(fieldErrors, mediaId);
  const fieldName = (name: string) => `${mediaId}.${name}`;
  const fieldLabels = Object.fromEntries(Object.entries(labels).map(([name, label]) => [fieldName(name), label]));
  const names = [...(isImage ? ALT_FIELDS : []), 'creditText', 'creditUrl'] as const;
  return (
    <div className="space-y-3">
      <form action={submit} className="space-y-3" noValidate aria-label={`${text.heading}: ${fileName}`}>
        <FormStatus state={state.status === 'error' ? { ...state, fieldErrors: errors } : state} labels={fieldLabels} currentVersionHref={currentVersionHref} />
        {/* After a refused save, the next one deliberately goes over the version the editor has now seen. */}
        <input type="hidden" name="version" value={version} />
        {names.map((name) => (
          <Field key={name} name={fieldName(name)} label={labels[name]} error={errors[fieldName(name)]} hint={name === 'alt.ru' ? text.altHint : undefined}>
            {(props) =>
              name.startsWith('alt.') ? (
                <textarea {...props} name={name} rows={2} lang={ALT_LANG[name as keyof typeof ALT_LANG]} defaultValue={value(name)} key={key(name)} />
              ) : (
                <input {...props} name={name} type={name === 'creditUrl' ? 'url' : 'text'} defaultValue={value(name)} key={key(name)} />
              )
            }
          </Field>
        ))}
        <PendingButton pending={pending} label={text.save} pendingLabel={text.saving} className={saveButton} />
      </form>
      <form action={submitTrash}>
        {trashState.status === 'error' && trashState.formError && (
          <p role="alert" className="mb-2 text-sm font-medium text-red-700 dark:text-red-400">
            {trashState.formError}
          </p>
        )}
        <button
          type="submit"
          disabled={trashing}
          className="rounded-md border border-red-700 px-3 py-1.5 text-sm font-semibold text-red-700 hover:bg-red-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700 disabled:opacity-70 dark:border-red-400 dark:text-red-300 dark:hover:bg-red-950"
        >
          {text.trash}
          <span className="sr-only">: {fileName}</span>
        </button>
      </form>
    </div>
  );
}

/** The action reports errors by field name; on this page each form's field ids carry its media id. */
const prefixed = (errors: Record<string, string>, mediaId: string) =>
  Object.fromEntries(Object.entries(errors).map(([name, message]) => [`${mediaId}.${name}`, message]));
