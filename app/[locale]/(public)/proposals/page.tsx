import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { pageMetadata, withAtomFeed } from '@/lib/seo/page-metadata';
import { cooperationFeedUrl } from '@/lib/open-data/download-urls';
import { localeFromParams } from '@/i18n/locale-param';
import { SectionPage } from '@/components/layout/section-page';
import { ProposalArticle } from '@/components/proposals/proposal-article';
import { listPublicProposals } from '@/lib/server/proposals/public-list';
import type { AppLocale } from '@/i18n/routing';

export async function generateMetadata({ params }: PageProps<'/[locale]/proposals'>): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'Proposals' });
  const feed = await getTranslations({ locale, namespace: 'OpenData.feed' });
  return withAtomFeed(await pageMetadata(locale, '/proposals', { title: t('title'), description: t('lead') }), {
    url: cooperationFeedUrl(locale),
    title: feed('cooperationLink'),
  });
}

export default async function ProposalsPage({ params }: PageProps<'/[locale]/proposals'>) {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'Proposals' });
  return (
    <SectionPage title={t('title')} lead={t('lead')}>
      <ProposalList locale={locale} />
    </SectionPage>
  );
}

async function ProposalList({ locale }: { locale: AppLocale }) {
  await connection();
  const [t, proposals] = await Promise.all([getTranslations({ locale, namespace: 'Proposals' }), listPublicProposals(locale)]);
  if (proposals.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600 dark:border-slate-700 dark:text-slate-400">{t('empty')}</p>
    );
  }
  return (
    <div className="space-y-6">
      <p className="text-sm font-medium text-slate-600 dark:text-slate-400">{t('count', { count: proposals.length })}</p>
      {proposals.map((proposal) => (
        <ProposalArticle key={proposal.id} proposal={proposal} locale={locale} />
      ))}
    </div>
  );
}
