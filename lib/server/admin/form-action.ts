import 'server-only';
import { z } from 'zod';
import { headers } from 'next/headers';
import { refresh } from 'next/cache';
import { publicDataChanged } from '../public-data-changed';
import { getTranslations } from 'next-intl/server';
import { localizedFieldErrors, localizeKey, messagesOf } from '@/lib/forms/field-errors';
import type { ActionResult } from '@/lib/forms/action-result';
import catalogue from '@/messages/ru.json';
import { AccessDenied, requireActor, type Role } from '../auth/actor';
import { isDatabaseUnavailable } from '../database/unavailable';
import type { MutationOutcome } from './outcome';
import { asFormData, formDataObject, submittedValues } from '@/lib/forms/form-data';

/**
 * A refusal the action words itself (a taken e-mail, a wrong password, an unreadable upload):
 * the form's message, and the fields it concerns.
 */
export type Refused = { ok: false; error: 'refused'; formError: string; fieldErrors?: Record<string, string> };
export const refused = (formError: string, fieldErrors: Record<string, string> = {}): Refused => ({ ok: false, error: 'refused', formError, fieldErrors });

/** How a family of forms words the layer's own answers, and the message keys in schema issues. */
export type Wording = {
  unauthenticated: string;
  forbidden: string;
  unavailable: string;
  notFound: string;
  checkFields: string;
  conflict: string;
  inUse: string;
  saved: string;
  field: (key: string) => string;
};

/**
 * The admin editors' wording: AdminForm's messages; a field's from AdminForm's errors, then
 * InputErrors (checks shared beyond the admin forms, such as control characters).
 */
export async function adminWording(): Promise<Wording> {
  const [t, inputErrors] = await Promise.all([getTranslations('AdminForm'), getTranslations('InputErrors')]);
  return {
    unauthenticated: t('signedOut'),
    forbidden: t('forbidden'),
    unavailable: t('unavailable'),
    notFound: t('notFound'),
    checkFields: t('checkFields'),
    conflict: t('conflict'),
    inUse: t('inUse'),
    saved: t('saved'),
    field: localizeKey(
      [messagesOf(catalogue.AdminForm.errors, (key) => t(`errors.${key}`)), messagesOf(catalogue.InputErrors, inputErrors)],
      t('errors.invalid'),
    ),
  };
}

type Options<Schema extends z.ZodType, T, Bound extends z.ZodType, Payload> = {
  /** Who may call it; 'anyone' for the sign-in and set-password forms, which authenticate by their input. */
  role: Role | 'anyone';
  bound?: { schema: Bound; value: unknown };
  schema: Schema;
  mutate: (requestHeaders: Headers, input: z.output<Schema>, bound: z.output<Bound>) => Promise<MutationOutcome<T> | Refused>;
  /** The public cache tags the change shows on. */
  tags: readonly string[];
  /** Re-render the page the form is on (an admin list that shows the new row). */
  refreshPage?: boolean;
  wording?: Wording | Promise<Wording>;
  /** Fields never sent back to the browser with an error (passwords, tokens). */
  secret?: readonly string[];
  /** An input the schema refuses as a whole rather than field by field: its form error (a broken link). */
  refuseInput?: (issues: readonly z.core.$ZodIssue[]) => string | null;
  /** The answer to a success: may redirect (it throws), or carry a payload for the form. */
  onSaved?: (value: T, bound: z.output<Bound>) => { message?: string | null; payload: Payload } | void;
};

/**
 * The one path of every server action, in order: refuse a visitor without the role (before reading
 * their input, so nothing about it leaks), check the arguments bound to the action on the page (a
 * record's id, the locale: a client can send any, so one that names nothing is refused as a missing
 * record), validate the input with its zod schema, run the DAL mutation (which checks the session and
 * role again itself), invalidate what the change shows on, and answer with one result type with
 * localized messages. Refusals and a database that does not answer come back as the form's message,
 * with the input kept; anything else is a bug and is thrown.
 */
export async function runFormAction<Schema extends z.ZodType, T, Bound extends z.ZodType = z.ZodUndefined, Payload = null>(
  submitted: unknown,
  options: Options<Schema, T, Bound, Payload>,
): Promise<ActionResult<Payload>> {
  const formData = asFormData(submitted);
  const wording = await (options.wording ?? adminWording());
  const values = submittedValues(formData);
  for (const name of options.secret ?? []) delete values[name];
  const failed = (
    formError: string | null,
    fieldErrors: Record<string, string> = {},
    conflict?: { version: number; updatedAt: string },
  ): ActionResult<Payload> => ({
    status: 'error',
    formError,
    fieldErrors,
    values,
    ...(conflict && { conflict }),
  });
  const refusal = (error: unknown): ActionResult<Payload> => {
    if (error instanceof AccessDenied) return failed(wording[error.reason]);
    if (isDatabaseUnavailable(error)) return failed(wording.unavailable);
    throw error;
  };

  const requestHeaders = await headers();
  if (options.role !== 'anyone') {
    try {
      await requireActor(requestHeaders, options.role);
    } catch (error) {
      return refusal(error);
    }
  }

  const bound = (options.bound?.schema ?? z.undefined()).safeParse(options.bound?.value);
  if (!bound.success) return failed(wording.notFound);
  const boundValue = bound.data as z.output<Bound>;

  const parsed = options.schema.safeParse(formDataObject(formData));
  if (!parsed.success) {
    const whole = options.refuseInput?.(parsed.error.issues);
    return whole ? failed(whole) : failed(wording.checkFields, localizedFieldErrors(parsed.error.issues, wording.field));
  }

  let outcome: MutationOutcome<T> | Refused;
  try {
    outcome = await options.mutate(requestHeaders, parsed.data, boundValue);
  } catch (error) {
    return refusal(error);
  }
  if (!outcome.ok) {
    switch (outcome.error) {
      case 'refused':
        return failed(outcome.formError, outcome.fieldErrors);
      case 'invalid': {
        const fieldErrors = Object.fromEntries(Object.entries(outcome.fieldErrors).map(([field, key]) => [field, wording.field(key)]));
        return failed(wording.checkFields, fieldErrors);
      }
      case 'conflict':
        return failed(wording.conflict, {}, { version: outcome.current.version, updatedAt: outcome.current.updatedAt.toISOString() });
      case 'notFound':
        return failed(wording.notFound);
      case 'inUse':
        return failed(wording.inUse);
    }
  }
  publicDataChanged(options.tags); // the public pages and the server's copies of them show the change at once
  if (options.refreshPage) refresh();
  const answer = options.onSaved?.(outcome.value, boundValue);
  return { status: 'ok', message: answer ? (answer.message ?? null) : wording.saved, payload: answer ? answer.payload : (null as Payload) };
}
