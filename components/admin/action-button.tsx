'use client';

import { useActionState } from 'react';
import { idle, type ActionResult } from '@/lib/forms/action-result';

/**
 * A one-button form for an action on a whole record (trash, restore, purge): asks first when
 * `confirmText` is given, and shows the refusal in place if the server says no.
 */
export function ActionButton({
  action,
  label,
  confirmText,
  hidden = {},
  tone = 'normal',
}: {
  action: (state: ActionResult, data: FormData) => Promise<ActionResult>;
  label: string;
  confirmText?: string;
  hidden?: Record<string, string>;
  tone?: 'normal' | 'danger';
}) {
  const [state, submit, pending] = useActionState(action, idle);
  const style =
    tone === 'danger'
      ? 'border-red-700 text-red-700 hover:bg-red-50 dark:border-red-400 dark:text-red-400 dark:hover:bg-red-950'
      : 'border-brand-700 text-brand-700 hover:bg-brand-50 dark:border-brand-100 dark:text-brand-100 dark:hover:bg-slate-900';
  return (
    <form
      action={submit}
      onSubmit={(e) => {
        if (confirmText && !confirm(confirmText)) e.preventDefault();
      }}
      className="inline-block"
    >
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={pending} className={`rounded-lg border px-3 py-1.5 text-sm font-semibold disabled:opacity-60 ${style}`}>
        {label}
      </button>
      {state.status === 'error' && (
        <div role="alert" className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
          <p>{state.formError}</p>
          {/* A button has no fields to mark: the reasons are listed under it (a version today's rules refuse). */}
          {Object.keys(state.fieldErrors).length > 0 && (
            <ul className="list-disc pl-5">
              {[...new Set(Object.values(state.fieldErrors))].map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {state.status === 'ok' && (
        <p role="status" className="mt-1 text-sm font-medium text-emerald-800 dark:text-emerald-300">
          {state.message}
        </p>
      )}
    </form>
  );
}
