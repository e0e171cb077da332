'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { ErrorSummary, PendingButton } from './form-controls';
import { idle, type ActionResult, type FormAction } from '@/lib/forms/action-result';

/**
 * The state every admin form needs: the action's result, its field errors, and each field's value —
 * after a failed submit the editor's own input, never the stored one. `posted` is the result of a
 * post made without JavaScript, for the page rendered after it (lib/server/forms/posted-without-script.ts).
 */
export function useAdminForm(action: FormAction, initial: Record<string, string>, posted: ActionResult | null = null) {
  const [state, submit, pending] = useActionState(action, posted ?? idle);
  const errors = state.status === 'error' ? state.fieldErrors : {};
  const value = (name: string) => (state.status === 'error' ? state.values[name] : initial[name]) ?? '';
  // Remount inputs after each submit so their defaultValue shows what `value` now says.
  const key = (name: string) => `${state.status}-${name}`;
  const version = state.status === 'error' && state.conflict ? String(state.conflict.version) : (initial.version ?? '');
  return { state, submit, pending, errors, value, key, version };
}

/** The outcome of the last submit, above the fields: what went wrong (with links) or that it saved. */
export function FormStatus({ state, labels, currentVersionHref }: { state: ActionResult; labels: Record<string, string>; currentVersionHref?: string }) {
  const t = useTranslations('AdminForm');
  if (state.status === 'ok')
    return (
      <p role="status" className="rounded-lg bg-emerald-50 p-3 font-medium text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100">
        {state.message}
      </p>
    );
  if (state.status !== 'error' || !state.formError) return null;
  return (
    <div className="space-y-3">
      <ErrorSummary title={state.formError} errors={state.fieldErrors} labels={labels} />
      {state.conflict && currentVersionHref && (
        <p className="text-sm">
          <a href={currentVersionHref} target="_blank" rel="noopener" className="font-semibold text-brand-700 underline dark:text-brand-100">
            {t('seeCurrent')}
          </a>{' '}
          {t('conflictKept')}
        </p>
      )}
    </div>
  );
}

/** The form's submit button: "Save", or the caller's own words (a submission for review). */
export function SubmitButton({ pending, labels }: { pending: boolean; labels?: { label: string; pending: string } }) {
  const t = useTranslations('AdminForm');
  return (
    <PendingButton
      pending={pending}
      label={labels?.label ?? t('save')}
      pendingLabel={labels?.pending ?? t('saving')}
      className="rounded-lg bg-brand-700 px-6 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
    />
  );
}
