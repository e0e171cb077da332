'use client';

import { ErrorSummary, Field, PendingButton } from '@/components/admin/form-controls';
import { SelectField, TextField, type Option } from '@/components/admin/form-fields';
import { useAdminForm } from '@/components/admin/use-admin-form';
import type { ActionResult, FormAction } from '@/lib/forms/action-result';

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
  const form = useAdminForm(action, {}, posted);
  const { state } = form;
  const label = (name: FieldName, optional = false) => (optional ? `${text.labels[name]} (${text.optional})` : text.labels[name]);
  return (
    <form action={form.submit} className="space-y-5" noValidate>
      {state.status === 'ok' && (
        <p role="status" className="rounded-lg bg-emerald-50 p-3 font-medium text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100">
          {state.message}
        </p>
      )}
      {state.status === 'error' && state.formError && <ErrorSummary title={state.formError} errors={state.fieldErrors} labels={text.labels} />}
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField form={form} name="name" label={label('name')} autoComplete="name" />
        <TextField form={form} name="organization" label={label('organization', true)} autoComplete="organization" />
        <SelectField form={form} name="countryCode" label={label('countryCode', true)} options={countries} placeholder={text.countryNone} />
        <TextField form={form} name="email" label={label('email')} type="email" autoComplete="email" />
      </div>
      <SelectField form={form} name="theme" label={label('theme')} options={themes} placeholder={text.themeChoose} />
      <Field name="message" label={label('message')} error={form.errors.message} hint={text.messageHint}>
        {(props) => <textarea {...props} rows={8} maxLength={5000} defaultValue={form.value('message')} key={form.key('message')} />}
      </Field>
      <div className="absolute -left-[10000px] size-px overflow-hidden" aria-hidden="true">
        <label htmlFor="field-website">{text.honeypot}</label>
        <input id="field-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" key={form.key('website')} />
      </div>
      <PendingButton
        pending={form.pending}
        label={text.submit}
        pendingLabel={text.sending}
        className="rounded-lg bg-brand-700 px-6 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      />
    </form>
  );
}
