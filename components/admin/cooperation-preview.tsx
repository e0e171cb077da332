import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { formatPartialDate } from '@/lib/dates/partial-date';
import { formatStoredDate } from '@/lib/format';
import type { AppLocale } from '@/i18n/routing';
import type { getProjectPreview } from '@/lib/server/projects/editing';
import type { getProposalPreview } from '@/lib/server/proposals/editing';

type ProjectPreview = NonNullable<Awaited<ReturnType<typeof getProjectPreview>>>;
type ProposalPreview = NonNullable<Awaited<ReturnType<typeof getProposalPreview>>>;

function Facts({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
      {rows.map(([term, detail]) => (
        <div key={term} className="contents">
          <dt className="font-semibold">{term}</dt>
          <dd>{detail}</dd>
        </div>
      ))}
    </dl>
  );
}

const paragraphs = (text: string | null) => text?.split(/\n{2,}/).map((p, i) => <p key={i}>{p}</p>);

/**
 * A project as its page will show it: title, facts, summary, participants and outcomes, dates
 * formatted on the server. The register's public page (issue 17, point 1) is built separately;
 * the preview shows the same facts until it can render that page's own components.
 */
export async function ProjectPreviewArticle({ project, locale }: { project: ProjectPreview; locale: AppLocale }) {
  const [t, common] = await Promise.all([getTranslations({ locale, namespace: 'AdminProjects' }), getTranslations({ locale, namespace: 'Common' })]);
  const dated = (date: Date | null, precision: ProjectPreview['startPrecision']) => formatStoredDate(date, precision, locale) ?? common('notSpecified');
  return (
    <article className="space-y-6">
      <h1 className="text-3xl font-bold">{project.title}</h1>
      <Facts
        rows={[
          [t('fields.status'), project.status ? t(`status.${project.status}`) : common('notSpecified')],
          [t('fields.start'), dated(project.startDate, project.startPrecision)],
          [t('fields.end'), dated(project.endDate, project.endPrecision)],
          [t('fields.themes'), project.themes.map((theme) => t(`theme.${theme}`)).join(', ')],
          [t('fields.partners'), project.partners.join(', ') || common('notSpecified')],
        ]}
      />
      {paragraphs(project.summary)}
      {project.organizations.length > 0 && (
        <section className="space-y-2">
          <h2 className="text-xl font-semibold">{t('sections.organizations')}</h2>
          <ul className="list-disc pl-6">
            {project.organizations.map((o, i) => (
              <li key={i}>{[o.name, t(`organizationKind.${o.kind}`), o.city, o.countryCode].filter(Boolean).join(', ')}</li>
            ))}
          </ul>
        </section>
      )}
      {project.outcomes && (
        <section className="space-y-2">
          <h2 className="text-xl font-semibold">{t('fields.outcomes')}</h2>
          {paragraphs(project.outcomes)}
        </section>
      )}
    </article>
  );
}

/** A proposal as the public will see it: the proposed partner, where, who and why, and its dated stages. */
export async function ProposalPreviewArticle({ proposal, locale }: { proposal: ProposalPreview; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: 'AdminProposals' });
  return (
    <article className="space-y-6">
      <h1 className="text-3xl font-bold">{proposal.partnerName}</h1>
      <Facts
        rows={[
          [t('fields.countryCode'), proposal.countryCode],
          ...(proposal.place ? [[t('fields.place'), proposal.place] as [string, string]] : []),
          ...(proposal.initiator ? [[t('fields.initiator'), proposal.initiator] as [string, string]] : []),
          [t('fields.stage'), t(`stage.${proposal.stage}`)],
          [t('fields.visibility'), t(`visibility.${proposal.visibility}`)],
        ]}
      />
      {paragraphs(proposal.rationale)}
      <section className="space-y-2">
        <h2 className="text-xl font-semibold">{t('sections.stages')}</h2>
        <ol className="list-decimal pl-6">
          {proposal.stages.map((s, i) => (
            <li key={i}>
              {t(`stage.${s.stage}`)}: {formatPartialDate(s, locale)}
              {s.note && <> — {s.note}</>}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
