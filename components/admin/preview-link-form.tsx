'use client';

import { useActionState } from 'react';
import { idle, type FormAction } from '@/lib/forms/action-result';
import { Field, FormAlert, PendingButton } from './form-controls';
import { LinkResult } from './users/link-result';
import type { IssuedLink } from './users/user-forms';

type Labels = { days: string; locale: string; create: string; creating: string; created: string };
type Props = {
  action: FormAction<IssuedLink | null>;
  labels: Labels;
  defaultDays: number;
  maxDays: number;
  locales: { value: string; label: string }[];
  defaultLocale: string;
};

/** Makes a preview link: how many days it lives, the language it opens in; the new link is shown once. */
export function PreviewLinkForm({ action, labels, defaultDays, maxDays, locales, defaultLocale }: Props) {
  const [state, submit, pending] = useActionState(action, idle);
  const link = state.status === 'ok' ? state.payload : null;
  const errors = state.status === 'error' ? state.fieldErrors : {};
  return (
    <div className="space-y-3">
      <FormAlert message={state.status === 'error' ? state.formError : null} />
      {link && (
        <div className="space-y-1">
          <p className="text-sm font-medium">{labels.created}</p>
          <LinkResult id="preview-link-url" label={link.label} url={link.url} />
        </div>
      )}
      <form action={submit} className="flex flex-wrap items-end gap-4">
        <div className="w-40">
          <Field name="days" label={labels.days} error={errors.days}>
            {(props) => (
              <input {...props} type="number" min={1} max={maxDays} required defaultValue={state.status === 'error' ? state.values.days : defaultDays} />
            )}
          </Field>
        </div>
        <div className="w-48">
          <Field name="locale" label={labels.locale}>
            {(props) => (
              <select {...props} defaultValue={defaultLocale}>
                {locales.map((l) => (
                  <option key={l.value} value={l.value}>
                    {l.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <PendingButton
          pending={pending}
          label={labels.create}
          pendingLabel={labels.creating}
          className="rounded-lg bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
        />
      </form>
    </div>
  );
}
