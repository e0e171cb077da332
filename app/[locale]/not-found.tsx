import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

export default async function NotFound() {
  const t = await getTranslations('NotFound');
  return (
    <div className="mx-auto max-w-2xl space-y-6 py-12 text-center">
      <p className="text-6xl font-bold text-brand-700 dark:text-brand-100" aria-hidden="true">
        404
      </p>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="text-lg text-slate-700 dark:text-slate-300">{t('lead')}</p>
      <ul className="flex flex-wrap justify-center gap-3">
        <li>
          <Link href="/" className="inline-block rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {t('home')}
          </Link>
        </li>
        <li>
          <Link
            href="/partners"
            className="inline-block rounded-lg border border-brand-700 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50 dark:border-brand-100 dark:text-brand-100 dark:hover:bg-slate-900"
          >
            {t('partners')}
          </Link>
        </li>
        <li>
          <Link
            href="/search"
            className="inline-block rounded-lg border border-brand-700 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50 dark:border-brand-100 dark:text-brand-100 dark:hover:bg-slate-900"
          >
            {t('search')}
          </Link>
        </li>
      </ul>
    </div>
  );
}
