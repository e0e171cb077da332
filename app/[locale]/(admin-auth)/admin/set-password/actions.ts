'use server';

import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { isAppLocale } from '@/i18n/routing';
import { asFormData } from '@/lib/forms/form-data';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, setPasswordSchema } from '@/lib/schemas/users';
import { setPasswordLinkOwner, setPasswordWithLink } from '@/lib/server/auth/set-password-link';
import { signIn } from '@/lib/server/auth/sessions';
import type { SetPasswordState } from '@/components/admin/auth/set-password-form';

/** Sets the password through the one-time link, then signs the person straight in. */
export async function setPasswordAction(locale: string, _previous: SetPasswordState, submitted: FormData): Promise<SetPasswordState> {
  const formData = asFormData(submitted);
  const appLocale = isAppLocale(locale) ? locale : 'ru';
  const t = await getTranslations({ locale: appLocale, namespace: 'AdminAuth' });
  const parsed = setPasswordSchema.safeParse({
    token: formData.get('token') ?? '',
    password: formData.get('password') ?? '',
    confirm: formData.get('confirm') ?? '',
  });
  if (!parsed.success) {
    const fieldErrors: SetPasswordState['fieldErrors'] = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (field === 'password' || field === 'confirm')
        fieldErrors[field] ??= t(`errors.${issue.message as 'passwordTooShort' | 'passwordTooLong' | 'passwordsDiffer'}`, {
          min: MIN_PASSWORD_LENGTH,
          max: MAX_PASSWORD_LENGTH,
        });
      else return { formError: t('linkInvalid'), fieldErrors: {} };
    }
    return { formError: t('checkFields'), fieldErrors };
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
