import 'server-only';
import { z } from 'zod';
import { headers } from 'next/headers';
import { publicDataChanged } from '../public-data-changed';
import { getTranslations } from 'next-intl/server';
import { localizedFieldErrors, localizeKey, messagesOf } from '@/lib/forms/field-errors';
import catalogue from '@/messages/ru.json';
import { AccessDenied, requireActor, type Role } from '../auth/actor';
import { isDatabaseUnavailable } from '../database/unavailable';
import type { MutationOutcome } from './outcome';
import { asFormData, formDataObject, submittedValues } from '@/lib/forms/form-data';

/** What an admin form shows after a submit. On error the editor's input comes back with it. */
export type FormState =
  | { status: 'idle' }
  | { status: 'saved'; message: string }
  | {
      status: 'error';
      formError: string | null;
      fieldErrors: Record<string, string>;
      values: Record<string, string>;
      /** Someone else saved first: their version, so the editor can look before saving over it. */
      conflict?: { version: number; updatedAt: string };
    };

/**
 * How an admin form words the message key of a schema's issue or a mutation's refusal: AdminForm's
 * errors, then InputErrors (checks shared beyond the admin forms, such as control characters).
 */
export async function adminFieldMessage(): Promise<(key: string) => string> {
  const [t, inputErrors] = await Promise.all([getTranslations('AdminForm'), getTranslations('InputErrors')]);
  return localizeKey(
    [messagesOf(catalogue.AdminForm.errors, (key) => t(`errors.${key}`)), messagesOf(catalogue.InputErrors, inputErrors)],
    t('errors.invalid'),
  );
}

/**
 * The steps every admin form action takes, in order: refuse a visitor without the role (before
 * reading their input, so nothing about it leaks), check the arguments bound to the action on the
 * page (a record's id, the locale: a client can send any, so one that names nothing is refused as a
 * missing record), validate the input with its zod schema, run the DAL mutation (which checks the
 * session and role again itself), refresh the public pages' cache tags, and report back with
 * localized messages. `onSaved` runs after a success (e.g. a redirect).
 */
export async function runFormAction<Schema extends z.ZodType, T, Bound extends z.ZodType = z.ZodUndefined>(
  submitted: FormData,
  options: {
    role: Role;
    bound?: { schema: Bound; value: unknown };
    schema: Schema;
    mutate: (requestHeaders: Headers, input: z.output<Schema>, bound: z.output<Bound>) => Promise<MutationOutcome<T>>;
    tags: readonly string[];
    onSaved?: (value: T, bound: z.output<Bound>) => void;
  },
): Promise<FormState> {
  const formData = asFormData(submitted);
  const t = await getTranslations('AdminForm');
  const values = submittedValues(formData);
  const failed = (
    formError: string | null,
    fieldErrors: Record<string, string> = {},
    conflict?: Extract<FormState, { status: 'error' }>['conflict'],
  ): FormState => ({
    status: 'error',
    formError,
    fieldErrors,
    values,
    ...(conflict && { conflict }),
  });
  const fieldMessage = await adminFieldMessage();

  // Refusals and a database that does not answer come back as the form's message, with the input kept.
  const refusal = (error: unknown): FormState => {
    if (error instanceof AccessDenied) return failed(t(error.reason === 'unauthenticated' ? 'signedOut' : 'forbidden'));
    if (isDatabaseUnavailable(error)) return failed(t('unavailable'));
    throw error;
  };

  const requestHeaders = await headers();
  try {
    await requireActor(requestHeaders, options.role);
  } catch (error) {
    return refusal(error);
  }

  const bound = (options.bound?.schema ?? z.undefined()).safeParse(options.bound?.value);
  if (!bound.success) return failed(t('notFound'));
  const boundValue = bound.data as z.output<Bound>;

  const parsed = options.schema.safeParse(formDataObject(formData));
  if (!parsed.success) return failed(t('checkFields'), localizedFieldErrors(parsed.error.issues, fieldMessage));

  let outcome: MutationOutcome<T>;
  try {
    outcome = await options.mutate(requestHeaders, parsed.data, boundValue);
  } catch (error) {
    return refusal(error);
  }
  if (!outcome.ok) {
    switch (outcome.error) {
      case 'invalid': {
        const fieldErrors = Object.fromEntries(Object.entries(outcome.fieldErrors).map(([field, key]) => [field, fieldMessage(key)]));
        return failed(t('checkFields'), fieldErrors);
      }
      case 'conflict':
        return failed(t('conflict'), {}, { version: outcome.current.version, updatedAt: outcome.current.updatedAt.toISOString() });
      case 'notFound':
        return failed(t('notFound'));
      case 'inUse':
        return failed(t('inUse'));
    }
  }
  publicDataChanged(options.tags); // the public pages and the server's copies of them show the change at once
  options.onSaved?.(outcome.value, boundValue);
  return { status: 'saved', message: t('saved') };
}
