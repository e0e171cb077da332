import 'server-only';
import { CATALOGUES } from '@/lib/i18n/catalogues';
import { createTranslator } from 'next-intl';
import { suggestionHits } from './queries';
import { agreementUrls, eventUrls, partnerUrls, projectUrls, text } from '../open-data/payload';
import { countryName, formatStoredDate } from '@/lib/format';
import { hitDates } from '@/lib/search/hit-dates';
import type { ContentLocale } from '@/lib/i18n/localized';
import { SUGGESTIONS_PER_KIND } from '@/lib/search/suggestions';
import { madeOnce } from '@/lib/cache/made-once';
import type { Suggestion } from '@/lib/schemas/open-data/search';

/** A locale's translator, built once: it keeps the messages it has compiled, and every keystroke needs the same few. */
const translator = madeOnce((locale: ContentLocale) => createTranslator({ locale, messages: CATALOGUES[locale] }));

/**
 * What the header's search suggests while the visitor types: the best public partners, agreements,
 * events and projects whose names or titles begin words with every word typed, ranked as the search
 * page ranks (which finds them too), each with a short line in the locale and its page.
 */
export async function suggestPortal(locale: ContentLocale, query: string): Promise<Suggestion[]> {
  const results = await suggestionHits(locale, query);
  const t = translator(locale);
  const notSpecified = t('Common.notSpecified');
  const first = <T>(hits: T[]) => hits.slice(0, SUGGESTIONS_PER_KIND);
  return [
    ...first(results.partners).map((p) => ({
      kind: 'partner' as const,
      title: text(p.name),
      detail: `${t(`Common.kind.${p.kind}`)} · ${countryName(p.countryCode, locale)}`,
      pageUrl: partnerUrls(p.slug, locale).pageUrl,
    })),
    ...first(results.agreements).map((a) => {
      const type = t(`Common.agreementType.${a.type}`);
      return {
        kind: 'agreement' as const,
        title: a.title ? text(a.title) : { text: type, lang: locale, fallback: false },
        detail: [
          ...(a.title ? [type] : []),
          ...(a.partnerName ? [a.partnerName.text] : []),
          formatStoredDate(a.signedOn, a.signedPrecision, locale) ?? notSpecified,
        ].join(' · '),
        pageUrl: agreementUrls(a.id, locale).permalink,
      };
    }),
    ...first(results.events).map((e) => ({
      kind: 'event' as const,
      title: text(e.title),
      detail: hitDates(e, locale) ?? notSpecified,
      pageUrl: eventUrls(e.slug, locale).pageUrl,
    })),
    ...first(results.projects).map((p) => ({
      kind: 'project' as const,
      title: text(p.title),
      detail: `${p.status ? t(`ProjectTerms.status.${p.status}`) : notSpecified} · ${hitDates(p, locale) ?? notSpecified}`,
      pageUrl: projectUrls(p.slug, locale).pageUrl,
    })),
  ];
}
