'use server';

import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { isAppLocale } from '@/i18n/routing';
import { asFormData } from '@/lib/forms/form-data';
import { signInSchema } from '@/lib/schemas/users';
import { signIn } from '@/lib/server/auth/sessions';
import { isDatabaseUnavailable } from '@/lib/server/database/unavailable';
import type { SignInState } from '@/components/admin/auth/sign-in-form';

export async function signInAction(locale: string, _previous: SignInState, submitted: FormData): Promise<SignInState> {
  const formData = asFormData(submitted);
  const appLocale = isAppLocale(locale) ? locale : 'ru';
  const email = String(formData.get('email') ?? '');
  const parsed = signInSchema.safeParse({ email, password: formData.get('password') ?? '' });
  // A malformed address gets the same answer as a wrong one: the form never says which part was wrong.
  if (!parsed.success) return { error: 'invalid', email };
  const requestHeaders = await headers();
  const result = await signIn(requestHeaders, parsed.data.email, parsed.data.password).catch((error: unknown) => {
    if (isDatabaseUnavailable(error)) return 'unavailable' as const;
    throw error;
  });
  if (typeof result === 'object') {
    const t = await getTranslations({ locale: appLocale, namespace: 'AdminAuth' });
    return { error: 'delayed', email, message: t('delayed', { seconds: result.retryAfterSeconds }) };
  }
  if (result !== 'ok') return { error: result, email };
  redirect({ href: '/admin', locale: appLocale });
  return { error: null, email };
}
