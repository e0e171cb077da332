import type { Metadata } from 'next';
import { Suspense } from 'react';
import { connection } from 'next/server';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/i18n/locale-param';
import type { AppLocale } from '@/i18n/routing';
import { actorForPage } from '@/lib/server/auth/page-access';
import { AdminNav } from '@/components/admin/shell/admin-nav';
import { signOutAction } from './actions';

// Admin pages read the session and the database before they answer (the section pages share the
// public pages' blocking layout), so the static-shell check does not apply. docs/decisions/006.
export const instant = false;

export async function generateMetadata({ params }: LayoutProps<'/[locale]/admin'>): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'AdminShell' });
  return { title: { default: t('title'), template: `%s — ${t('title')}` }, robots: { index: false, follow: false } };
}

const SECTIONS = [
  'dashboard',
  'partners',
  'agreements',
  'events',
  'projects',
  'proposals',
  'inbox',
  'media',
  'import',
  'audit',
  'trash',
  'users',
  'settings',
] as const;
const ADMIN_ONLY: ReadonlySet<string> = new Set(['trash', 'users', 'settings']);
const CLIENT_NAMESPACES = [
  'AdminForm',
  'AdminPartners',
  'AdminAgreements',
  'AdminEvents',
  'AdminProjects',
  'AdminProposals',
  'AdminSettings',
  'AdminInbox',
  'Review',
  'Themes',
];
const hrefOf = (section: (typeof SECTIONS)[number]) => (section === 'dashboard' ? '/admin' : `/admin/${section}`);

/** The admin shell: heading, sections, the signed-in user and sign-out. Nobody else gets past it. */
export default async function AdminLayout({ children, params }: LayoutProps<'/[locale]/admin'>) {
  // Never served from a shell prerendered at build time: its scripts would lack the request's CSP
  // nonce, and the browser would block them (docs/decisions/013).
  await connection();
  const locale = await localeFromParams(params);
  const [t, messages] = await Promise.all([getTranslations({ locale, namespace: 'AdminShell' }), getMessages({ locale })]);
  // The admin's forms are client components with many labels: they get the admin catalogues
  // (never shipped to the public pages, which keep only the error page's strings).
  const clientMessages = Object.fromEntries(Object.entries(messages).filter(([namespace]) => namespace === 'Error' || CLIENT_NAMESPACES.includes(namespace)));
  return (
    <NextIntlClientProvider messages={clientMessages}>
      <div className="space-y-6">
        <Suspense fallback={<p>{t('loading')}</p>}>
          <AdminHeader locale={locale} />
        </Suspense>
        {children}
      </div>
    </NextIntlClientProvider>
  );
}

async function AdminHeader({ locale }: { locale: AppLocale }) {
  await connection();
  const actor = await actorForPage(locale);
  const t = await getTranslations({ locale, namespace: 'AdminShell' });
  const items = SECTIONS.filter((s) => actor.role === 'admin' || !ADMIN_ONLY.has(s)).map((s) => ({ href: hrefOf(s), label: t(`nav.${s}`) }));
  return (
    <header className="space-y-3 border-b border-slate-200 pb-3 dark:border-slate-800">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-xl font-bold text-brand-800 dark:text-brand-100">{t('title')}</p>
        <form action={signOutAction.bind(null, locale)} className="flex flex-wrap items-center gap-3 text-sm">
          <span className="text-slate-700 dark:text-slate-300">
            {t('signedInAs', { name: actor.name, email: actor.email, role: t(`roles.${actor.role}`) })}
          </span>
          <button
            type="submit"
            className="rounded-md border border-brand-700 px-3 py-1.5 font-semibold text-brand-700 hover:bg-brand-50 dark:border-slate-400 dark:text-slate-100 dark:hover:bg-slate-800"
          >
            {t('signOut')}
          </button>
        </form>
      </div>
      <AdminNav label={t('navLabel')} items={items} />
    </header>
  );
}
