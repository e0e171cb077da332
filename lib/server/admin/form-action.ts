import 'server-only';
import type { z } from 'zod';
import { headers } from 'next/headers';
import { updateTag } from 'next/cache';
import { publicDataChanged } from '@/lib/cache/public-freshness';
import { getTranslations } from 'next-intl/server';
import { AccessDenied, requireActor, type Role } from '../auth/actor';
import { isDatabaseUnavailable } from '../database/unavailable';
import type { MutationOutcome } from './outcome';
import { formDataObject, submittedValues } from '@/lib/forms/form-data';

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

export const idle: FormState = { status: 'idle' };

/**
 * The steps every admin form action takes, in order: refuse a visitor without the role (before
 * reading their input, so nothing about it leaks), validate the input with its zod schema, run the
 * DAL mutation (which checks the session and role again itself), refresh the public pages' cache
 * tags, and report back with localized messages. `onSaved` runs after a success (e.g. a redirect).
 */
export async function runFormAction<Schema extends z.ZodType, T>(
  formData: FormData,
  options: {
    role: Role;
    schema: Schema;
    mutate: (requestHeaders: Headers, input: z.output<Schema>) => Promise<MutationOutcome<T>>;
    tags: readonly string[];
    onSaved?: (value: T) => void;
  },
): Promise<FormState> {
  const t = await getTranslations('AdminForm');
  const values = submittedValues(formData);
  const failed = (formError: string | null, fieldErrors: Record<string, string> = {}, conflict?: Extract<FormState, { status: 'error' }>['conflict']): FormState => ({
    status: 'error', formError, fieldErrors, values, ...(conflict && { conflict }),
  });
  // Input checks shared beyond the admin forms (control characters) keep their messages in InputErrors.
  const inputErrors = await getTranslations('InputErrors');
  const fieldMessage = (key: string) => (t.has(`errors.${key}`) ? t(`errors.${key}`) : inputErrors.has(key) ? inputErrors(key) : t('errors.invalid'));

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

  const parsed = options.schema.safeParse(formDataObject(formData));
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[issue.path.join('.')] ??= fieldMessage(issue.message);
    return failed(t('checkFields'), fieldErrors);
  }

  let outcome: MutationOutcome<T>;
  try {
    outcome = await options.mutate(requestHeaders, parsed.data);
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
  for (const tag of options.tags) updateTag(tag); // the public pages show the change at once
  if (options.tags.length > 0) publicDataChanged(); // and so do the server's copies of them
  options.onSaved?.(outcome.value);
  return { status: 'saved', message: t('saved') };
}
