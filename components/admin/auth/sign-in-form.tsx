'use client';

import { useActionState } from 'react';
import { idle, type FormAction } from '@/lib/forms/action-result';
import { inputClass, primaryButtonClass } from './auth-card';

type Labels = { email: string; password: string; submit: string; pending: string };

/** Works without JavaScript too: the form posts to the server action, which answers with the page. */
export function SignInForm({ action, labels }: { action: FormAction; labels: Labels }) {
  const [state, formAction, pending] = useActionState(action, idle);
  const error = state.status === 'error' ? state.formError : null;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {error && (
        <p
          role="alert"
          className="rounded-lg border-2 border-red-700 bg-red-50 p-3 font-medium text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100"
        >
          {error}
        </p>
      )}
      <div>
        <label htmlFor="sign-in-email" className="text-sm font-medium">
          {labels.email}
        </label>
        <input
          id="sign-in-email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.status === 'error' ? state.values.email : ''}
          className={inputClass}
        />
      </div>
      <div>
        <label htmlFor="sign-in-password" className="text-sm font-medium">
          {labels.password}
        </label>
        <input id="sign-in-password" name="password" type="password" autoComplete="current-password" required className={inputClass} />
      </div>
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? labels.pending : labels.submit}
      </button>
    </form>
  );
}
