'use client';

import { useActionState, type ReactNode } from 'react';
import { idle, type ActionResult, type FormAction } from '@/lib/forms/action-result';
import { FormAlert, PendingButton } from '../form-controls';
import { LinkResult } from './link-result';

/** The label is localized by the action ("Link for x@y, valid 72 hours"). */
export type IssuedLink = { label: string; url: string };

const blank = { email: '', name: '', role: 'editor' };
const errorOf = (state: ActionResult<unknown>) => (state.status === 'error' ? state.formError : null);
const linkOf = (state: ActionResult<IssuedLink | null>) => (state.status === 'ok' ? state.payload : null);

type InviteControlProps = {
  id: string;
  name: string;
  defaultValue: string;
  'aria-invalid': boolean;
  'aria-describedby'?: string;
  className: string;
};
type InviteLabels = { email: string; name: string; role: string; roles: { editor: string; admin: string }; submit: string; pending: string };

const input =
  'mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-red-700 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:aria-[invalid=true]:border-red-400';
const inviteButton = 'rounded-lg bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-70 sm:mt-6';

/** Invites a person: on success the form empties and shows their one-time link; on error it keeps the input. */
export function InviteForm({ action, labels }: { action: FormAction<IssuedLink | null>; labels: InviteLabels }) {
  const [state, formAction, pending] = useActionState(action, idle);
  const fieldErrors: Record<string, string> = state.status === 'error' ? state.fieldErrors : {};
  const values = { ...blank, ...(state.status === 'error' ? state.values : {}) };
  const link = linkOf(state);
  const formError = errorOf(state);
  // The three inputs share their wiring: id, name, the value to put back, and the error read out with them.
  const field = (name: 'email' | 'name' | 'role', control: (props: InviteControlProps) => ReactNode) => (
    <div>
      <label htmlFor={`invite-${name}`} className="text-sm font-medium">
        {labels[name]}
      </label>
      {control({
        id: `invite-${name}`,
        name,
        defaultValue: values[name],
        'aria-invalid': Boolean(fieldErrors[name]),
        'aria-describedby': fieldErrors[name] ? `invite-${name}-error` : undefined,
        className: input,
      })}
      {fieldErrors[name] && (
        <p id={`invite-${name}-error`} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
          {fieldErrors[name]}
        </p>
      )}
    </div>
  );
  return (
    <div className="space-y-4">
      <FormAlert message={formError} />
      {link && <LinkResult id="invite-link" label={link.label} url={link.url} />}
      {/* The key resets the inputs after a success, and restores the submitted values after an error. */}
      <form key={link?.url ?? JSON.stringify(values)} action={formAction} className="grid gap-4 sm:grid-cols-[2fr_2fr_1fr_auto] sm:items-start" noValidate>
        {field('email', (props) => (
          <input {...props} type="email" autoComplete="off" required />
        ))}
        {field('name', (props) => (
          <input {...props} type="text" autoComplete="off" required />
        ))}
        {field('role', (props) => (
          <select {...props}>
            <option value="editor">{labels.roles.editor}</option>
            <option value="admin">{labels.roles.admin}</option>
          </select>
        ))}
        <PendingButton pending={pending} label={labels.submit} pendingLabel={labels.pending} className={inviteButton} />
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
