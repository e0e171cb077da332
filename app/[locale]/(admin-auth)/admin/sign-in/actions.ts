'use server';

import { getTranslations } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { isAppLocale } from '@/i18n/routing';
import type { ActionResult } from '@/lib/forms/action-result';
import { signInSchema } from '@/lib/schemas/users';
import { adminWording, refused, runFormAction } from '@/lib/server/admin/form-action';
import { succeeded } from '@/lib/server/admin/outcome';
import { signIn } from '@/lib/server/auth/sessions';

export async function signInAction(locale: string, _previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const appLocale = typeof locale === 'string' && isAppLocale(locale) ? locale : 'ru';
  const [t, admin] = await Promise.all([getTranslations({ locale: appLocale, namespace: 'AdminAuth' }), adminWording()]);
  return runFormAction(formData, {
    role: 'anyone',
    schema: signInSchema,
    wording: { ...admin, unavailable: t('unavailable') },
    secret: ['password'],
    // A malformed address gets the same answer as a wrong one: the form never says which part was wrong.
    refuseInput: () => t('invalid'),
    mutate: async (headers, { email, password }) => {
      const result = await signIn(headers, email, password);
      if (result === 'ok') return succeeded(null);
      return refused(result === 'invalid' ? t('invalid') : t('delayed', { seconds: result.retryAfterSeconds }));
    },
    tags: [],
    onSaved: () => redirect({ href: '/admin', locale: appLocale }),
  });
}
