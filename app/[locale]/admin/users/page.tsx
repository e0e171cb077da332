import { Suspense } from 'react';
import { headers } from 'next/headers';
import { connection } from 'next/server';
import { getFormatter, getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/i18n/locale-param';
import type { AppLocale } from '@/i18n/routing';
import { actorForPage } from '@/lib/server/auth/page-access';
import { SET_PASSWORD_LINK_HOURS } from '@/lib/server/auth/set-password-link';
import { ACCOUNT_DELAYS, maxAttemptsPerDay } from '@/lib/security/sign-in-delay';
import { listSignInFailures, listUsers, type SignInFailureRow, type UserRow } from '@/lib/server/users/queries';
import { formatUtcDateTime } from '@/lib/format';
import { ScrollTable } from '@/components/ui/data-table';
import { adminMetadata } from '@/components/admin/admin-section-page';
import { InviteForm, ResetAccessForm, SetDisabledForm } from '@/components/admin/users/user-forms';
import { inviteUserAction, resetAccessAction, setDisabledAction } from './actions';

export const generateMetadata = ({ params }: PageProps<'/[locale]/admin/users'>) => adminMetadata(params, 'AdminUsers');

export default async function UsersPage({ params }: PageProps<'/[locale]/admin/users'>) {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'AdminUsers' });
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="max-w-3xl text-slate-700 dark:text-slate-300">{t('lead')}</p>
      </header>
      <Suspense fallback={<p>{t('loading')}</p>}>
        <UsersPanel locale={locale} />
      </Suspense>
    </div>
  );
}

async function UsersPanel({ locale }: { locale: AppLocale }) {
  await connection();
  const actor = await actorForPage(locale);
  const t = await getTranslations({ locale, namespace: 'AdminUsers' });
  if (actor.role !== 'admin')
    return (
      <p role="alert" className="font-medium">
        {t('adminOnly')}
      </p>
    );
  const requestHeaders = await headers();
  const [users, failures] = await Promise.all([listUsers(requestHeaders), listSignInFailures(requestHeaders)]);
  const roles = { admin: t('roles.admin'), editor: t('roles.editor') };
  return (
    <>
      <section
        aria-labelledby="invite-heading"
        className="space-y-3 rounded-2xl border border-slate-200 bg-slate-50 p-4 sm:p-6 dark:border-slate-800 dark:bg-slate-900"
      >
        <h2 id="invite-heading" className="text-xl font-bold">
          {t('inviteHeading')}
        </h2>
        <p className="max-w-3xl text-sm text-slate-700 dark:text-slate-300">{t('noEmail', { hours: SET_PASSWORD_LINK_HOURS })}</p>
        <InviteForm
          action={inviteUserAction.bind(null, locale)}
          labels={{ email: t('columns.email'), name: t('columns.name'), role: t('columns.role'), roles, submit: t('invite'), pending: t('working') }}
        />
      </section>
      <ScrollTable
        caption={t('tableCaption', { count: users.length })}
        minWidth="48rem"
        head={(['email', 'name', 'role', 'status', 'actions'] as const).map((column) => (
          <th key={column} scope="col" className="px-3 py-2">
            {t(`columns.${column}`)}
          </th>
        ))}
      >
        {users.map((user) => (
          <tr key={user.id} className="align-top">
            <th scope="row" className="px-3 py-3 font-medium break-all">
              {user.email}
            </th>
            <td className="px-3 py-3">{user.name}</td>
            <td className="px-3 py-3">{roles[user.role]}</td>
            <td className="px-3 py-3">{t(`status.${statusOf(user)}`)}</td>
            <td className="px-3 py-3">
              {user.id === actor.id ? (
                <span className="text-slate-600 dark:text-slate-400">{t('you')}</span>
              ) : (
                <div className="flex flex-col items-start gap-2">
                  {!user.disabled && (
                    <ResetAccessForm
                      action={resetAccessAction.bind(null, locale)}
                      userId={user.id}
                      who={user.email}
                      label={t('resetAccess')}
                      pendingLabel={t('working')}
                    />
                  )}
                  <SetDisabledForm
                    action={setDisabledAction.bind(null, locale)}
                    userId={user.id}
                    disable={!user.disabled}
                    label={user.disabled ? t('enable') : t('disable')}
                    who={user.email}
                  />
                </div>
              )}
            </td>
          </tr>
        ))}
      </ScrollTable>
      <SignInFailures locale={locale} rows={failures} />
    </>
  );
}

/** The accounts under attack (or someone's typos): who is being guessed, how hard, and from how many places. */
async function SignInFailures({ locale, rows }: { locale: AppLocale; rows: SignInFailureRow[] }) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: 'AdminUsers' }), getFormatter({ locale })]);
  return (
    <section aria-labelledby="sign-in-failures-heading" className="space-y-3">
      <h2 id="sign-in-failures-heading" className="text-xl font-bold">
        {t('signInFailures.heading')}
      </h2>
      <p className="max-w-3xl text-sm text-slate-700 dark:text-slate-300">{t('signInFailures.lead', { perDay: maxAttemptsPerDay(ACCOUNT_DELAYS) })}</p>
      {rows.length === 0 ? (
        <p>{t('signInFailures.none')}</p>
      ) : (
        <ScrollTable
          caption={t('signInFailures.caption', { count: rows.length })}
          minWidth="40rem"
          head={(['email', 'failures', 'lastAttempt', 'addresses', 'delay'] as const).map((column) => (
            <th key={column} scope="col" className="px-3 py-2">
              {t(`signInFailures.columns.${column}`)}
            </th>
          ))}
        >
          {rows.map((row) => (
            <tr key={row.email} className="align-top">
              <th scope="row" className="px-3 py-3 font-medium break-all">
                {row.email}
                {!row.hasAccount && <span className="block text-sm font-normal text-slate-600 dark:text-slate-400">{t('signInFailures.noAccount')}</span>}
              </th>
              <td className="px-3 py-3">{format.number(row.failures)}</td>
              <td className="px-3 py-3">{formatUtcDateTime(row.lastAttemptAt, locale, 'medium')}</td>
              <td className="px-3 py-3">{format.number(row.addressCount)}</td>
              <td className="px-3 py-3">
                {row.retryAfterSeconds > 0 ? t('signInFailures.inSeconds', { seconds: row.retryAfterSeconds }) : t('signInFailures.now')}
              </td>
            </tr>
          ))}
        </ScrollTable>
      )}
    </section>
  );
}

const statusOf = (user: UserRow) => (user.disabled ? 'disabled' : user.hasPassword ? 'active' : 'pending');
