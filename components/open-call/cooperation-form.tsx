'use client';

import { useActionState } from 'react';
import { ErrorSummary, Field, PendingButton } from '@/components/admin/form-controls';
import { idle, type ActionResult, type FormAction } from '@/lib/forms/action-result';

type Option = { value: string; label: string };
type FieldName = 'name' | 'organization' | 'countryCode' | 'email' | 'theme' | 'message';
export type CooperationFormText = {
  labels: Record<FieldName, string>;
  optional: string;
  countryNone: string;
  themeChoose: string;
  messageHint: string;
  honeypot: string;
  submit: string;
  sending: string;
};

/**
 * The open call's form. Without JavaScript it posts to the server action, which answers with the
 * page and this form in its new state; either way a refused post comes back with what was typed.
 * `website` is the honeypot: out of sight and out of the tab order, so people leave it empty.
 */
export function CooperationForm({
  action,
  posted,
  text,
  countries,
  themes,
}: {
  action: FormAction;
  /** What a post without JavaScript answered, for the page rendered after it (lib/server/forms/posted-without-script.ts). */
  posted: ActionResult | null;
  text: CooperationFormText;
  countries: Option[];
  themes: Option[];
}) {
  const [state, submit, pending] = useActionState(action, posted ?? idle);
  const errors = state.status === 'error' ? state.fieldErrors : {};
  const value = (name: string) => (state.status === 'error' ? (state.values[name] ?? '') : '');
  const key = (name: string) => `${state.status}-${name}`;
  const label = (name: FieldName, optional = false) => (optional ? `${text.labels[name]} (${text.optional})` : text.labels[name]);
  const select = (name: 'countryCode' | 'theme', options: Option[], placeholder: string) => (
    <Field name={name} label={label(name, name === 'countryCode')} error={errors[name]}>
      {(props) => (
        <select {...props} defaultValue={value(name)} key={key(name)}>
          <option value="">{placeholder}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  const input = (name: 'name' | 'organization' | 'email', autoComplete: string, type = 'text') => (
    <Field name={name} label={label(name, name === 'organization')} error={errors[name]}>
      {(props) => <input {...props} type={type} autoComplete={autoComplete} defaultValue={value(name)} key={key(name)} />}
    </Field>
  );
  return (
    <form action={submit} className="space-y-5" noValidate>
      {state.status === 'ok' && (
        <p role="status" className="rounded-lg bg-emerald-50 p-3 font-medium text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100">
          {state.message}
        </p>
      )}
      {state.status === 'error' && state.formError && <ErrorSummary title={state.formError} errors={state.fieldErrors} labels={text.labels} />}
      <div className="grid gap-5 sm:grid-cols-2">
        {input('name', 'name')}
        {input('organization', 'organization')}
        {select('countryCode', countries, text.countryNone)}
        {input('email', 'email', 'email')}
      </div>
      {select('theme', themes, text.themeChoose)}
      <Field name="message" label={label('message')} error={errors.message} hint={text.messageHint}>
        {(props) => <textarea {...props} rows={8} maxLength={5000} defaultValue={value('message')} key={key('message')} />}
      </Field>
      <div className="absolute -left-[10000px] size-px overflow-hidden" aria-hidden="true">
        <label htmlFor="field-website">{text.honeypot}</label>
        <input id="field-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" key={key('website')} />
      </div>
      <PendingButton
        pending={pending}
        label={text.submit}
        pendingLabel={text.sending}
        className="rounded-lg bg-brand-700 px-6 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      />
    </form>
  );
}
