import { describe, expect, it } from 'vitest';
import { agreementNode, legalForce } from './agreement';
import { eventNode } from './event';
import { placeNode } from './place';
import { projectNode } from './project';
import { onItsPage, serializeJsonLd } from './json-ld';
import { parsePartialDate } from '@/lib/dates/partial-date';

const kazan = { kind: 'city' as const, name: 'Казань', countryName: 'Россия' };
const chengdu = {
  kind: 'city' as const,
  name: 'Чэнду',
  countryName: 'Китай',
  url: 'https://x.example/ru/partners/chengdu',
  latitude: 30.66,
  longitude: 104.06,
  website: 'https://www.chengdu.gov.cn',
};

describe('agreements as Legislation', () => {
  it('maps the status to schema.org legal force; an unknown status states none', () => {
    expect(legalForce('in_force')).toBe('https://schema.org/InForce');
    for (const status of ['suspended', 'expired', 'terminated', 'superseded'] as const) expect(legalForce(status)).toBe('https://schema.org/NotInForce');
    expect(legalForce(null)).toBeNull();
  });

  it('states the date at its precision, the parties, the languages and what it changes, and nothing unknown', () => {
    const node = agreementNode({
      url: 'https://x.example/ru/agreements/4',
      name: 'Меморандум',
      typeLabel: 'Меморандум о дружественном сотрудничестве',
      signed: parsePartialDate('2015'),
      status: null,
      textLanguages: ['ru', 'zh'],
      parties: [kazan, chengdu],
      changes: [{ url: 'https://x.example/ru/agreements/2', name: 'Старый договор' }],
      document: null,
    });
    expect(node).toMatchObject({
      '@type': 'Legislation',
      legislationDate: '2015',
      inLanguage: ['ru', 'zh'],
      legislationType: 'Меморандум о дружественном сотрудничестве',
    });
    expect(node.spatialCoverage).toEqual([
      { '@type': 'City', name: 'Казань', containedInPlace: { '@type': 'Country', name: 'Россия' } },
      expect.objectContaining({
        '@type': 'City',
        name: 'Чэнду',
        sameAs: 'https://www.chengdu.gov.cn',
        geo: { '@type': 'GeoCoordinates', latitude: 30.66, longitude: 104.06 },
      }),
    ]);
    expect(node.legislationChanges).toEqual([expect.objectContaining({ '@id': 'https://x.example/ru/agreements/2' })]);
    expect(node).not.toHaveProperty('legislationLegalForce');
    expect(node).not.toHaveProperty('encoding');
  });
});

describe('projects as Project', () => {
  const base = {
    url: 'https://x.example/en/projects/p',
    name: 'Language centre',
    description: null,
    themes: ['Education', 'Culture'],
    partners: [{ name: 'Chengdu', url: chengdu.url }],
    events: [],
    images: [],
  };

  it('gives the period at its precision, the partners served, members by kind with their city and country, and the events', () => {
    const node = projectNode({
      ...base,
      start: parsePartialDate('2024-11-12'),
      end: parsePartialDate('2026'),
      organizations: [
        { kind: 'university', name: 'Sichuan Normal University', city: 'Chengdu', countryCode: 'CN' },
        { kind: 'municipal_body', name: 'Kazan City Executive Committee', city: null, countryCode: 'RU' },
        { kind: 'other', name: 'Panda reserve', city: null, countryCode: null },
      ],
      events: [{ name: 'Forum', url: 'https://x.example/en/events/f', start: parsePartialDate('2022-03')! }],
    });
    expect(node).toMatchObject({
      '@type': 'Project',
      '@id': base.url,
      keywords: 'Education, Culture',
      foundingDate: '2024-11-12',
      dissolutionDate: '2026',
      areaServed: [{ '@id': chengdu.url, url: chengdu.url, name: 'Chengdu' }],
      event: [{ '@type': 'Event', '@id': 'https://x.example/en/events/f', startDate: '2022-03' }],
    });
    expect(node.member).toEqual([
      {
        '@type': 'CollegeOrUniversity',
        name: 'Sichuan Normal University',
        address: { '@type': 'PostalAddress', addressLocality: 'Chengdu', addressCountry: 'CN' },
      },
      { '@type': 'GovernmentOrganization', name: 'Kazan City Executive Committee', address: { '@type': 'PostalAddress', addressCountry: 'RU' } },
      { '@type': 'Organization', name: 'Panda reserve' },
    ]);
  });

  it('states no date, member or image the source does not give', () => {
    const node = projectNode({ ...base, start: null, end: null, organizations: [] });
    for (const property of ['foundingDate', 'dissolutionDate', 'member', 'event', 'image', 'description']) expect(node).not.toHaveProperty(property);
  });
});

describe('events and places', () => {
  it('gives partial ISO dates, the attendance mode and the partners an event is about', () => {
    const node = eventNode({
      url: 'https://x.example/en/events/e',
      name: 'Days of Kazan',
      description: null,
      start: parsePartialDate('2021-08')!,
      end: parsePartialDate('2021-09')!,
      format: 'hybrid',
      location: 'Kazan',
      partners: [{ name: 'Chengdu', url: chengdu.url }],
      images: ['https://x.example/media/a.jpg'],
    });
    expect(node).toMatchObject({
      '@type': 'Event',
      startDate: '2021-08',
      endDate: '2021-09',
      eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
      location: { '@type': 'Place', name: 'Kazan' },
      image: ['https://x.example/media/a.jpg'],
    });
    expect(node.about).toEqual([{ '@id': chengdu.url, url: chengdu.url, name: 'Chengdu' }]);
    expect(
      eventNode({
        url: 'u',
        name: 'n',
        description: null,
        start: parsePartialDate('2020')!,
        end: null,
        format: null,
        location: null,
        partners: [],
        images: [],
      }),
    ).toEqual({ '@type': 'Event', '@id': 'u', url: 'u', name: 'n', startDate: '2020' });
  });

  it('types a region as an AdministrativeArea inside its country', () => {
    expect(placeNode({ kind: 'region', name: 'Shumen Province', countryName: 'Bulgaria' })).toEqual({
      '@type': 'AdministrativeArea',
      name: 'Shumen Province',
      containedInPlace: { '@type': 'Country', name: 'Bulgaria' },
    });
  });
});

describe('serializeJsonLd', () => {
  it('cannot be closed by text from the database, and parses back to the same data', () => {
    const node = { '@type': 'Thing', name: '</script><script>alert(1)</script> & <!--' };
    const json = serializeJsonLd(node);
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json)).toEqual({ '@context': 'https://schema.org', ...node });
  });
});

describe('onItsPage', () => {
  it('names the language of the page the texts are in, apart from a signed text’s own languages', () => {
    const agreement = agreementNode({
      url: 'https://x.example/kk/agreements/4',
      name: 'Меморандум',
      typeLabel: 'Меморандум',
      signed: null,
      status: null,
      textLanguages: ['ru', 'zh'],
      parties: [],
      changes: [],
      document: null,
    });
    const node = onItsPage(agreement, 'kk');
    expect(node).toMatchObject({ '@type': 'Legislation', inLanguage: ['ru', 'zh'] });
    // The page is not the agreement: no @id of its own, or the two would merge into one resource.
    expect(node.mainEntityOfPage).toEqual({ '@type': 'WebPage', url: 'https://x.example/kk/agreements/4', inLanguage: 'kk' });
    expect(onItsPage(placeNode({ kind: 'city', name: 'Чэнду', url: chengdu.url }), 'en').mainEntityOfPage).toMatchObject({
      inLanguage: 'en',
      url: chengdu.url,
    });
  });
});
