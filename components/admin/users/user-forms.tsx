'use client';

import { useActionState, type ReactNode } from 'react';
import { idle, type ActionResult, type FormAction } from '@/lib/forms/action-result';
import { LinkResult } from './link-result';

/** The label is localized by the action ("Link for x@y, valid 72 hours"). */
export type IssuedLink = { label: string; url: string };

const blank = { email: '', name: '', role: 'editor' };
const errorOf = (state: ActionResult<unknown>) => (state.status === 'error' ? state.formError : null);
const linkOf = (state: ActionResult<IssuedLink | null>) => (state.status === 'ok' ? state.payload : null);

type InviteLabels = { email: string; name: string; role: string; roles: { editor: string; admin: string }; submit: string; pending: string };

const input =
  'mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-red-700 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:aria-[invalid=true]:border-red-400';
const alertClass = 'rounded-lg border-2 border-red-700 bg-red-50 p-3 font-medium text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100';

/** Invites a person: on success the form empties and shows their one-time link; on error it keeps the input. */
export function InviteForm({ action, labels }: { action: FormAction<IssuedLink | null>; labels: InviteLabels }) {
  const [state, formAction, pending] = useActionState(action, idle);
  const fieldErrors: Record<string, string> = state.status === 'error' ? state.fieldErrors : {};
  const values = { ...blank, ...(state.status === 'error' ? state.values : {}) };
  const link = linkOf(state);
  const formError = errorOf(state);
  const described = (field: 'email' | 'name' | 'role') => (fieldErrors[field] ? `invite-${field}-error` : undefined);
  const fieldError = (field: 'email' | 'name' | 'role') =>
    fieldErrors[field] && (
      <p id={`invite-${field}-error`} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
        {fieldErrors[field]}
      </p>
    );
  return (
    <div className="space-y-4">
      {formError && (
        <p role="alert" className={alertClass}>
          {formError}
        </p>
      )}
      {link && <LinkResult id="invite-link" label={link.label} url={link.url} />}
      {/* The key resets the inputs after a success, and restores the submitted values after an error. */}
      <form key={link?.url ?? JSON.stringify(values)} action={formAction} className="grid gap-4 sm:grid-cols-[2fr_2fr_1fr_auto] sm:items-start" noValidate>
        <div>
          <label htmlFor="invite-email" className="text-sm font-medium">
            {labels.email}
          </label>
          <input
            id="invite-email"
            name="email"
            type="email"
            autoComplete="off"
            required
            defaultValue={values.email}
            aria-invalid={Boolean(fieldErrors.email)}
            aria-describedby={described('email')}
            className={input}
          />
          {fieldError('email')}
        </div>
        <div>
          <label htmlFor="invite-name" className="text-sm font-medium">
            {labels.name}
          </label>
          <input
            id="invite-name"
            name="name"
            type="text"
            autoComplete="off"
            required
            defaultValue={values.name}
            aria-invalid={Boolean(fieldErrors.name)}
            aria-describedby={described('name')}
            className={input}
          />
          {fieldError('name')}
        </div>
        <div>
          <label htmlFor="invite-role" className="text-sm font-medium">
            {labels.role}
          </label>
          <select
            id="invite-role"
            name="role"
            defaultValue={values.role}
            aria-invalid={Boolean(fieldErrors.role)}
            aria-describedby={described('role')}
            className={input}
          >
            <option value="editor">{labels.roles.editor}</option>
            <option value="admin">{labels.roles.admin}</option>
          </select>
          {fieldError('role')}
        </div>
        <button
          type="submit"
          disabled={pending}
          className="rounded-lg bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-70 sm:mt-6"
        >
          {pending ? labels.pending : labels.submit}
        </button>
      </form>
    </div>
  );
}

/** "Reset access" for one user: the new link appears right under the button. */
/** `who` (the user's e-mail) completes the button's name for screen readers, whose users hear one button per row. */
export function ResetAccessForm({
  action,
  userId,
  who,
  label,
  pendingLabel,
}: {
  action: FormAction<IssuedLink | null>;
  userId: string;
  who: string;
  label: string;
  pendingLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, idle);
  const link = linkOf(state);
  return (
    <UserActionForm
      formAction={formAction}
      userId={userId}
      who={who}
      label={pending ? pendingLabel : label}
      pending={pending}
      error={errorOf(state)}
      buttonClass="border-brand-700 text-brand-700 hover:bg-brand-50 dark:border-slate-400"
    >
      {link && <LinkResult id={`reset-link-${userId}`} label={link.label} url={link.url} />}
    </UserActionForm>
  );
}

/** "Disable" or "Enable" for one user; a refusal (signed out, not an admin, gone) shows under the button. */
export function SetDisabledForm({
  action,
  userId,
  disable,
  label,
  who,
}: {
  action: FormAction<IssuedLink | null>;
  userId: string;
  disable: boolean;
  label: string;
  who: string;
}) {
  const [state, formAction, pending] = useActionState(action, idle);
  return (
    <UserActionForm
      formAction={formAction}
      userId={userId}
      who={who}
      label={label}
      pending={pending}
      error={errorOf(state)}
      buttonClass="border-slate-500 text-slate-800 hover:bg-slate-100"
    >
      <input type="hidden" name="disabled" value={disable ? '1' : '0'} />
    </UserActionForm>
  );
}

/** One button acting on one user, naming them for screen readers, with its refusal under it. */
function UserActionForm({
  formAction,
  userId,
  who,
  label,
  pending,
  error,
  buttonClass,
  children,
}: {
  formAction: (formData: FormData) => void;
  userId: string;
  who: string;
  label: string;
  pending: boolean;
  error: string | null;
  buttonClass: string;
  children?: ReactNode;
}) {
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="userId" value={userId} />
      <button
        type="submit"
        disabled={pending}
        className={`rounded-md border px-3 py-1.5 font-semibold disabled:opacity-70 dark:text-slate-100 dark:hover:bg-slate-800 ${buttonClass}`}
      >
        {label}
        <span className="sr-only"> ({who})</span>
      </button>
      {error && (
        <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      {children}
    </form>
  );
}
