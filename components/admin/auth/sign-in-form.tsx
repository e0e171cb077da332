'use client';

import { useActionState } from 'react';
import { inputClass, primaryButtonClass } from './auth-card';

/** A delayed attempt carries its message, localized on the server, since it names the seconds to wait. */
export type SignInState = { error: 'invalid' | 'unavailable' | null; email: string } | { error: 'delayed'; email: string; message: string };

type Labels = { email: string; password: string; submit: string; pending: string; invalid: string; unavailable: string };

/** Works without JavaScript too: the form posts to the server action, which answers with the page. */
export function SignInForm({ action, labels }: { action: (state: SignInState, formData: FormData) => Promise<SignInState>; labels: Labels }) {
  const [state, formAction, pending] = useActionState(action, { error: null, email: '' });
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {state.error && (
        <p
          role="alert"
          className="rounded-lg border-2 border-red-700 bg-red-50 p-3 font-medium text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100"
        >
          {state.error === 'delayed' ? state.message : labels[state.error]}
        </p>
      )}
      <div>
        <label htmlFor="sign-in-email" className="text-sm font-medium">
          {labels.email}
        </label>
        <input id="sign-in-email" name="email" type="email" autoComplete="username" required defaultValue={state.email} className={inputClass} />
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
