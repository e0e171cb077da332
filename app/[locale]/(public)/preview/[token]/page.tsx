import type { Metadata } from 'next';
import { connection } from 'next/server';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/i18n/locale-param';
import type { AppLocale } from '@/i18n/routing';
import { AgreementArticle } from '@/components/agreements/agreement-article';
import { EventArticle } from '@/components/events/event-article';
import { PartnerProfileArticle } from '@/components/partners/partner-profile-article';
import { ProjectArticle } from '@/components/projects/project-article';
import { ProposalArticle } from '@/components/proposals/proposal-article';
import { SharedPreviewBanner } from '@/components/previews/shared-preview-banner';
import { getHomeCity } from '@/lib/server/home-city/queries';
import { getSharedPreview } from '@/lib/server/previews/links';

type Props = PageProps<'/[locale]/preview/[token]'>;
type Shared = NonNullable<Awaited<ReturnType<typeof getSharedPreview>>>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFromParams(params), namespace: 'SharedPreview' });
  // Never indexed; and no Referer leaves the page, so the token in its address goes nowhere (docs/decisions/045).
  return { title: t('title'), robots: { index: false, follow: false }, referrer: 'no-referrer' };
}

/**
 * A record shown through a preview link, by its public page's own components, to someone without an
 * account. The proxy has answered 404 already for a token that opens nothing; a link revoked since
 * is still a 404 here.
 */
export default async function SharedPreviewPage({ params }: Props) {
  const locale = await localeFromParams(params);
  const { token } = await params;
  await connection();
  const shared = await getSharedPreview(locale, token);
  if (!shared) notFound();
  return (
    <div className="space-y-8">
      <SharedPreviewBanner
        locale={locale}
        state={shared.preview.state}
        madeForVersion={shared.madeForVersion}
        version={shared.preview.version}
        newerVersion={shared.newerVersion}
        expiresAt={shared.expiresAt}
      />
      {await article(shared, locale)}
    </div>
  );
}

async function article(shared: Shared, locale: AppLocale) {
  switch (shared.kind) {
    case 'partner':
      return <PartnerProfileArticle partner={shared.preview.page} locale={locale} />;
    case 'agreement':
      return <AgreementArticle agreement={shared.preview.page} homeCity={await getHomeCity(locale)} locale={locale} />;
    case 'event':
      return <EventArticle event={shared.preview.page} locale={locale} />;
    case 'project':
      return <ProjectArticle project={shared.preview.page} locale={locale} />;
    case 'proposal':
      return <ProposalArticle proposal={shared.preview.page} locale={locale} />;
  }
}
