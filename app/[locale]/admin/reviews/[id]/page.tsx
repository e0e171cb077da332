import type { Metadata } from 'next';
import { Suspense } from 'react';
import { connection } from 'next/server';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/i18n/locale-param';
import { Link } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import { formatUtcDateTime } from '@/lib/format';
import { requirePageActor } from '@/lib/server/auth/page-access';
import { getReview } from '@/lib/server/review/queries';
import { ColumnHeads, ScrollTable } from '@/components/ui/data-table';
import { ReviewDecision } from '@/components/admin/review-decision';
import { approveReviewAction, returnReviewAction } from '../actions';

const NAMESPACES = {
  partner: 'AdminPartners',
  agreement: 'AdminAgreements',
  event: 'AdminEvents',
  project: 'AdminProjects',
  proposal: 'AdminProposals',
} as const;

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/reviews/[id]'>): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFromParams(params), namespace: 'Review' });
  return { title: t('pageTitle'), robots: { index: false, follow: false } };
}

export default async function ReviewPage({ params }: PageProps<'/[locale]/admin/reviews/[id]'>) {
  const locale = await localeFromParams(params);
  const { id } = await params;
  return (
    <Suspense fallback={<div className="h-96 animate-pulse rounded-xl bg-slate-100 dark:bg-slate-900" />}>
      <Review locale={locale} id={id} />
    </Suspense>
  );
}

/** A change waiting for review: its fields against the record now (the changed ones marked), and the reviewer's answers (never to its own submitter). */
async function Review({ locale, id }: { locale: AppLocale; id: string }) {
  await connection();
  const { headers } = await requirePageActor(locale, 'editor');
  const requestId = /^[0-9]{1,9}$/.test(id) ? Number(id) : null;
  const review = requestId === null ? null : await getReview(headers, requestId, locale);
  if (!review) notFound();
  const [t, kindText] = await Promise.all([
    getTranslations({ locale, namespace: 'Review' }),
    // The kind's own field labels; a field the form names in another way shows as its name.
    getTranslations({ locale, namespace: NAMESPACES[review.kind] }) as Promise<{ has: (key: string) => boolean; (key: string): string }>,
  ]);
  const labelOf = (field: string) => {
    const [name = field, language] = field.split('.');
    const label = kindText.has(`fields.${name}`) ? kindText(`fields.${name}`) : field;
    return language && kindText.has(`locales.${language}`) ? `${label} (${kindText(`locales.${language}`)})` : label;
  };
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <Link href={`/admin/${review.section}/${review.recordId}`} className="text-sm font-medium text-brand-700 underline dark:text-brand-100">
          {t('openRecord')}
        </Link>
        <h1 className="text-3xl font-bold">
          {t('pageTitle')}: {review.name}
        </h1>
        <p className="text-slate-700 dark:text-slate-300">
          {t('submittedBy', { name: review.submittedBy ?? '—', at: formatUtcDateTime(review.submittedAt, locale) })}
        </p>
      </header>
      {!review.fields.some((f) => f.changed) && <p>{t('noChanges')}</p>}
      <ScrollTable caption={t('pageTitle')} minWidth="40rem" head={<ColumnHeads labels={[t('field'), t('current'), t('proposed')]} />}>
        {review.fields.map((f) => (
          <tr key={f.field} className={f.changed ? 'bg-amber-50 align-top dark:bg-amber-950' : 'align-top'}>
            <th scope="row" className="px-4 py-3 font-medium">
              {labelOf(f.field)}
              {f.changed && <span className="block text-xs font-semibold text-amber-900 dark:text-amber-200">{t('changed')}</span>}
            </th>
            <td className="px-4 py-3 whitespace-pre-wrap">{f.current}</td>
            <td className="px-4 py-3 whitespace-pre-wrap">{f.proposed}</td>
          </tr>
        ))}
      </ScrollTable>
      {review.state !== 'waiting' ? (
        <p role="status" className="font-medium">
          {review.state === 'approved' ? t('approved') : review.state === 'returned' ? `${t('returned')} ${review.comment ?? ''}` : t('closed')}
        </p>
      ) : review.mine ? (
        <p role="status">{t('ownSubmission')}</p>
      ) : (
        <ReviewDecision approve={approveReviewAction.bind(null, review.id)} decline={returnReviewAction.bind(null, review.id)} />
      )}
    </div>
  );
}
