import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { LocalizedText } from '@/components/ui/localized-text';
import { EventPartnerLinks } from '@/components/events/event-partner-links';
import type { ProjectSummary } from '@/lib/server/projects/summary';
import { ProjectPeriod } from './project-period';

/** One project in a list: its title (a link to its page), themes, period, status and partners. */
async function ProjectSummaryItem({ project, locale, heading: Heading = 'h3' }: { project: ProjectSummary; locale: string; heading?: 'h2' | 'h3' }) {
  const [t, terms, themes, common] = await Promise.all([
    getTranslations('Projects'),
    getTranslations('ProjectTerms'),
    getTranslations('Themes'),
    getTranslations('Common'),
  ]);
  return (
    <article className="space-y-1.5" data-project={project.slug}>
      <p className="flex flex-wrap gap-1.5 text-xs font-semibold">
        {project.themes.map((theme) => (
          <span key={theme} className="rounded-full bg-brand-50 px-2 py-0.5 text-brand-800 dark:bg-brand-900 dark:text-brand-100">
            {themes(theme)}
          </span>
        ))}
      </p>
      <Heading className="text-lg leading-snug font-semibold">
        <Link href={`/projects/${project.slug}`} className="text-slate-900 hover:text-brand-700 hover:underline dark:text-white dark:hover:text-brand-100">
          <LocalizedText value={project.title} />
        </Link>
      </Heading>
      <dl className="flex flex-wrap gap-x-5 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
        <div className="flex flex-wrap gap-x-1">
          <dt className="text-slate-600 dark:text-slate-400">{t('period')}:</dt>
          <dd>
            <ProjectPeriod start={project.start} end={project.end} locale={locale} notSpecified={common('notSpecified')} />
          </dd>
        </div>
        <div className="flex flex-wrap gap-x-1">
          <dt className="text-slate-600 dark:text-slate-400">{t('status')}:</dt>
          <dd>{project.status ? terms(`status.${project.status}`) : <span className="text-slate-600 dark:text-slate-400">{common('notSpecified')}</span>}</dd>
        </div>
        {project.partners.length > 0 && (
          <div className="flex flex-wrap gap-x-1">
            <dt className="text-slate-600 dark:text-slate-400">{t('partners')}:</dt>
            <dd>
              <EventPartnerLinks partners={project.partners} />
            </dd>
          </div>
        )}
      </dl>
    </article>
  );
}

/** A list of projects, one item each, separated like the events timeline. */
export function ProjectList({ projects, locale, heading }: { projects: ProjectSummary[]; locale: string; heading?: 'h2' | 'h3' }) {
  return (
    <ul className="divide-y divide-slate-200 dark:divide-slate-800" data-testid="project-list">
      {projects.map((p) => (
        <li key={p.slug} className="py-4 first:pt-0">
          <ProjectSummaryItem project={p} locale={locale} heading={heading} />
        </li>
      ))}
    </ul>
  );
}
