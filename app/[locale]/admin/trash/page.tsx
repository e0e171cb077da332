import { getTranslations } from 'next-intl/server';
import { adminSectionPage, type SectionBodyProps } from '@/components/admin/admin-section-page';
import { ColumnHeads, ScrollTable } from '@/components/ui/data-table';
import { ActionButton } from '@/components/admin/action-button';
import { historyHref } from '@/components/admin/record-history-page';
import { Link } from '@/i18n/navigation';
import { formatUtcDateTime } from '@/lib/format';
import type { FormAction } from '@/lib/forms/action-result';
import { listTrashedPartners } from '@/lib/server/partners/editing';
import { listTrashedAgreements } from '@/lib/server/agreements/editing';
import { listTrashedEvents } from '@/lib/server/events/editing';
import { listTrashedMedia } from '@/lib/server/media/queries';
import { listTrashedProjects } from '@/lib/server/projects/editing';
import { listTrashedProposals } from '@/lib/server/proposals/editing';
import { purgePartnerAction, restorePartnerAction } from '../partners/actions';
import { purgeAgreementAction, restoreAgreementAction } from '../agreements/actions';
import { purgeEventAction, restoreEventAction } from '../events/actions';
import { purgeMediaAction, restoreMediaAction } from '../media/actions';
import { purgeProjectAction, restoreProjectAction } from '../projects/actions';
import { purgeProposalAction, restoreProposalAction } from '../proposals/actions';
import type { AppLocale } from '@/i18n/routing';

/** `history`: the record's history page, where one of its versions can be restored (media have none). */
type Trashed = { key: string; name: string; deletedAt: Date | null; restore: FormAction; purge: FormAction; history?: string };

const page = adminSectionPage({ namespace: 'AdminTrash', role: 'admin' }, Trash);

export const generateMetadata = page.generateMetadata;
export default page.Page;

async function TrashSection({ id, title, items, locale }: { id: string; title: string; items: Trashed[]; locale: AppLocale }) {
  if (items.length === 0) return null;
  const [t, history] = await Promise.all([getTranslations({ locale, namespace: 'AdminTrash' }), getTranslations({ locale, namespace: 'AdminHistory' })]);
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      <ScrollTable caption={title} minWidth="36rem" head={<ColumnHeads labels={[t('columns.record'), t('columns.deletedAt'), t('columns.actions')]} />}>
        {items.map((item) => (
          <tr key={item.key}>
            <th scope="row" className="px-4 py-3 font-semibold">
              {item.name}
            </th>
            <td className="px-4 py-3 whitespace-nowrap">{item.deletedAt && formatUtcDateTime(item.deletedAt, locale)}</td>
            <td className="flex flex-wrap gap-2 px-4 py-3">
              {item.history && (
                <Link href={item.history} className="self-center text-sm font-medium text-brand-700 underline dark:text-brand-100">
                  {history('trashLink')}
                </Link>
              )}
              <ActionButton action={item.restore} label={t('restore')} />
              <ActionButton action={item.purge} label={t('purge')} confirmText={t('purgeConfirm', { name: item.name })} tone="danger" />
            </td>
          </tr>
        ))}
      </ScrollTable>
    </section>
  );
}

async function Trash({ locale, headers }: SectionBodyProps) {
  const [t, partners, agreements, events, projects, proposals, media] = await Promise.all([
    getTranslations({ locale, namespace: 'AdminTrash' }),
    listTrashedPartners(headers, locale),
    listTrashedAgreements(headers, locale),
    listTrashedEvents(headers, locale),
    listTrashedProjects(headers, locale),
    listTrashedProposals(headers, locale),
    listTrashedMedia(headers),
  ]);
  const sections = [
    {
      id: 'trash-partners',
      title: t('partners'),
      items: partners.map((p) => ({
        key: p.id,
        name: p.name,
        deletedAt: p.deletedAt,
        restore: restorePartnerAction.bind(null, p.id),
        purge: purgePartnerAction.bind(null, p.id),
        history: historyHref('partners', p.id),
      })),
    },
    {
      id: 'trash-agreements',
      title: t('agreements'),
      items: agreements.map((a) => ({
        key: String(a.id),
        name: a.name,
        deletedAt: a.deletedAt,
        restore: restoreAgreementAction.bind(null, a.id),
        purge: purgeAgreementAction.bind(null, a.id),
        history: historyHref('agreements', a.id),
      })),
    },
    {
      id: 'trash-events',
      title: t('events'),
      items: events.map((e) => ({
        key: String(e.id),
        name: e.title,
        deletedAt: e.deletedAt,
        restore: restoreEventAction.bind(null, e.id),
        purge: purgeEventAction.bind(null, e.id),
        history: historyHref('events', e.id),
      })),
    },
    {
      id: 'trash-projects',
      title: t('projects'),
      items: projects.map((p) => ({
        key: String(p.id),
        name: p.title,
        deletedAt: p.deletedAt,
        restore: restoreProjectAction.bind(null, p.id),
        purge: purgeProjectAction.bind(null, p.id),
        history: historyHref('projects', p.id),
      })),
    },
    {
      id: 'trash-proposals',
      title: t('proposals'),
      items: proposals.map((p) => ({
        key: String(p.id),
        name: p.title,
        deletedAt: p.deletedAt,
        restore: restoreProposalAction.bind(null, p.id),
        purge: purgeProposalAction.bind(null, p.id),
        history: historyHref('proposals', p.id),
      })),
    },
    {
      id: 'trash-media',
      title: t('media'),
      items: media.map((m) => ({
        key: m.id,
        name: m.name,
        deletedAt: m.deletedAt,
        restore: restoreMediaAction.bind(null, m.id),
        purge: purgeMediaAction.bind(null, m.id),
      })),
    },
  ];
  if (sections.every((s) => s.items.length === 0)) return <p className="text-slate-700 dark:text-slate-300">{t('empty')}</p>;
  return (
    <div className="space-y-8">
      {sections.map((s) => (
        <TrashSection key={s.id} {...s} locale={locale} />
      ))}
    </div>
  );
}
