import type { BenchDataset } from './dataset';

type Typed = { q: string; locale: 'ru' | 'kk' | 'en' };

/**
 * What residents type into the header's search, one keystroke after another: every prefix of two
 * characters or more of partners' names and agreements', events' and projects' titles, in the
 * language of the text, taken from records spread over the dataset in turn until `count` distinct
 * (prefix, locale) pairs are collected. The broad prefixes ("Си", "Syn", matching every row) come
 * once each, as they would from many visitors typing; most are the longer, narrower ones.
 */
export function suggestionPrefixes(data: Pick<BenchDataset, 'partnerTexts' | 'agreementTexts' | 'eventTexts' | 'projectTexts'>, count: number): Typed[] {
  const sources = [
    data.partnerTexts.map((t) => ({ text: t.name, locale: t.locale })),
    data.agreementTexts.map((t) => ({ text: t.title, locale: t.locale })),
    data.eventTexts.map((t) => ({ text: t.title, locale: t.locale })),
    data.projectTexts.map((t) => ({ text: t.title, locale: t.locale })),
  ].filter((texts) => texts.length > 0);
  const seen = new Map<string, Typed>();
  // A stride through each source that is prime to its length reaches records all over it.
  for (let round = 0; seen.size < count && round < 100_000; round++) {
    const texts = sources[round % sources.length] ?? [];
    const { text, locale } = texts[(Math.floor(round / sources.length) * 7_919) % texts.length] ?? { text: '', locale: 'ru' as const };
    for (let length = 2; length <= text.length && seen.size < count; length++) {
      const q = text.slice(0, length).trim();
      if (q.length >= 2) seen.set(`${locale}\u0000${q}`, { q, locale });
    }
  }
  return [...seen.values()];
}
