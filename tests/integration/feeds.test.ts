import type ICAL from 'ical.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { datasets, seedDataset } from '@/prisma/seed/seed-dataset';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { parseStrictICalendar } from '../support/strict-icalendar';

// Outside Next there is no cache to configure ('use cache' is then an inert string), and
// connection() only marks a render as dynamic.
vi.mock('next/cache', () => ({ cacheLife: () => {}, cacheTag: () => {} }));
vi.mock('next/server', async (importOriginal) => ({ ...(await importOriginal<typeof import('next/server')>()), connection: async () => undefined }));
const { GET: calendar } = await import('@/app/[locale]/events.ics/route');
const { GET: partnerCalendar } = await import('@/app/[locale]/(public)/partners/[slug]/events.ics/route');
const { GET: atom } = await import('@/app/[locale]/feed.xml/route');
const { GET: cooperation } = await import('@/app/[locale]/cooperation.xml/route');

let database: TestDatabase;
const SITE = 'http://localhost:3000';

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url; // the data layer's own client connects here on first use
  await seedDataset(database.prisma, datasets.kazan);
  const chengdu = await database.prisma.partner.findUniqueOrThrow({ where: { slug: 'chengdu' } });
  // A draft with the newest creation time: it must appear in no feed.
  await database.prisma.event.create({
    data: {
      slug: 'draft-feed-event',
      startDate: new Date(Date.UTC(2026, 0, 10)),
      startPrecision: 'day',
      category: 'culture',
      publicationStatus: 'draft',
      translations: { create: { locale: 'ru', title: 'Черновик для ленты' } },
      partners: { create: { partnerId: chengdu.id } },
    },
  });
});
afterAll(async () => {
  await database.drop();
});

const get = (path: string, headers: Record<string, string> = {}) => new Request(`${SITE}${path}`, { headers });
const params = <T extends Record<string, string>>(value: T) => ({ params: Promise.resolve(value) });

/** Parsed with ical.js, independent of the library that wrote it, after RFC 5545's checks that ical.js forgives. */
const parseCalendar = parseStrictICalendar;

const eventBySlug = (events: ICAL.Event[], slug: string) =>
  events.find((e) => (e.component.getFirstPropertyValue('url') as string).endsWith(`/events/${slug}`));

describe('the iCalendar feed of all events', () => {
  it('holds every public event once, never a draft, as text/calendar', async () => {
    const response = await calendar(get('/ru/events.ics'), params({ locale: 'ru' }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const { component, events } = parseCalendar(await response.text());
    expect(events).toHaveLength(42);
    expect(new Set(events.map((e) => e.uid)).size).toBe(42);
    expect(events.every((e) => /^event-\d+@localhost:3000$/.test(e.uid))).toBe(true);
    expect(events.some((e) => e.summary === 'Черновик для ленты')).toBe(false);
    expect(component.getFirstPropertyValue('x-wr-calname')).toBe('Совместные мероприятия — Казань');
  });

  it('writes each date at its precision: a day range, a month, a range of years', async () => {
    const { events } = parseCalendar(await (await calendar(get('/ru/events.ics'), params({ locale: 'ru' }))).text());
    const span = (slug: string) => {
      const e = eventBySlug(events, slug)!;
      return [e.startDate.isDate, e.startDate.toString(), e.endDate.toString()];
    };
    expect(span('2019-04-21-kfu-delegation-belt-and-road-forum')).toEqual([true, '2019-04-21', '2019-04-26']);
    expect(span('2019-09-07-eskisehir-modern-art-museum-opening')).toEqual([true, '2019-09-07', '2019-09-08']);
    expect(span('2018-08-china-girls-math-olympiad')).toEqual([true, '2018-08-01', '2018-09-01']);
    expect(span('2011-kazan-universiade-experience')).toEqual([true, '2011-01-01', '2013-01-01']);
    const olympiad = eventBySlug(events, '2018-08-china-girls-math-olympiad')!;
    expect(olympiad.description).toContain('Дата: август 2018 г.');
    expect(olympiad.description).toContain('Источник называет только месяц');
    expect(olympiad.description).toContain('Партнёры: Чэнду');
    expect(olympiad.component.getFirstPropertyValue('url')).toBe(`${SITE}/ru/events/2018-08-china-girls-math-olympiad`);
  });

  it('speaks Kazakh in /kk/, the same events under the same UIDs', async () => {
    const [ru, kk] = await Promise.all(
      ['ru', 'kk'].map(async (locale) => parseCalendar(await (await calendar(get(`/${locale}/events.ics`), params({ locale }))).text())),
    );
    const olympiad = eventBySlug(kk!.events, '2018-08-china-girls-math-olympiad')!;
    expect(olympiad.summary).toBe('Чэндудағы CGMO халықаралық математикалық олимпиадасы');
    expect(olympiad.description).toContain('Дереккөз тек айын көрсетеді');
    expect(kk!.component.getFirstPropertyValue('x-wr-calname')).toBe('Бірлескен іс-шаралар — Қазан');
    expect(kk!.events.map((e) => e.uid).sort()).toEqual(ru!.events.map((e) => e.uid).sort());
  });

  it('answers 404 for an unknown locale', async () => {
    expect((await calendar(get('/de/events.ics'), params({ locale: 'de' }))).status).toBe(404);
  });

  it('answers 304 to a client whose copy is current', async () => {
    const first = await calendar(get('/en/events.ics'), params({ locale: 'en' }));
    const etag = first.headers.get('etag')!;
    const lastModified = first.headers.get('last-modified')!;
    expect(etag).toMatch(/^".+"$/);
    expect(new Date(lastModified).getTime()).toBeGreaterThan(0);
    expect((await calendar(get('/en/events.ics', { 'If-None-Match': etag }), params({ locale: 'en' }))).status).toBe(304);
    expect((await calendar(get('/en/events.ics', { 'If-Modified-Since': lastModified }), params({ locale: 'en' }))).status).toBe(304);
    expect((await calendar(get('/en/events.ics', { 'If-None-Match': '"stale"' }), params({ locale: 'en' }))).status).toBe(200);
  });
});

describe('the iCalendar feed of one partner', () => {
  it('holds only that partner’s public events', async () => {
    const response = await partnerCalendar(get('/ru/partners/chengdu/events.ics'), params({ locale: 'ru', slug: 'chengdu' }));
    expect(response.status).toBe(200);
    const { component, events } = parseCalendar(await response.text());
    const expected = await database.prisma.event.count({
      where: { publicationStatus: 'published', deletedAt: null, partners: { some: { partner: { slug: 'chengdu' } } } },
    });
    expect(expected).toBeGreaterThan(0);
    expect(events).toHaveLength(expected);
    expect(events.every((e) => e.description.includes('Чэнду'))).toBe(true);
    expect(events.some((e) => e.summary === 'Черновик для ленты')).toBe(false);
    expect(component.getFirstPropertyValue('x-wr-calname')).toBe('Казань и Чэнду: совместные мероприятия');
  });

  it('is a valid calendar for strict importers when the partner has no public event', async () => {
    await database.prisma.partner.create({
      data: {
        slug: 'quiet-city',
        kind: 'city',
        countryCode: 'FR',
        publicationStatus: 'published',
        translations: { create: { locale: 'ru', name: 'Тихий город' } },
      },
    });
    const response = await partnerCalendar(get('/en/partners/quiet-city/events.ics'), params({ locale: 'en', slug: 'quiet-city' }));
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const { component, events } = parseCalendar(text);
    expect(events).toEqual([]);
    expect(component.getAllSubcomponents('vtimezone')).toHaveLength(1);
  });

  it('answers 404 for an unknown partner, a partner in draft, or an unknown locale', async () => {
    await database.prisma.partner.create({
      data: { slug: 'draft-city', kind: 'city', countryCode: 'CN', publicationStatus: 'draft', translations: { create: { locale: 'ru', name: 'Черновой' } } },
    });
    expect((await partnerCalendar(get('/ru/partners/atlantis/events.ics'), params({ locale: 'ru', slug: 'atlantis' }))).status).toBe(404);
    expect((await partnerCalendar(get('/ru/partners/draft-city/events.ics'), params({ locale: 'ru', slug: 'draft-city' }))).status).toBe(404);
    expect((await partnerCalendar(get('/xx/partners/chengdu/events.ics'), params({ locale: 'xx', slug: 'chengdu' }))).status).toBe(404);
  });
});

describe('the Atom feed of new events', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
  type Entry = { id: string; title: { '#text': string }; updated: string; published: string; link: { href: string } };

  async function fetchFeed(locale: string) {
    const response = await atom(get(`/${locale}/feed.xml`), params({ locale }));
    const xml = await response.text();
    return {
      response,
      xml,
      feed: parser.parse(xml).feed as { id: string; title: string; updated: string; link: { rel: string; href: string }[]; entry: Entry[] },
    };
  }

  it('is well-formed Atom with its id, title, updated time and links', async () => {
    const { response, xml, feed } = await fetchFeed('ru');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(feed.id).toBe(`${SITE}/ru/feed.xml`);
    expect(feed.title).toBe('Новые мероприятия — Казань');
    expect(new Date(feed.updated).toUTCString()).toBe(response.headers.get('last-modified'));
    expect(feed.link).toEqual(
      expect.arrayContaining([
        { rel: 'self', href: `${SITE}/ru/feed.xml` },
        { rel: 'alternate', href: `${SITE}/ru/events` },
      ]),
    );
  });

  it('lists public events newest first, each with id, title, updated and link; no drafts', async () => {
    const { feed } = await fetchFeed('ru');
    expect(feed.entry).toHaveLength(42);
    for (const entry of feed.entry) {
      expect(entry.id).toMatch(/^tag:localhost:3000,\d{4}-\d{2}-\d{2}:event-\d+$/);
      expect(entry.title['#text']).not.toBe('');
      expect(Number.isNaN(Date.parse(entry.updated))).toBe(false);
      expect(entry.link.href).toMatch(new RegExp(`^${SITE}/ru/events/[a-z0-9-]+$`));
    }
    const published = feed.entry.map((e) => Date.parse(e.published));
    expect(published).toEqual([...published].sort((a, b) => b - a));
    expect(feed.entry.some((e) => e.title['#text'] === 'Черновик для ленты')).toBe(false);
  });

  it('keeps Kazakh titles intact, and answers 404 for an unknown locale', async () => {
    const { feed } = await fetchFeed('kk');
    expect(feed.title).toBe('Жаңа іс-шаралар — Қазан');
    expect(feed.entry.map((e) => e.title['#text'])).toContain('Чэндудағы CGMO халықаралық математикалық олимпиадасы');
    expect((await atom(get('/fr/feed.xml'), params({ locale: 'fr' }))).status).toBe(404);
  });

  it('is in Kazakh in the Latin alphabet at /kk-latn, its links under /kk-latn, and only there', async () => {
    const { xml, feed } = await fetchFeed('kk-latn');
    expect(feed.title).toBe('Jaña ıs-şaralar — Kazan');
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="kk-Latn">');
    expect(feed.id).toBe(`${SITE}/kk-latn/feed.xml`);
    expect(feed.entry.map((e) => e.title['#text'])).toContain('Şendudağy CGMO halyqaralyq matematikalyq olimpiadasy');
    expect(feed.entry[0]?.link.href).toMatch(new RegExp(`^${SITE}/kk-latn/events/`));
    // The locale's code is not its address: next-intl would redirect the page, the feed is not there.
    expect((await atom(get('/kk-Latn/feed.xml'), params({ locale: 'kk-Latn' }))).status).toBe(404);
  });
});

describe('the Atom feed of projects and proposals', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'entry' || name === 'link' });
  type Entry = { id: string; title: { '#text': string }; summary: { '#text': string }; published: string; link: { href: string }[] };
  const HIDDEN = /Тайн/;

  beforeAll(async () => {
    // Each hidden for another reason; all would be the newest entries if they were shown.
    const project = (slug: string, extra: object) =>
      database.prisma.project.create({
        data: {
          slug,
          themes: ['culture'],
          publicationStatus: 'published',
          translations: { create: { locale: 'ru', title: `Тайный проект ${slug}` } },
          ...extra,
        },
      });
    await project('draft-secret', { publicationStatus: 'draft' });
    await project('trashed-secret', { deletedAt: new Date() });
    await project('later-secret', { publicationStatus: 'scheduled', publishAt: new Date(Date.now() + 3_600_000) });
    const proposal = (name: string, extra: object) =>
      database.prisma.proposal.create({
        data: {
          countryCode: 'FR',
          stage: 'initiative',
          visibility: 'public',
          publicationStatus: 'published',
          translations: { create: { locale: 'ru', partnerName: `Тайноград ${name}` } },
          stages: { create: { position: 0, stage: 'initiative', date: new Date('2025-01-01'), precision: 'year' } },
          ...extra,
        },
      });
    await proposal('внутренний', { visibility: 'internal' });
    await proposal('черновик', { publicationStatus: 'draft' });
    await proposal('в корзине', { deletedAt: new Date() });
    await proposal('запланированный', { publicationStatus: 'scheduled', publishAt: new Date(Date.now() + 3_600_000) });
  });

  async function fetchFeed(locale: string) {
    const response = await cooperation(get(`/${locale}/cooperation.xml`), params({ locale }));
    const xml = await response.text();
    return { response, xml, feed: parser.parse(xml).feed as { id: string; title: string; link: { rel: string; href: string }[]; entry: Entry[] } };
  }

  it('is well-formed Atom of its own, linked to the projects page', async () => {
    const { response, xml, feed } = await fetchFeed('ru');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(response.headers.get('etag')).toBeTruthy();
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(feed.id).toBe(`${SITE}/ru/cooperation.xml`);
    expect(feed.title).toBe('Совместные проекты и партнёрства в подготовке — Казань');
    expect(feed.link).toEqual(
      expect.arrayContaining([
        { rel: 'self', href: `${SITE}/ru/cooperation.xml` },
        { rel: 'alternate', href: `${SITE}/ru/projects` },
      ]),
    );
    expect((await cooperation(get('/fr/cooperation.xml'), params({ locale: 'fr' }))).status).toBe(404);
  });

  it('has every public project and public proposal once, with its own id and link, newest first', async () => {
    const { feed } = await fetchFeed('en');
    const links = feed.entry.map((e) => e.link[0]!.href);
    const projects = links.filter((l) => l.includes('/projects/'));
    expect(projects.sort()).toEqual(
      [
        'chengdu-partner-exchange-training',
        'kazan-qingdao-pupils-cooperation',
        'kazan-zoo-giant-panda-reserve-specialist-exchange',
        'solntse-ke-zhuang-school-exchange',
      ].map((slug) => `${SITE}/en/projects/${slug}`),
    );
    const xiamen = feed.entry.find((e) => e.title['#text'] === 'Partnership in preparation: Xiamen');
    expect(xiamen?.link[0]!.href).toMatch(new RegExp(`^${SITE}/en/proposals#proposal-\\d+$`));
    expect(xiamen?.id).toMatch(/^tag:localhost:3000,\d{4}-\d{2}-\d{2}:proposal-\d+$/);
    expect(xiamen?.summary['#text']).toContain('Nothing has been signed yet');
    expect(feed.entry.find((e) => e.title['#text'] === 'Partnership in preparation: Qingdao')?.summary['#text']).toContain('The agreement has been signed');
    expect(new Set(feed.entry.map((e) => e.id)).size).toBe(6);
    const published = feed.entry.map((e) => Date.parse(e.published));
    expect(published).toEqual([...published].sort((a, b) => b - a));
  });

  it('never carries an internal, draft, trashed or not-yet-due proposal, nor such a project, in any language', async () => {
    for (const locale of ['ru', 'kk', 'en', 'kk-latn']) {
      const { xml, feed } = await fetchFeed(locale);
      expect(xml).not.toMatch(HIDDEN);
      expect(feed.entry).toHaveLength(6);
    }
  });
});
