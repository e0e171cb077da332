'use client';

import type { FormBag, Option } from './form-fields';

export const fieldsetClass = 'space-y-3 rounded-xl border border-slate-200 p-4 dark:border-slate-800';
export const legendClass = 'px-1 text-lg font-semibold';
export const errorClass = 'text-sm font-medium text-red-700 dark:text-red-400';

/**
 * One ticked box per chosen row, each named `<group>.<value>` so a failed submit can tick them
 * again, in a group whose error (e.g. "tick at least one") sits under its legend.
 */
export function CheckboxGroup({
  form,
  group,
  legend,
  choices,
  hint,
  empty,
}: {
  form: FormBag;
  group: string;
  legend: string;
  choices: Option[];
  hint?: string;
  empty?: string;
}) {
  const error = form.errors[group];
  return (
    <fieldset id={`field-${group}`} className={fieldsetClass} aria-describedby={error ? `field-${group}-error` : undefined}>
      <legend className={legendClass}>{legend}</legend>
      {hint && <p className="text-sm text-slate-600 dark:text-slate-400">{hint}</p>}
      {error && (
        <p id={`field-${group}-error`} className={errorClass}>
          {error}
        </p>
      )}
      {choices.length === 0 && empty && <p className="text-sm">{empty}</p>}
      <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {choices.map((o) => (
          <li key={o.value} className="flex items-start gap-2">
            <input
              type="checkbox"
              id={`field-${group}-${o.value}`}
              name={`${group}.${o.value}`}
              defaultChecked={form.value(`${group}.${o.value}`) !== ''}
              key={form.key(`${group}.${o.value}`)}
              className="mt-1 size-4 accent-brand-700"
            />
            <label htmlFor={`field-${group}-${o.value}`} className="text-sm">
              {o.label}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
