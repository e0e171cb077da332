import { langUnlessPage, type ContentLocale } from '@/lib/i18n/localized';

type SourceLink = { id: number; title: string; language: ContentLocale; url: string | null; publisher: string | null };

/** A record's sources: titles and publishers quoted in the source's own language, marked when it is not the page's. */
export function SourceList({ sources, locale, testId }: { sources: SourceLink[]; locale: string; testId: string }) {
  return (
    <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700 dark:text-slate-300" data-testid={testId}>
      {sources.map((s) => (
        <li key={s.id}>
          {s.url ? (
            <a
              href={s.url}
              rel="noopener noreferrer external"
              lang={langUnlessPage(s.language, locale)}
              className="text-brand-700 underline hover:no-underline dark:text-brand-100"
            >
              {s.title}
            </a>
          ) : (
            <cite lang={langUnlessPage(s.language, locale)} className="not-italic">
              {s.title}
            </cite>
          )}
          {s.publisher && (
            <>
              , <span lang={langUnlessPage(s.language, locale)}>{s.publisher}</span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
