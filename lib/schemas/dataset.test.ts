import { describe, expect, it } from 'vitest';
import { datasetSchema, type DatasetInput } from './dataset';
import shymkent from '@/prisma/seed/datasets/shymkent';
import kazan from '@/prisma/seed/datasets/kazan';
import almatyRegion from '@/prisma/seed/datasets/almaty-region';

const minimal = (): DatasetInput => ({
  homeCity: { countryCode: 'KZ', latitude: 42.34, longitude: 69.59, name: { ru: 'Шымкент' } },
  sources: [{ key: 'news', title: 'Города-побратимы Шымкента', language: 'ru', publishedOn: '2022-06-05' }],
  partners: [{ slug: 'izmir', kind: 'city', countryCode: 'TR', latitude: 38.42, longitude: 27.14, name: { ru: 'Измир', en: 'Izmir' } }],
  agreements: [{ partner: 'izmir', type: 'twinning', source: 'news', title: { ru: 'Соглашение' } }],
  events: [{ slug: '2025-07-26-festival', start: '2025-07-26', end: '2025-07-30', category: 'culture', partners: ['izmir'], title: { ru: 'Фестиваль' } }],
});

const issues = (input: unknown) => {
  const result = datasetSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('the demo datasets', () => {
  it.each([
    ['shymkent', shymkent],
    ['kazan', kazan],
    ['almaty-region', almatyRegion],
  ] as const)('%s is valid', (_name, data) => {
    expect(issues(data)).toEqual([]);
  });
});

describe('datasetSchema refuses what the database would have to guess at', () => {
  it('accepts a minimal dataset and reads dates with their precision', () => {
    const data = datasetSchema.parse(minimal());
    expect(data.events[0]?.start.precision).toBe('day');
    expect(data.sources[0]?.publishedOn?.date.toISOString()).toBe('2022-06-05T00:00:00.000Z');
  });

  it('a reference to a partner or source that does not exist', () => {
    const bad = minimal();
    bad.agreements[0] = { ...bad.agreements[0]!, partner: 'smyrna', source: 'nowhere' };
    expect(issues(bad)).toEqual(['agreements.0.partner: unknown partner smyrna', 'agreements.0.source: unknown source nowhere']);
  });

  it('duplicate slugs', () => {
    const bad = minimal();
    bad.partners.push({ ...bad.partners[0]! });
    expect(issues(bad)).toContain('partners: duplicate izmir');
  });

  it('text without Russian, a year 0, a lower-case country code, an impossible date', () => {
    const bad = minimal();
    bad.partners[0] = { ...bad.partners[0]!, name: { en: 'Izmir' } as DatasetInput['partners'][number]['name'], foundedYear: 0, countryCode: 'tr' };
    bad.events[0] = { ...bad.events[0]!, start: '2025-02-30' };
    expect(issues(bad)).toEqual([
      'partners.0.countryCode: ISO 3166-1 alpha-2',
      'partners.0.foundedYear: there is no year 0',
      'partners.0.name.ru: Invalid input: expected string, received undefined',
      'events.0.start: a date as YYYY, YYYY-MM or YYYY-MM-DD',
    ]);
  });

  it("a signed proposal without its agreement, an agreement on an unsigned one, another partner's agreement", () => {
    const bad = minimal();
    bad.agreements[0] = { ...bad.agreements[0]!, key: 'izmir-twinning' };
    const proposal = { countryCode: 'TR', visibility: 'public', partnerName: { ru: 'Измир' } } as const;
    bad.proposals = [
      { ...proposal, stages: [{ stage: 'agreement_signed', date: '2024' }], partner: 'izmir' },
      { ...proposal, stages: [{ stage: 'initiative', date: '2021' }], partner: 'izmir', agreement: 'izmir-twinning' },
      { ...proposal, stages: [{ stage: 'agreement_signed', date: '2024' }], agreement: 'izmir-twinning' },
    ];
    expect(issues(bad)).toEqual([
      'proposals.0.agreement: a proposal names its agreement exactly when its last stage is agreement_signed',
      'proposals.1.agreement: a proposal names its agreement exactly when its last stage is agreement_signed',
      'proposals.2.agreement: agreement izmir-twinning is not with the partner the proposal became',
    ]);
  });

  it('an event that ends before it starts', () => {
    const bad = minimal();
    bad.events[0] = { ...bad.events[0]!, end: '2025-07-20' };
    expect(issues(bad)).toEqual(['events.0.end: the end is before the start']);
  });

  it('a link that is not http(s): it would become an href on a public page', () => {
    const bad = minimal();
    bad.sources[0] = { ...bad.sources[0]!, url: 'javascript:alert(1)' };
    bad.partners[0] = { ...bad.partners[0]!, websiteUrl: 'data:text/html,<script>alert(1)</script>' };
    expect(issues(bad)).toEqual(['sources.0.url: an http:// or https:// URL', 'partners.0.websiteUrl: an http:// or https:// URL']);
  });

  it('an unknown IANA time zone and an unknown field', () => {
    const bad = { ...minimal(), partners: [{ ...minimal().partners[0]!, timeZone: 'GMT+8', mayor: 'x' }] };
    expect(issues(bad)).toEqual(expect.arrayContaining(['partners.0.timeZone: an IANA time zone', expect.stringContaining('mayor')]));
  });

  it('a project naming an unknown event, or an agreement signed with a partner not in the project', () => {
    const bad = minimal();
    bad.partners.push({ slug: 'aktau', kind: 'city', countryCode: 'KZ', latitude: 43.65, longitude: 51.16, name: { ru: 'Актау' } });
    bad.agreements[0] = { ...bad.agreements[0]!, key: 'izmir-twinning' };
    bad.projects = [
      { slug: 'school-exchange', themes: ['education'], partners: ['aktau'], agreements: ['izmir-twinning'], events: ['2099-nothing'], title: { ru: 'Обмен' } },
    ];
    expect(issues(bad)).toEqual([
      'projects.0.events: unknown event 2099-nothing',
      'projects.0.agreements: agreement izmir-twinning is not with a partner of the project',
    ]);
  });

  it('a project that ends before its start, compared as periods: "August 2021 – 2021" is accepted', () => {
    const project = { slug: 'p', themes: ['culture'] as const, partners: ['izmir'], title: { ru: 'Проект' } };
    expect(issues({ ...minimal(), projects: [{ ...project, start: '2021-08', end: '2021' }] })).toEqual([]);
    expect(issues({ ...minimal(), projects: [{ ...project, start: '2021-08', end: '2021-07-31' }] })).toEqual(['projects.0.end: the end is before the start']);
  });
});
