'use client';

import { useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Field } from './form-controls';
import type { useAdminForm } from './use-admin-form';

/** The state of the form these fields belong to (from useAdminForm). */
export type FormBag = Pick<ReturnType<typeof useAdminForm>, 'errors' | 'value' | 'key'>;
export type Option = { value: string; label: string };
const LOCALES = ['ru', 'kk', 'en'] as const;

export function TextField({
  form,
  name,
  label,
  hint,
  type = 'text',
  inputMode,
  autoComplete,
}: {
  form: FormBag;
  name: string;
  label: string;
  hint?: string;
  type?: string;
  inputMode?: 'numeric' | 'decimal';
  autoComplete?: string;
}) {
  return (
    <Field name={name} label={label} error={form.errors[name]} hint={hint}>
      {(props) => <input {...props} type={type} inputMode={inputMode} autoComplete={autoComplete} defaultValue={form.value(name)} key={form.key(name)} />}
    </Field>
  );
}

/**
 * A record's address part. While the record is public, a change tells the editor that the saved
 * address keeps working and redirects to the new one (decision 040), before they save.
 */
export function SlugField({
  form,
  label,
  hint,
  section,
  publicSlug,
}: {
  form: FormBag;
  label: string;
  hint: string;
  section: 'partners' | 'events' | 'projects';
  /** The saved slug of a record visitors see now; absent for a new, draft or scheduled one. */
  publicSlug?: string;
}) {
  const t = useTranslations('AdminForm');
  const [slug, setSlug] = useState(form.value('slug'));
  const moved = publicSlug !== undefined && slug.trim() !== publicSlug;
  return (
    <div>
      <Field name="slug" label={label} error={form.errors.slug} hint={hint}>
        {(props) => <input {...props} defaultValue={form.value('slug')} key={form.key('slug')} onChange={(e) => setSlug(e.target.value)} />}
      </Field>
      <p aria-live="polite" className="mt-1 text-xs font-medium text-emerald-800 dark:text-emerald-200">
        {moved && t('slugRedirects', { path: `/${section}/${publicSlug}` })}
      </p>
    </div>
  );
}

export function SelectField({
  form,
  name,
  label,
  options,
  placeholder,
  hint,
}: {
  form: FormBag;
  name: string;
  label: string;
  options: Option[];
  placeholder?: string;
  hint?: string;
}) {
  return (
    <Field name={name} label={label} error={form.errors[name]} hint={hint}>
      {(props) => (
        <select {...props} defaultValue={form.value(name)} key={form.key(name)}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/**
 * The texts of a record in the three languages side by side (one row per field), named
 * `translations.<locale>.<field>`; fields given a row count are multi-line.
 */
export function TranslationFields({
  form,
  fields,
  labelOf,
  rows = {},
}: {
  form: FormBag;
  fields: readonly string[];
  labelOf: (name: string) => string;
  rows?: Record<string, number>;
}) {
  return fields.map((field) => (
    <div key={field} className="grid gap-4 lg:grid-cols-3">
      {LOCALES.map((locale) => {
        const name = `translations.${locale}.${field}`;
        return (
          <Field key={locale} name={name} label={labelOf(name)} error={form.errors[name]}>
            {(props) =>
              rows[field] ? (
                <textarea {...props} rows={rows[field]} lang={locale} defaultValue={form.value(name)} key={form.key(name)} />
              ) : (
                <input {...props} lang={locale} defaultValue={form.value(name)} key={form.key(name)} />
              )
            }
          </Field>
        );
      })}
    </div>
  ));
}

/** "2026-12-01T09:00" typed in the editor's browser, as an instant (ISO with offset) for the server. */
const localToIso = (local: string) => (local ? new Date(local).toISOString() : '');
const isoToLocal = (iso: string) => {
  if (!iso) return '';
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

/**
 * An instant typed in the editor's local time, sent as an ISO string under `name`. The value is read
 * from the field when the form is sent (its `formdata` event), not kept from change events: a field
 * filled before the page hydrated never fires one, and would post the old time.
 */
function InstantField({ form, name, label, hint }: { form: FormBag; name: string; label: string; hint: string }) {
  const saved = form.value(name);
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const input = ref.current;
    const owner = input?.form;
    if (!input || !owner) return;
    // The server rendered the time in its own zone; untouched, the field shows the browser's.
    const local = isoToLocal(saved);
    if (input.value === input.defaultValue) input.value = local;
    const send = (event: FormDataEvent) => {
      event.formData.set(name, input.value === local ? saved : localToIso(input.value));
    };
    owner.addEventListener('formdata', send);
    return () => owner.removeEventListener('formdata', send);
  }, [name, saved]);
  return (
    <>
      <Field name={name} label={label} error={form.errors[name]} hint={hint}>
        {(props) => <input {...props} ref={ref} name={`${name}Local`} type="datetime-local" defaultValue={isoToLocal(saved)} />}
      </Field>
      <input type="hidden" name={name} value={saved} readOnly />
    </>
  );
}

/** When to publish, on its own: the reviewer's "schedule" choice. */
export function PublishAtField({ form, label }: { form: FormBag; label: string }) {
  const t = useTranslations('AdminForm');
  return <InstantField form={form} name="publishAt" label={label} hint={t('publishAtHint')} />;
}

/**
 * Draft, scheduled or published, when to publish, and when to go off the site (docs/decisions/046);
 * the times are the editor's local time, sent as instants.
 */
export function PublicationFields({ form, labels }: { form: FormBag; labels: { publicationStatus: string; publishAt: string } }) {
  const t = useTranslations('AdminForm');
  return (
    <>
      <SelectField
        form={form}
        name="publicationStatus"
        label={labels.publicationStatus}
        options={(['draft', 'scheduled', 'published'] as const).map((s) => ({ value: s, label: t(`publication.${s}`) }))}
      />
      <InstantField form={form} name="publishAt" label={labels.publishAt} hint={t('publishAtHint')} />
      <InstantField form={form} name="unpublishAt" label={t('unpublishAt')} hint={t('unpublishAtHint')} />
    </>
  );
}
