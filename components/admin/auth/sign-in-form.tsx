'use client';

import { useActionState } from 'react';
import { idle, type FormAction } from '@/lib/forms/action-result';
import { inputClass, primaryButtonClass } from './auth-card';
import { FormAlert, PendingButton } from '../form-controls';

type Labels = { email: string; password: string; submit: string; pending: string };

/** Works without JavaScript too: the form posts to the server action, which answers with the page. */
export function SignInForm({ action, labels }: { action: FormAction; labels: Labels }) {
  const [state, formAction, pending] = useActionState(action, idle);
  const error = state.status === 'error' ? state.formError : null;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormAlert message={error} />
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
      <PendingButton pending={pending} label={labels.submit} pendingLabel={labels.pending} className={primaryButtonClass} />
    </form>
  );
}
