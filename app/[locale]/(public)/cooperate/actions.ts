'use server';

import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { isAppLocale } from '@/i18n/routing';
import type { ActionResult } from '@/lib/forms/action-result';
import { localizeKey, messagesOf } from '@/lib/forms/field-errors';
import { cooperationSubmissionInputSchema } from '@/lib/schemas/cooperation';
import { refused, runFormAction, type Wording } from '@/lib/server/admin/form-action';
import { succeeded } from '@/lib/server/admin/outcome';
import { submitToOpenCall } from '@/lib/server/open-call/submissions';
import { holdForPage } from '@/lib/server/forms/posted-without-script';
import catalogue from '@/messages/ru.json';

/** The open call's form, posted by anyone, with or without JavaScript. Nothing public changes: the inbox is never cached. */
export async function submitCooperationAction(locale: string, _state: ActionResult, formData: FormData): Promise<ActionResult> {
  // The locale only picks the wording: the form is public, so an unknown one falls back rather than refuses.
  const appLocale = typeof locale === 'string' && isAppLocale(locale) ? locale : 'ru';
  const [t, inputErrors] = await Promise.all([
    getTranslations({ locale: appLocale, namespace: 'Cooperate' }),
    getTranslations({ locale: appLocale, namespace: 'InputErrors' }),
  ]);
  const generic = t('invalid');
  const wording: Wording = {
    unauthenticated: generic,
    forbidden: generic,
    notFound: generic,
    conflict: generic,
    inUse: generic,
    unavailable: t('unavailable'),
    checkFields: t('checkFields'),
    saved: t('received'),
    field: localizeKey([messagesOf(catalogue.Cooperate.errors, (key) => t(`errors.${key}`)), messagesOf(catalogue.InputErrors, inputErrors)], generic),
  };
  const result = await runFormAction(formData, {
    role: 'anyone',
    schema: cooperationSubmissionInputSchema,
    wording,
    mutate: async (headers, input) => {
      const result = await submitToOpenCall(headers, input);
      return result === 'received' ? succeeded(null) : refused(t('tooMany', { minutes: result.retryAfterMinutes }));
    },
    tags: [],
  });
  holdForPage(await headers(), result);
  return result;
}
