'use client';

import { useActionState } from 'react';
import { idle, type FormAction } from '@/lib/forms/action-result';
import { inputClass, primaryButtonClass } from './auth-card';
import { FormAlert, PendingButton } from '../form-controls';

type Labels = { email: string; password: string; confirm: string; hint: string; submit: string; pending: string };

export function SetPasswordForm({ action, token, email, labels }: { action: FormAction; token: string; email: string; labels: Labels }) {
  const [state, formAction, pending] = useActionState(action, idle);
  const formError = state.status === 'error' ? state.formError : null;
  const error = (field: 'password' | 'confirm') => (state.status === 'error' ? state.fieldErrors[field] : undefined);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormAlert message={formError} />
      <input type="hidden" name="token" value={token} />
      <div>
        <label htmlFor="set-password-email" className="text-sm font-medium">
          {labels.email}
        </label>
        {/* Read-only, so that password managers store the new password under the right account. */}
        <input
          id="set-password-email"
          name="email"
          type="email"
          autoComplete="username"
          readOnly
          value={email}
          className={`${inputClass} bg-slate-100 dark:bg-slate-800`}
        />
      </div>
      {(['password', 'confirm'] as const).map((field) => (
        <div key={field}>
          <label htmlFor={`set-password-${field}`} className="text-sm font-medium">
            {labels[field]}
          </label>
          <input
            id={`set-password-${field}`}
            name={field}
            type="password"
            autoComplete="new-password"
            required
            aria-invalid={Boolean(error(field))}
            aria-describedby={
              [field === 'password' ? 'set-password-hint' : '', error(field) ? `set-password-${field}-error` : ''].filter(Boolean).join(' ') || undefined
            }
            className={inputClass}
          />
          {field === 'password' && (
            <p id="set-password-hint" className="mt-1 text-sm text-slate-600 dark:text-slate-400">
              {labels.hint}
            </p>
          )}
          {error(field) && (
            <p id={`set-password-${field}-error`} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
              {error(field)}
            </p>
          )}
        </div>
      ))}
      <PendingButton pending={pending} label={labels.submit} pendingLabel={labels.pending} className={primaryButtonClass} />
    </form>
  );
}
