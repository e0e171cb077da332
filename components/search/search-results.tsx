import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { LocalizedText } from '@/components/ui/localized-text';
import { hitDates } from '@/lib/search/hit-dates';
import { countryName, formatStoredDate } from '@/lib/format';
import { proposalAnchor } from '@/lib/proposals/anchor';
import type { SearchKind, SearchResults } from '@/lib/server/search/queries';

/** A group of results; `note` says when the group shows the best of a first batch rather than of every match. */
function ResultGroup({ id, heading, note, children }: { id: string; heading: string; note?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h3 id={id} className="text-lg font-semibold text-slate-800 dark:text-slate-200">
        {heading}
      </h3>
      {note && <p className="text-sm text-slate-700 dark:text-slate-300">{note}</p>}
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">{children}</ul>
    </section>
  );
}

function ResultItem({ href, title, detail }: { href: string; title: ReactNode; detail: ReactNode }) {
  return (
    <li className="relative px-4 py-3 hover:bg-slate-50 dark:hover:bg-slate-900">
      <Link
        href={href}
        className="font-semibold text-brand-700 underline decoration-brand-100 underline-offset-4 after:absolute after:inset-0 hover:decoration-brand-700 dark:text-brand-100"
      >
        {title}
      </Link>
      <p className="text-sm text-slate-600 dark:text-slate-400">{detail}</p>
    </li>
  );
}

/** Partners, agreements, events, projects and proposals found, each group in rank order. */
export async function SearchResultList({ results, locale }: { results: SearchResults; locale: string }) {
  const t = await getTranslations('Search');
  const [common, projectTerms, proposals] = await Promise.all([getTranslations('Common'), getTranslations('ProjectTerms'), getTranslations('Proposals')]);
  const cappedNote = (kind: SearchKind) => {
    const found = results.capped[kind];
    return found === undefined ? undefined : t('capped', { count: found });
  };
  return (
    <div className="space-y-6">
      {results.partners.length > 0 && (
        <ResultGroup id="results-partners" heading={t('groups.partners', { count: results.partners.length })} note={cappedNote('partners')}>
          {results.partners.map((p) => (
            <ResultItem
              key={p.slug}
              href={`/partners/${p.slug}`}
              title={<LocalizedText value={p.name} />}
              detail={`${common(`kind.${p.kind}`)} · ${countryName(p.countryCode, locale)}`}
            />
          ))}
        </ResultGroup>
      )}
      {results.agreements.length > 0 && (
        <ResultGroup id="results-agreements" heading={t('groups.agreements', { count: results.agreements.length })} note={cappedNote('agreements')}>
          {results.agreements.map((a) => (
            <ResultItem
              key={a.id}
              href={`/agreements/${a.id}`}
              title={a.title ? <LocalizedText value={a.title} /> : common(`agreementType.${a.type}`)}
              detail={
                <>
                  {common(`agreementType.${a.type}`)}
                  {a.partnerName && (
                    <>
                      {' '}
                      · <LocalizedText value={a.partnerName} />
                    </>
                  )}
                  {' · '}
                  {formatStoredDate(a.signedOn, a.signedPrecision, locale) ?? common('notSpecified')}
                </>
              }
            />
          ))}
        </ResultGroup>
      )}
      {results.events.length > 0 && (
        <ResultGroup id="results-events" heading={t('groups.events', { count: results.events.length })} note={cappedNote('events')}>
          {results.events.map((e) => (
            <ResultItem key={e.slug} href={`/events/${e.slug}`} title={<LocalizedText value={e.title} />} detail={hitDates(e, locale)} />
          ))}
        </ResultGroup>
      )}
      {results.projects.length > 0 && (
        <ResultGroup id="results-projects" heading={t('groups.projects', { count: results.projects.length })} note={cappedNote('projects')}>
          {results.projects.map((p) => (
            <ResultItem
              key={p.slug}
              href={`/projects/${p.slug}`}
              title={<LocalizedText value={p.title} />}
              detail={`${p.status ? projectTerms(`status.${p.status}`) : common('notSpecified')} · ${hitDates(p, locale) ?? common('notSpecified')}`}
            />
          ))}
        </ResultGroup>
      )}
      {results.proposals.length > 0 && (
        <ResultGroup id="results-proposals" heading={t('groups.proposals', { count: results.proposals.length })} note={cappedNote('proposals')}>
          {results.proposals.map((p) => (
            <ResultItem
              key={p.id}
              href={`/proposals#${proposalAnchor(p.id)}`}
              title={<LocalizedText value={p.partnerName} />}
              detail={`${proposals(`stage.${p.stage}`)} · ${countryName(p.countryCode, locale)}`}
            />
          ))}
        </ResultGroup>
      )}
    </div>
  );
}
