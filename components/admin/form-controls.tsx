'use client';

import type { ReactNode } from 'react';

const input =
  'mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900 aria-[invalid=true]:border-red-700 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:aria-[invalid=true]:border-red-400';

/** A labelled control with its error, wired for screen readers (aria-invalid, aria-describedby). */
export function Field({
  name,
  label,
  error,
  hint,
  children,
}: {
  name: string;
  label: string;
  error?: string;
  hint?: string;
  children: (props: { id: string; name: string; 'aria-invalid': boolean; 'aria-describedby'?: string; className: string }) => ReactNode;
}) {
  const id = `field-${name.replaceAll('.', '-')}`;
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {children({ id, name, 'aria-invalid': Boolean(error), 'aria-describedby': described, className: input })}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}

/** The problems of a failed submit, first thing after the heading, each linking to its field. */
export function ErrorSummary({ title, errors, labels }: { title: string; errors: Record<string, string>; labels: Record<string, string> }) {
  const entries = Object.entries(errors);
  return (
    <div
      role="alert"
      tabIndex={-1}
      className="rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100"
    >
      <p className="font-semibold">{title}</p>
      {entries.length > 0 && (
        <ul className="mt-2 list-disc pl-5 text-sm">
          {entries.map(([name, message]) => (
            <li key={name}>
              <a href={`#field-${name.replaceAll('.', '-')}`} className="underline">
                {labels[name] ?? name}: {message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A whole-form refusal (signed out, wrong password, a broken link), announced as it appears. */
export function FormAlert({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p role="alert" className="rounded-lg border-2 border-red-700 bg-red-50 p-3 font-medium text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100">
      {message}
    </p>
  );
}

/** A form's submit button, saying what it is doing while the action runs (and disabled meanwhile). */
export function PendingButton({ pending, label, pendingLabel, className }: { pending: boolean; label: string; pendingLabel: string; className: string }) {
  return (
    <button type="submit" disabled={pending} className={className}>
      {pending ? pendingLabel : label}
    </button>
  );
}
