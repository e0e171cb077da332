import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/i18n/locale-param';
import type { AppLocale } from '@/i18n/routing';
import type { Role } from '@/lib/server/auth/actor';
import { SectionPage } from '@/components/layout/section-page';
import { isReviewRequired } from '@/lib/server/review/queries';
import { ReviewMode } from './review-mode';
import { requirePageActor } from '@/lib/server/auth/page-access';

/** The admin sections whose messages give a page's title and lead. */
type Namespace =
  | 'AdminPartners'
  | 'AdminAgreements'
  | 'AdminEvents'
  | 'AdminProjects'
  | 'AdminProposals'
  | 'AdminSettings'
  | 'AdminTrash'
  | 'AdminAudit'
  | 'AdminMedia'
  | 'AdminUsers'
  | 'AdminInbox'
  | 'AdminHistory'
  | 'AdminImport';
/** A section's own page uses its title and lead; a record kind's "new" page its create heading. */
const HEADINGS = { list: { title: 'title', lead: 'lead' }, create: { title: 'create', lead: 'createLead' } } as const;

type Params = Promise<{ locale: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;
export type SectionBodyProps = { locale: AppLocale; headers: Headers; searchParams: SearchParams };

/** An admin page's tab title; admin pages are never indexed, whatever the robots rules say. */
export async function adminMetadata(params: Params, namespace: Namespace, title: 'title' | 'create' | 'edit' = 'title'): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFromParams(params), namespace });
  return { title: t(title), robots: { index: false, follow: false } };
}

/**
 * An admin section's page, declared once: the tab title, the heading and lead from one message
 * namespace, and a body rendered at request time for a signed-in actor of the role (an editor
 * lacking it gets a 404). A new record kind's list and "new" pages give only their body.
 */
export function adminSectionPage(
  { namespace, heading = 'list', role = 'editor' }: { namespace: Namespace; heading?: keyof typeof HEADINGS; role?: Role },
  Body: (props: SectionBodyProps) => Promise<ReactNode>,
) {
  const { title, lead } = HEADINGS[heading];
  async function Signed({ locale, searchParams }: { locale: AppLocale; searchParams: SearchParams }) {
    await connection();
    const { headers } = await requirePageActor(locale, role);
    const body = <Body locale={locale} headers={headers} searchParams={searchParams} />;
    // A "new" page's form submits a public record for review when two-person review is on.
    return heading === 'create' ? <ReviewMode on={await isReviewRequired(headers)}>{body}</ReviewMode> : body;
  }
  return {
    generateMetadata: ({ params }: { params: Params }) => adminMetadata(params, namespace, title),
    Page: async function AdminSectionPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
      const locale = await localeFromParams(params);
      const t = await getTranslations({ locale, namespace });
      return (
        <SectionPage title={t(title)} lead={t(lead)}>
          <Signed locale={locale} searchParams={searchParams} />
        </SectionPage>
      );
    },
  };
}
