import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { agreementsCsv, csvFilename, eventsCsv, eventsCsvParts } from './csv';
import type { AgreementSummaryPayload } from '@/lib/schemas/open-data/agreements';
import type { EventSummaryPayload } from '@/lib/schemas/open-data/events';

const agreement: AgreementSummaryPayload = {
  id: 7,
  url: 'https://x.org/api/v1/agreements/7?locale=kk',
  permalink: 'https://x.org/kk/agreements/7',
  type: 'twinning',
  title: { text: 'Келісім, "бауырлас" қалалар', lang: 'kk', fallback: false },
  partner: { slug: 'izmir', url: 'https://x.org/api/v1/partners/izmir?locale=kk', name: { text: 'Измир', lang: 'kk', fallback: false }, countryCode: 'TR' },
  signed: { date: '2019-10', precision: 'month' },
  status: null,
  place: { text: 'Шымкент\nқаласы', lang: 'ru', fallback: true },
  signatories: null,
  textLanguages: ['kk', 'tr'],
  source: null,
  document: null,
  updatedAt: '2026-11-20T10:00:00.000Z',
};

const parse = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

describe('agreementsCsv', () => {
  it('writes one row per agreement with quoting an independent parser reads back', () => {
    const { data, errors, meta } = parse(agreementsCsv([agreement]));
    expect(errors).toEqual([]);
    expect(meta.fields?.[0]).toBe('id');
    expect(data[0]).toMatchObject({
      id: '7',
      title: 'Келісім, "бауырлас" қалалар',
      partner: 'Измир',
      signedDate: '2019-10',
      signedPrecision: 'month',
      status: '',
      place: 'Шымкент\nқаласы',
      textLanguages: 'kk;tr',
      fallbackToRussian: 'place',
    });
  });
  it('keeps text that a spreadsheet would run as a formula as text', () => {
    const risky: AgreementSummaryPayload = {
      ...agreement,
      title: { text: '=HYPERLINK("http://evil.example","click")', lang: 'kk', fallback: false },
      signatories: { text: '@SUM(A1)', lang: 'kk', fallback: false },
    };
    const [row] = parse(agreementsCsv([risky])).data;
    expect(row).toMatchObject({ title: `'=HYPERLINK("http://evil.example","click")`, signatories: "'@SUM(A1)", id: '7' });
  });
  it('uses CRLF line ends and writes the header for no rows', () => {
    const csv = agreementsCsv([]);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')[0]).toMatch(/^id,permalink,type,title,partner,/);
  });
});

const forum: EventSummaryPayload = {
  slug: 'forum',
  url: 'https://x.org/api/v1/events/forum',
  pageUrl: 'https://x.org/ru/events/forum',
  title: { text: 'Форум', lang: 'ru', fallback: false },
  category: 'forum',
  format: null,
  start: { date: '2019', precision: 'year' },
  end: null,
  location: null,
  partners: [
    { slug: 'a', url: 'https://x.org/api/v1/partners/a', name: { text: 'А', lang: 'ru', fallback: false } },
    { slug: 'b', url: 'https://x.org/api/v1/partners/b', name: { text: 'Б', lang: 'ru', fallback: true } },
  ],
};

describe('eventsCsv', () => {
  it('lists partners by name and slug, and marks fallback partner names', () => {
    expect(parse(eventsCsv([forum])).data[0]).toMatchObject({
      startDate: '2019',
      startPrecision: 'year',
      endDate: '',
      partners: 'А;Б',
      partnerSlugs: 'a;b',
      fallbackToRussian: 'partners',
    });
  });
});

describe('eventsCsvParts', () => {
  async function* batches(...sizes: number[]) {
    for (const [b, size] of sizes.entries()) yield Array.from({ length: size }, (_, i) => ({ ...forum, slug: `forum-${b}-${i}` }));
  }
  const join = async (parts: AsyncIterable<string>) => {
    let text = '';
    for await (const part of parts) text += part;
    return text;
  };

  it('writes the header once, before the first batch, and every row after it', async () => {
    const text = await join(eventsCsvParts(batches(2, 3, 1)));
    expect(text.match(/^slug,/gm)).toHaveLength(1);
    expect(parse(text).data.map((r) => r.slug)).toEqual(['forum-0-0', 'forum-0-1', 'forum-1-0', 'forum-1-1', 'forum-1-2', 'forum-2-0']);
    const rows = [];
    for await (const batch of batches(2, 3, 1)) rows.push(...batch);
    expect(text).toBe(eventsCsv(rows));
  });

  it('is the header alone for one empty batch', async () => {
    expect(await join(eventsCsvParts(batches(0)))).toBe(eventsCsv([]));
  });
});

it('names the file by dataset, locale and day', () => {
  expect(csvFilename('events', 'kk', new Date('2026-11-22T23:30:00Z'))).toBe('events-kk-2026-11-22.csv');
});
