import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { LocalizedText } from '@/components/ui/localized-text';
import { SourceList } from '@/components/ui/source-list';
import { EventBody } from '@/components/events/event-body';
import { EventPartnerLinks } from '@/components/events/event-partner-links';
import { EventPhotos } from '@/components/events/event-photos';
import { EventSummaryItem } from '@/components/events/event-summary-item';
import { AgreementName } from '@/components/agreements/agreement-name';
import { countryName } from '@/lib/format';
import { formatPartialDate, formatPartialDateIso } from '@/lib/dates/partial-date';
import type { AppLocale } from '@/i18n/routing';
import type { ProjectDetail } from '@/lib/server/projects/detail';

/** One project as its public page shows it: facts beside the text, then its agreements, participants, events and sources. */
export async function ProjectArticle({ project, locale }: { project: ProjectDetail; locale: AppLocale }) {
  const [t, terms, themes, common] = await Promise.all([
    getTranslations({ locale, namespace: 'Project' }),
    getTranslations({ locale, namespace: 'ProjectTerms' }),
    getTranslations({ locale, namespace: 'Themes' }),
    getTranslations({ locale, namespace: 'Common' }),
  ]);
  const notSpecified = <span className="text-slate-600 dark:text-slate-400">{common('notSpecified')}</span>;
  const date = (value: ProjectDetail['start']) =>
    value ? <time dateTime={formatPartialDateIso(value)}>{formatPartialDate(value, locale)}</time> : notSpecified;
  const facts: Array<[label: string, value: ReactNode]> = [
    [t('facts.themes'), project.themes.map((theme) => themes(theme)).join(', ')],
    [t('facts.status'), project.status ? terms(`status.${project.status}`) : notSpecified],
    [t('facts.start'), date(project.start)],
    [t('facts.end'), date(project.end)],
    [t('facts.partners'), project.partners.length > 0 ? <EventPartnerLinks partners={project.partners} /> : notSpecified],
  ];
  const section = (id: string, heading: string, children: ReactNode) => (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-xl font-bold">
        {heading}
      </h2>
      {children}
    </section>
  );

  return (
    <article className="space-y-10">
      <header className="space-y-3">
        <Link href="/projects" className="text-sm font-medium text-brand-700 underline hover:no-underline dark:text-brand-100">
          ← {t('back')}
        </Link>
        <h1 className="max-w-4xl text-3xl font-bold sm:text-4xl">
          <LocalizedText value={project.title} />
        </h1>
      </header>

      <div className="grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-10">
          {project.summary && section('about', t('aboutHeading'), <EventBody value={project.summary} />)}
          {project.outcomes && section('outcomes', t('outcomesHeading'), <EventBody value={project.outcomes} />)}
          {project.photos.length > 0 && section('photos', t('photosHeading'), <EventPhotos photos={project.photos} />)}
        </div>
        {section(
          'facts',
          t('factsHeading'),
          <dl className="divide-y divide-slate-200 rounded-xl border border-slate-200 dark:divide-slate-800 dark:border-slate-800" data-testid="project-facts">
            {facts.map(([label, value]) => (
              <div key={label} className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)] gap-3 px-4 py-3 text-sm">
                <dt className="font-medium text-slate-600 dark:text-slate-400">{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>,
        )}
      </div>

      {project.statusHistory.length > 0 &&
        section(
          'history',
          t('historyHeading'),
          <ol className="space-y-1 text-sm text-slate-700 dark:text-slate-300" data-testid="project-history">
            {project.statusHistory.map((change, i) => (
              <li key={i}>
                <time dateTime={formatPartialDateIso(change.date)} className="font-semibold">
                  {formatPartialDate(change.date, locale)}
                </time>
                : {terms(`status.${change.status}`)}
                {change.note && <> — {change.note}</>}
              </li>
            ))}
          </ol>,
        )}

      {project.agreements.length > 0 &&
        section(
          'agreements',
          t('agreementsHeading'),
          <ul className="space-y-2" data-testid="project-agreements">
            {project.agreements.map((a) => (
              <li key={a.id}>
                <Link href={`/agreements/${a.id}`} className="font-medium text-brand-700 underline hover:no-underline dark:text-brand-100">
                  <AgreementName agreement={a} partnerName={a.partnerName?.text} />
                </Link>
                <span className="text-sm text-slate-600 dark:text-slate-400">
                  {a.partnerName && (
                    <>
                      {' '}
                      · <LocalizedText value={a.partnerName} />
                    </>
                  )}
                  {a.signed && <> · {t('signed', { date: formatPartialDate(a.signed, locale) })}</>}
                </span>
              </li>
            ))}
          </ul>,
        )}

      {project.organizations.length > 0 &&
        section(
          'organizations',
          t('organizationsHeading'),
          <ul className="space-y-2 text-sm" data-testid="project-organizations">
            {project.organizations.map((o, i) => (
              <li key={i}>
                <span className="font-medium">
                  <LocalizedText value={o.name} />
                </span>
                <span className="text-slate-600 dark:text-slate-400">
                  {' '}
                  · {terms(`organizationKind.${o.kind}`)}
                  {' · '}
                  {o.city ? <LocalizedText value={o.city} /> : common('notSpecified')}
                  {o.countryCode && <>, {countryName(o.countryCode, locale)}</>}
                </span>
              </li>
            ))}
          </ul>,
        )}

      {section(
        'events',
        t('eventsHeading'),
        project.events.length > 0 ? (
          <ul className="space-y-6" data-testid="project-events">
            {project.events.map((event) => (
              <li key={event.slug}>
                <EventSummaryItem event={event} locale={locale} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-slate-700 dark:text-slate-300">{t('noEvents')}</p>
        ),
      )}

      {project.sources.length > 0 && section('sources', t('sourcesHeading'), <SourceList sources={project.sources} locale={locale} testId="project-sources" />)}
    </article>
  );
}
