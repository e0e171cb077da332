import type { Metadata } from 'next';
import { Suspense } from 'react';
import { headers } from 'next/headers';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/i18n/locale-param';
import { redirect } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import { actorFromHeaders } from '@/lib/server/auth/actor';
import { AuthCard } from '@/components/admin/auth/auth-card';
import { SignInForm } from '@/components/admin/auth/sign-in-form';
import { signInAction } from './actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/sign-in'>): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'AdminAuth' });
  return { title: t('signInTitle'), robots: { index: false, follow: false } };
}

export default async function SignInPage({ params, searchParams }: PageProps<'/[locale]/admin/sign-in'>) {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'AdminAuth' });
  return (
    <AuthCard title={t('signInTitle')} lead={t('signInLead')}>
      <Suspense fallback={<p>{t('loading')}</p>}>
        <SignInPanel locale={locale} searchParams={searchParams} />
      </Suspense>
    </AuthCard>
  );
}

async function SignInPanel({ locale, searchParams }: { locale: AppLocale; searchParams: PageProps<'/[locale]/admin/sign-in'>['searchParams'] }) {
  await connection();
  // Someone already signed in has nothing to do here.
  if (await actorFromHeaders(await headers())) redirect({ href: '/admin', locale });
  const [t, query] = await Promise.all([getTranslations({ locale, namespace: 'AdminAuth' }), searchParams]);
  return (
    <>
      {query.passwordSet === '1' && (
        <p role="status" className="rounded-lg bg-emerald-50 p-3 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100">
          {t('passwordSet')}
        </p>
      )}
      <SignInForm
        action={signInAction.bind(null, locale)}
        labels={{
          email: t('email'),
          password: t('password'),
          submit: t('signIn'),
          pending: t('signingIn'),
        }}
      />
    </>
  );
}
