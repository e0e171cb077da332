'use server';

import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { isAppLocale } from '@/i18n/routing';
import { asFormData } from '@/lib/forms/form-data';
import { localizedFieldErrors, localizeKey, messagesOf } from '@/lib/forms/field-errors';
import catalogue from '@/messages/ru.json';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, setPasswordSchema } from '@/lib/schemas/users';
import { setPasswordLinkOwner, setPasswordWithLink } from '@/lib/server/auth/set-password-link';
import { signIn } from '@/lib/server/auth/sessions';
import type { SetPasswordState } from '@/components/admin/auth/set-password-form';

/** Sets the password through the one-time link, then signs the person straight in. */
export async function setPasswordAction(locale: string, _previous: SetPasswordState, submitted: FormData): Promise<SetPasswordState> {
  const formData = asFormData(submitted);
  const appLocale = isAppLocale(locale) ? locale : 'ru';
  const [t, form] = await Promise.all([
    getTranslations({ locale: appLocale, namespace: 'AdminAuth' }),
    getTranslations({ locale: appLocale, namespace: 'AdminForm' }),
  ]);
  const parsed = setPasswordSchema.safeParse({
    token: formData.get('token') ?? '',
    password: formData.get('password') ?? '',
    confirm: formData.get('confirm') ?? '',
  });
  if (!parsed.success) {
    // Anything wrong beyond the two password fields (the token) is a broken link, not a field to correct.
    if (parsed.error.issues.some(({ path }) => path[0] !== 'password' && path[0] !== 'confirm')) return { formError: t('linkInvalid'), fieldErrors: {} };
    const message = localizeKey(
      [messagesOf(catalogue.AdminAuth.errors, (key) => t(`errors.${key}`, { min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH }))],
      form('errors.invalid'),
    );
    return { formError: t('checkFields'), fieldErrors: localizedFieldErrors(parsed.error.issues, message) };
  }
  const { token, password } = parsed.data;
  const email = await setPasswordLinkOwner(token);
  if (!email || !(await setPasswordWithLink(token, password))) return { formError: t('linkInvalid'), fieldErrors: {} };
  const signedIn = await signIn(await headers(), email, password);
  redirect(
    signedIn === 'ok' ? { href: '/admin', locale: appLocale } : { href: { pathname: '/admin/sign-in', query: { passwordSet: '1' } }, locale: appLocale },
  );
  return { formError: null, fieldErrors: {} };
}
