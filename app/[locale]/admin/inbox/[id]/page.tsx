import type { Metadata } from 'next';
import { Suspense } from 'react';
import { connection } from 'next/server';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/i18n/locale-param';
import { Link } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import { countryOptions } from '@/lib/countries';
import { formatUtcDateTime } from '@/lib/format';
import { requirePageActor } from '@/lib/server/auth/page-access';
import { getSubmission } from '@/lib/server/open-call/inbox';
import { SubmissionToProposalForm } from '@/components/admin/submission-to-proposal-form';
import { createProposalFromSubmissionAction } from '../actions';

// The tab names no one: a sender's name is personal data, and browser history and tab titles travel.
export async function generateMetadata({ params }: PageProps<'/[locale]/admin/inbox/[id]'>): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFromParams(params), namespace: 'AdminInbox' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

export default async function SubmissionPage({ params }: PageProps<'/[locale]/admin/inbox/[id]'>) {
  const locale = await localeFromParams(params);
  const { id } = await params;
  const t = await getTranslations({ locale, namespace: 'AdminInbox' });
  return (
    <div className="space-y-6">
      <Link href="/admin/inbox" className="text-sm font-medium text-brand-700 underline dark:text-brand-100">
        ← {t('back')}
      </Link>
      <Suspense fallback={<p>…</p>}>
        <Submission locale={locale} id={id} />
      </Suspense>
    </div>
  );
}

/** The whole submission, and the step to a proposal (or the link to the one made from it). */
async function Submission({ locale, id }: { locale: AppLocale; id: string }) {
  await connection();
  const { headers } = await requirePageActor(locale, 'editor');
  const submissionId = /^[0-9]{1,10}$/.test(id) ? Number(id) : null;
  const submission = submissionId === null ? null : await getSubmission(headers, submissionId);
  if (!submission) notFound();
  const [t, themes] = await Promise.all([getTranslations({ locale, namespace: 'AdminInbox' }), getTranslations({ locale, namespace: 'Themes' })]);
  const countries = countryOptions(locale);
  const countryName = (code: string | null) => (code ? (countries.find((c) => c.code === code)?.name ?? code) : t('notSpecified'));
  const facts: [string, string][] = [
    [t('fields.organization'), submission.organization ?? t('notSpecified')],
    [t('fields.country'), countryName(submission.countryCode)],
    [t('fields.email'), submission.email],
    [t('fields.theme'), themes(submission.theme)],
    [t('fields.received'), formatUtcDateTime(submission.createdAt, locale)],
  ];
  return (
    <>
      <h1 className="text-3xl font-bold">{t('heading', { name: submission.name })}</h1>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        {facts.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-medium text-slate-600 dark:text-slate-400">{term}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="message" className="space-y-2">
        <h2 id="message" className="text-xl font-bold">
          {t('fields.message')}
        </h2>
        <p className="max-w-3xl whitespace-pre-line break-words">{submission.message}</p>
      </section>
      <section aria-labelledby="to-proposal" className="space-y-3 border-t border-slate-200 pt-6 dark:border-slate-800">
        <h2 id="to-proposal" className="text-xl font-bold">
          {t('convertHeading')}
        </h2>
        {submission.proposalId === null ? (
          <>
            <p className="max-w-3xl text-sm text-slate-700 dark:text-slate-300">{t('convertLead')}</p>
            <SubmissionToProposalForm
              action={createProposalFromSubmissionAction.bind(null, submission.id)}
              countryCode={submission.countryCode ?? ''}
              countries={countries.map((c) => ({ value: c.code, label: c.name }))}
            />
          </>
        ) : (
          <p role="status">
            {t('convertedLead')}{' '}
            <Link href={`/admin/proposals/${submission.proposalId}`} className="font-semibold text-brand-700 underline dark:text-brand-100">
              {t('openProposal', { id: submission.proposalId })}
            </Link>
          </p>
        )}
      </section>
    </>
  );
}
