import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { datasets, seedDataset } from '@/prisma/seed/seed-dataset';
import type { ProjectFilters } from '@/lib/schemas/projects';
import {
  countActiveProjects,
  listProjectFilterOptions,
  listProjectPage,
  listProjectsOfPartner,
  listProjectsUnderAgreement,
} from '@/lib/server/projects/register';
import { getProject } from '@/lib/server/projects/detail';
import { publicRecordExists } from '@/lib/server/routing/public-record';
import { searchPortal } from '@/lib/server/search/queries';
import { listPublicDetailPages } from '@/lib/server/sitemap/queries';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

// Outside Next there is no cache to configure; 'use cache' is then an inert string.
vi.mock('next/cache', () => ({ cacheLife: () => {}, cacheTag: () => {} }));

let database: TestDatabase;
const DAY = 24 * 60 * 60 * 1000;
const utc = (y: number, m = 1, d = 1) => new Date(Date.UTC(y, m - 1, d));

type Extra = {
  publicationStatus?: 'draft' | 'scheduled' | 'published';
  publishAt?: Date;
  deletedAt?: Date;
  status?: 'active' | 'completed' | 'suspended';
  start?: [Date, 'day' | 'month' | 'year'];
  end?: [Date, 'day' | 'month' | 'year'];
  theme?: 'sport' | 'culture' | 'tourism';
};

/** A project with Eskişehir, a Russian title and whatever else is given. */
async function addProject(slug: string, extra: Extra = {}) {
  const partner = await database.prisma.partner.findUniqueOrThrow({ where: { slug: 'eskisehir' } });
  await database.prisma.project.create({
    data: {
      slug,
      themes: [extra.theme ?? 'sport'],
      status: extra.status,
      startDate: extra.start?.[0],
      startPrecision: extra.start?.[1],
      endDate: extra.end?.[0],
      endPrecision: extra.end?.[1],
      publicationStatus: extra.publicationStatus ?? 'published',
      publishAt: extra.publishAt,
      deletedAt: extra.deletedAt,
      translations: { create: { locale: 'ru', title: `Тест ${slug}` } },
      partners: { create: { partnerId: partner.id } },
    },
  });
}

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  await seedDataset(database.prisma, datasets.kazan);
  const now = Date.now();
  await addProject('draft-project', { publicationStatus: 'draft', status: 'suspended', theme: 'tourism' });
  await addProject('scheduled-later', { publicationStatus: 'scheduled', publishAt: new Date(now + 7 * DAY), status: 'active' });
  await addProject('trashed-project', { deletedAt: new Date(now - DAY), status: 'active' });
  await addProject('scheduled-due', {
    publicationStatus: 'scheduled',
    publishAt: new Date(now - DAY),
    status: 'active',
    start: [utc(2019, 8), 'month'],
    end: [utc(2021), 'year'],
  });
  await addProject('one-month-2018', { status: 'completed', start: [utc(2018, 3), 'month'], theme: 'culture' });
});
afterAll(async () => {
  await database.drop();
});

const none: ProjectFilters = { theme: undefined, partner: undefined, status: undefined, year: undefined, kind: undefined };
const slugs = async (filters: Partial<ProjectFilters>, sort: 'start' | 'title' = 'start') =>
  (await listProjectPage('en', { ...none, ...filters }, sort, 1)).items.map((p) => p.slug);

describe('the projects register', () => {
  it('never shows a draft, a trashed project or one scheduled for later; a scheduled one whose time has come is shown', async () => {
    const all = await slugs({});
    expect(all).toContain('scheduled-due');
    for (const hidden of ['draft-project', 'scheduled-later', 'trashed-project']) {
      expect(all).not.toContain(hidden);
      expect(await getProject('en', hidden)).toBeNull();
      expect(await publicRecordExists('projects', hidden)).toBe(false);
    }
    expect(await publicRecordExists('projects', 'solntse-ke-zhuang-school-exchange')).toBe(true);
    expect(all).toHaveLength(6);
  });

  it('filters by theme, partner, status and organization kind', async () => {
    expect(await slugs({ theme: 'ecology' })).toEqual(['kazan-zoo-giant-panda-reserve-specialist-exchange']);
    expect(await slugs({ theme: 'education', partner: 'shenzhen' })).toEqual(['solntse-ke-zhuang-school-exchange']);
    expect(await slugs({ status: 'completed' })).toEqual(['one-month-2018']);
    expect((await slugs({ kind: 'municipal_body' })).sort()).toEqual(['chengdu-partner-exchange-training']);
    expect((await slugs({ kind: 'school' })).sort()).toEqual(['kazan-qingdao-pupils-cooperation', 'solntse-ke-zhuang-school-exchange']);
  });

  it('counts a project for every year its period overlaps at its precision, and an undated one for none', async () => {
    // August 2019 – 2021: in 2019, 2020 and 2021, not in 2018 or 2022.
    expect(await slugs({ year: 2018 })).toEqual(['one-month-2018']);
    expect(await slugs({ year: 2020 })).toEqual(['scheduled-due']);
    expect(await slugs({ year: 2021 })).toEqual(['scheduled-due']);
    expect(await slugs({ year: 2022 })).toEqual([]);
    expect(await slugs({ year: 2025 })).toEqual(['solntse-ke-zhuang-school-exchange']);
    expect((await listProjectFilterOptions('en')).years).toEqual([2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018]);
  });

  it('sorts by newest start (undated last) or by title in the locale', async () => {
    expect((await slugs({})).slice(0, 3)).toEqual(['solntse-ke-zhuang-school-exchange', 'scheduled-due', 'one-month-2018']);
    const byTitle = await listProjectPage('en', none, 'title', 1);
    const titles = byTitle.items.map((p) => p.title.text);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('offers only partners, themes, statuses and participant kinds that public projects have', async () => {
    const options = await listProjectFilterOptions('en');
    expect(options.partners.map((p) => p.slug)).toEqual(['chengdu', 'eskisehir', 'qingdao', 'shenzhen']);
    // The draft project is the only one suspended and about tourism: neither is offered.
    expect(options.themes).toEqual(['education', 'culture', 'ecology', 'sport']);
    expect(options.statuses).toEqual(['active', 'completed']);
    expect(options.kinds).toEqual(['school', 'municipal_body', 'other']);
  });

  it('counts active projects among public ones only', async () => {
    expect(await countActiveProjects()).toBe(1);
  });
});

describe('a project page and the lists that link to it', () => {
  it('has partners, the agreement it implements, organizations, sources and its events', async () => {
    const project = await getProject('en', 'solntse-ke-zhuang-school-exchange');
    expect(project?.partners.map((p) => p.name.text)).toEqual(['Shenzhen']);
    expect(project?.agreements.map((a) => [a.type, a.signed?.precision, a.partnerName?.text])).toEqual([
      ['friendly_cooperation_memorandum', 'year', 'Shenzhen'],
    ]);
    expect(project?.organizations.map((o) => [o.kind, o.city?.text])).toEqual([
      ['school', 'Kazan'],
      ['school', 'Shenzhen'],
    ]);
    expect(project?.events.map((e) => e.slug)).toEqual([
      '2025-06-11-solntse-school-delegation-shenzhen',
      '2025-04-08-kazan-shenzhen-schools-second-teleconference',
      '2025-03-17-kazan-shenzhen-schools-first-telebridge',
    ]);
    expect(project?.sources.map((s) => s.publisher)).toEqual(['Казанская городская Дума']);
    expect(project).toMatchObject({ status: null, end: null, start: { precision: 'day' } });
  });

  it('lists a partner’s projects and the projects under an agreement', async () => {
    expect((await listProjectsOfPartner('ru', 'chengdu')).map((p) => p.slug).sort()).toEqual([
      'chengdu-partner-exchange-training',
      'kazan-zoo-giant-panda-reserve-specialist-exchange',
    ]);
    expect(await listProjectsOfPartner('ru', 'shumen-province')).toEqual([]);
    const memorandum = await database.prisma.agreement.findFirstOrThrow({ where: { partner: { slug: 'shenzhen' } } });
    expect((await listProjectsUnderAgreement('ru', memorandum.id)).map((p) => p.slug)).toEqual(['solntse-ke-zhuang-school-exchange']);
  });
});

describe('projects in search and the sitemap', () => {
  const found = async (locale: 'ru' | 'kk' | 'en', query: string) => (await searchPortal(locale, query)).projects.map((p) => p.slug);
  const ZOO = 'kazan-zoo-giant-panda-reserve-specialist-exchange';
  const SOLNTSE = 'solntse-ke-zhuang-school-exchange';

  it('finds a project by its title, summary, outcomes or an organization’s name, in each language, shown in the page language', async () => {
    expect(await found('ru', 'больших панд')).toEqual([ZOO]);
    expect(await found('kk', 'пандалар')).toEqual([ZOO]);
    expect(await found('en', 'giant panda')).toEqual([ZOO]);
    expect(await found('en', 'телемосты')).toEqual([SOLNTSE]); // summary
    expect(await found('ru', 'межкультурного диалога')).toEqual([SOLNTSE]); // outcomes
    // Only an organization's name says Vakhitovsky District.
    expect(await found('ru', 'Вахитовского')).toEqual([SOLNTSE]);
    expect(await found('en', 'Vakhitovsky')).toEqual([SOLNTSE]);
    const [hit] = (await searchPortal('kk', 'panda')).projects;
    expect(hit).toMatchObject({ slug: ZOO, title: { text: 'Қазан зооботаникалық бағы мен үлкен пандалар қорығының мамандар алмасуы', lang: 'kk' } });
  });

  it('ignores case, ё/е and Kazakh letters typed as their Russian look-alikes, and tolerates a typo', async () => {
    expect(await found('kk', 'ЗООБОТАНИКАЛЫК БАГЫ')).toContain(ZOO); // қ, ғ typed as к, г
    expect(await found('ru', 'зооботаническово')).toContain(ZOO);
  });

  it('never finds a draft, a trashed project or one scheduled for later', async () => {
    expect(await found('ru', 'Тест')).toContain('scheduled-due');
    for (const query of ['Тест', 'Тест draft-project', 'scheduled-later', 'trashed-project']) {
      for (const locale of ['ru', 'kk', 'en'] as const) {
        const slugs = await found(locale, query);
        for (const hidden of ['draft-project', 'scheduled-later', 'trashed-project']) expect(slugs).not.toContain(hidden);
      }
    }
  });

  it('lists every public project page in the sitemap, and no hidden one', async () => {
    const paths = (await listPublicDetailPages()).map((p) => p.path).filter((path) => path.startsWith('/projects/'));
    const register = await listProjectPage('en', none, 'start', 1);
    expect(paths.sort()).toEqual(register.items.map((p) => `/projects/${p.slug}`).sort());
    expect(paths).toContain('/projects/scheduled-due');
    for (const hidden of ['draft-project', 'scheduled-later', 'trashed-project']) expect(paths).not.toContain(`/projects/${hidden}`);
  });
});
