import { describe, expect, it } from 'vitest';
import { keepTextTimes, translationGaps } from './translation-status';

const earlier = new Date('2026-01-01T00:00:00Z');
const now = new Date('2026-06-01T00:00:00Z');

describe('keepTextTimes', () => {
  const before = [
    { locale: 'ru' as const, title: 'Город', note: null, textChangedAt: earlier },
    { locale: 'kk' as const, title: 'Қала', note: null, textChangedAt: earlier },
  ];

  it('keeps the time of a language whose texts are as before, and stamps the changed ones with the save', () => {
    const rows = keepTextTimes(
      before,
      [
        { locale: 'ru' as const, title: 'Город-побратим', note: null },
        { locale: 'kk' as const, title: 'Қала', note: null },
        { locale: 'en' as const, title: 'Town', note: null },
      ],
      ['title', 'note'],
      now,
    );
    expect(rows.map((r) => [r.locale, r.textChangedAt])).toEqual([
      ['ru', now],
      ['kk', earlier],
      ['en', now],
    ]);
  });

  it('counts a change in any text field, not just the title', () => {
    const [kk] = keepTextTimes(before, [{ locale: 'kk' as const, title: 'Қала', note: 'жаңа' }], ['title', 'note'], now);
    expect(kk?.textChangedAt).toEqual(now);
  });
});

describe('translationGaps', () => {
  it('reports a missing language and one older than the Russian text, not a newer one', () => {
    expect(
      translationGaps([
        { locale: 'ru', textChangedAt: now },
        { locale: 'kk', textChangedAt: earlier },
      ]),
    ).toEqual({ missing: ['en'], outdated: ['kk'] });
    expect(
      translationGaps([
        { locale: 'ru', textChangedAt: earlier },
        { locale: 'kk', textChangedAt: now },
        { locale: 'en', textChangedAt: earlier },
      ]),
    ).toEqual({ missing: [], outdated: [] });
  });
});
