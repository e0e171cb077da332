'use server';

import { getTranslations } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { isAppLocale } from '@/i18n/routing';
import type { ActionResult } from '@/lib/forms/action-result';
import { localizeKey, messagesOf } from '@/lib/forms/field-errors';
import catalogue from '@/messages/ru.json';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, setPasswordSchema } from '@/lib/schemas/users';
import { adminWording, refused, runFormAction } from '@/lib/server/admin/form-action';
import { succeeded } from '@/lib/server/admin/outcome';
import { setPasswordLinkOwner, setPasswordWithLink } from '@/lib/server/auth/set-password-link';
import { signIn } from '@/lib/server/auth/sessions';

/** Sets the password through the one-time link, then signs the person straight in. */
export async function setPasswordAction(locale: string, _previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const appLocale = typeof locale === 'string' && isAppLocale(locale) ? locale : 'ru';
  const [t, admin] = await Promise.all([getTranslations({ locale: appLocale, namespace: 'AdminAuth' }), adminWording()]);
  return runFormAction(formData, {
    role: 'anyone', // the link's token is the credential
    schema: setPasswordSchema,
    wording: {
      ...admin,
      unavailable: t('unavailable'),
      checkFields: t('checkFields'),
      field: localizeKey(
        [messagesOf(catalogue.AdminAuth.errors, (key) => t(`errors.${key}`, { min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH }))],
        admin.field('invalid'),
      ),
    },
    secret: ['token', 'password', 'confirm'],
    // Anything wrong beyond the two password fields (the token) is a broken link, not a field to correct.
    refuseInput: (issues) => (issues.some(({ path }) => path[0] !== 'password' && path[0] !== 'confirm') ? t('linkInvalid') : null),
    mutate: async (headers, { token, password }) => {
      const email = await setPasswordLinkOwner(token);
      if (!email || !(await setPasswordWithLink(token, password))) return refused(t('linkInvalid'));
      return succeeded(await signIn(headers, email, password));
    },
    tags: [],
    onSaved: (signedIn) =>
      redirect(
        signedIn === 'ok' ? { href: '/admin', locale: appLocale } : { href: { pathname: '/admin/sign-in', query: { passwordSet: '1' } }, locale: appLocale },
      ),
  });
}
