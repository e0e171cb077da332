'use server';

import { headers } from 'next/headers';
import { refresh } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { isAppLocale, type AppLocale } from '@/i18n/routing';
import { inviteUserSchema, userIdSchema } from '@/lib/schemas/users';
import { AccessDenied } from '@/lib/server/auth/actor';
import { isDatabaseUnavailable } from '@/lib/server/database/unavailable';
import { SET_PASSWORD_LINK_HOURS } from '@/lib/server/auth/set-password-link';
import { inviteUser, resetUserAccess, setUserDisabled, type SetPasswordLink, type UserOutcome } from '@/lib/server/users/mutations';
import { asFormData } from '@/lib/forms/form-data';
import { localizedFieldErrors, localizeKey, messagesOf } from '@/lib/forms/field-errors';
import catalogue from '@/messages/ru.json';
import type { DisableState, InviteState, IssuedLink, ResetState } from '@/components/admin/users/user-forms';

const appLocale = (locale: string): AppLocale => (isAppLocale(locale) ? locale : 'ru');
type Translator = Awaited<ReturnType<typeof getTranslations<'AdminUsers'>>>;

const issued = (t: Translator, link: SetPasswordLink): IssuedLink => ({
  label: t('linkFor', { email: link.email, hours: SET_PASSWORD_LINK_HOURS }),
  url: link.url,
});

type Refusal = (UserOutcome & { ok: false })['error'] | AccessDenied['reason'] | 'unavailable';

/** Runs the mutation; a refusal (an outcome, or AccessDenied) comes back as a message key. */
async function attempt(mutate: () => Promise<UserOutcome>): Promise<{ outcome: UserOutcome & { ok: true } } | { refusal: Refusal }> {
  try {
    const outcome = await mutate();
    return outcome.ok ? { outcome } : { refusal: outcome.error };
  } catch (error) {
    if (error instanceof AccessDenied) return { refusal: error.reason };
    if (isDatabaseUnavailable(error)) return { refusal: 'unavailable' };
    throw error;
  }
}

export async function inviteUserAction(locale: string, _previous: InviteState, submitted: FormData): Promise<InviteState> {
  const formData = asFormData(submitted);
  const [t, input, form] = await Promise.all([
    getTranslations({ locale: appLocale(locale), namespace: 'AdminUsers' }),
    getTranslations({ locale: appLocale(locale), namespace: 'InputErrors' }),
    getTranslations({ locale: appLocale(locale), namespace: 'AdminForm' }),
  ]);
  const values = { email: String(formData.get('email') ?? ''), name: String(formData.get('name') ?? ''), role: String(formData.get('role') ?? '') };
  const parsed = inviteUserSchema.safeParse(values);
  if (!parsed.success) {
    const message = localizeKey(
      [messagesOf(catalogue.AdminUsers.errors, (key) => t(`errors.${key}`)), messagesOf(catalogue.InputErrors, input)],
      form('errors.invalid'),
    );
    return { formError: t('checkFields'), fieldErrors: localizedFieldErrors(parsed.error.issues, message), values, link: null };
  }
  const result = await attempt(async () => inviteUser(await headers(), parsed.data, appLocale(locale)));
  if ('refusal' in result) {
    const message = t(`errors.${result.refusal}`);
    return { formError: message, fieldErrors: result.refusal === 'emailTaken' ? { email: message } : {}, values, link: null };
  }
  refresh(); // the list shows the new account
  return {
    formError: null,
    fieldErrors: {},
    values: { email: '', name: '', role: 'editor' },
    link: result.outcome.link ? issued(t, result.outcome.link) : null,
  };
}

export async function resetAccessAction(locale: string, _previous: ResetState, formData: FormData): Promise<ResetState> {
  const t = await getTranslations({ locale: appLocale(locale), namespace: 'AdminUsers' });
  const parsed = userIdSchema.safeParse({ userId: asFormData(formData).get('userId') });
  if (!parsed.success) return { error: t('errors.notFound'), link: null };
  const result = await attempt(async () => resetUserAccess(await headers(), parsed.data.userId, appLocale(locale)));
  if ('refusal' in result) return { error: t(`errors.${result.refusal}`), link: null };
  refresh();
  return { error: null, link: result.outcome.link ? issued(t, result.outcome.link) : null };
}

export async function setDisabledAction(locale: string, _previous: DisableState, formData: FormData): Promise<DisableState> {
  const t = await getTranslations({ locale: appLocale(locale), namespace: 'AdminUsers' });
  const form = asFormData(formData);
  // The buttons only post ids from the list; a stale or forged one changes nothing.
  const parsed = userIdSchema.safeParse({ userId: form.get('userId') });
  if (!parsed.success) return { error: t('errors.notFound') };
  const result = await attempt(async () => setUserDisabled(await headers(), parsed.data.userId, form.get('disabled') === '1'));
  if ('refusal' in result) return { error: t(`errors.${result.refusal}`) };
  refresh();
  return { error: null };
}
