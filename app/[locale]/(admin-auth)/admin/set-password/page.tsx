import type { Metadata } from 'next';
import { Suspense } from 'react';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { localeFromParams } from '@/i18n/locale-param';
import { Link } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import { linkTokenSchema, MIN_PASSWORD_LENGTH } from '@/lib/schemas/users';
import { setPasswordLinkOwner } from '@/lib/server/auth/set-password-link';
import { AuthCard } from '@/components/admin/auth/auth-card';
import { SetPasswordForm } from '@/components/admin/auth/set-password-form';
import { setPasswordAction } from './actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/set-password'>): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'AdminAuth' });
  // The token is a credential: keep the page out of indexes and the link out of Referer headers.
  return { title: t('setPasswordTitle'), robots: { index: false, follow: false }, referrer: 'no-referrer' };
}

const tokenQuery = z.object({ token: linkTokenSchema.catch('') });

export default async function SetPasswordPage({ params, searchParams }: PageProps<'/[locale]/admin/set-password'>) {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'AdminAuth' });
  return (
    <Suspense
      fallback={
        <AuthCard title={t('setPasswordTitle')} lead={t('loading')}>
          {null}
        </AuthCard>
      }
    >
      <SetPasswordPanel locale={locale} searchParams={searchParams} />
    </Suspense>
  );
}

async function SetPasswordPanel({ locale, searchParams }: { locale: AppLocale; searchParams: PageProps<'/[locale]/admin/set-password'>['searchParams'] }) {
  await connection();
  const t = await getTranslations({ locale, namespace: 'AdminAuth' });
  const parsed = tokenQuery.safeParse(await searchParams);
  const token = parsed.success ? parsed.data.token : '';
  const email = token ? await setPasswordLinkOwner(token) : null;
  if (!email) {
    return (
      <AuthCard title={t('setPasswordTitle')} lead={t('linkInvalid')}>
        <Link href="/admin/sign-in" className="font-semibold text-brand-700 underline dark:text-brand-100">
          {t('toSignIn')}
        </Link>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t('setPasswordTitle')} lead={t('setPasswordLead')}>
      <SetPasswordForm
        action={setPasswordAction.bind(null, locale)}
        token={token}
        email={email}
        labels={{
          email: t('email'),
          password: t('newPassword'),
          confirm: t('confirmPassword'),
          hint: t('passwordHint', { min: MIN_PASSWORD_LENGTH }),
          submit: t('savePassword'),
          pending: t('saving'),
        }}
      />
    </AuthCard>
  );
}
