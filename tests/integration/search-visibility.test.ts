import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasets, seedDataset } from '@/prisma/seed/seed-dataset';
import { publicProposal, publiclyVisible } from '@/lib/server/visibility';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

// The search reads the records it found in SQL, with portal_public_hits() and its
// portal_publicly_visible(): they must let the public see exactly what publiclyVisible() lets it see
// everywhere else on the site, in every state a record can be in.

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDataset(database.prisma, datasets.kazan); // the dataset with every kind: projects and proposals too
});
afterAll(async () => {
  await database.drop();
});

const HOUR = 3_600_000;

describe('what the search may show', () => {
  it('is what the rest of the site shows the public, for every kind in every state', async () => {
    const now = new Date();
    const states = [
      { publicationStatus: 'draft' },
      { publicationStatus: 'published' },
      { publicationStatus: 'scheduled', publishAt: new Date(now.getTime() - HOUR) },
      { publicationStatus: 'scheduled', publishAt: new Date(now.getTime() + HOUR) },
      { publicationStatus: 'published', unpublishAt: new Date(now.getTime() - HOUR) },
      { publicationStatus: 'published', unpublishAt: new Date(now.getTime() + HOUR) },
      { publicationStatus: 'scheduled', publishAt: new Date(now.getTime() - HOUR), unpublishAt: new Date(now.getTime() - 1) },
      { publicationStatus: 'published', deletedAt: new Date(now.getTime() - HOUR) },
    ] as const;
    const { prisma } = database;
    const state = (index: number) => ({
      publicationStatus: 'published' as const,
      publishAt: null,
      unpublishAt: null,
      deletedAt: null,
      ...states[index % states.length],
    });
    // Every record in one of the states, in turn; a proposal public or internal as well.
    const partners = await prisma.partner.findMany({ select: { id: true }, orderBy: { slug: 'asc' } });
    const agreements = await prisma.agreement.findMany({ select: { id: true }, orderBy: { id: 'asc' } });
    const events = await prisma.event.findMany({ select: { id: true }, orderBy: { id: 'asc' } });
    const projects = await prisma.project.findMany({ select: { id: true }, orderBy: { id: 'asc' } });
    const proposals = await prisma.proposal.findMany({ select: { id: true }, orderBy: { id: 'asc' } });
    for (const list of [partners, agreements, events, projects, proposals]) expect(list.length).toBeGreaterThan(0);
    await prisma.$transaction([
      ...partners.map(({ id }, i) => prisma.partner.update({ where: { id }, data: state(i) })),
      ...agreements.map(({ id }, i) => prisma.agreement.update({ where: { id }, data: state(i + 3) })),
      ...events.map(({ id }, i) => prisma.event.update({ where: { id }, data: state(i) })),
      ...projects.map(({ id }, i) => prisma.project.update({ where: { id }, data: state(i) })),
      ...proposals.map(({ id }, i) => prisma.proposal.update({ where: { id }, data: { ...state(i >> 1), visibility: i % 2 ? 'internal' : 'public' } })),
    ]);

    const all = [
      ...partners.map(({ id }) => ['partners', id]),
      ...agreements.map(({ id }) => ['agreements', String(id)]),
      ...events.map(({ id }) => ['events', String(id)]),
      ...projects.map(({ id }) => ['projects', String(id)]),
      ...proposals.map(({ id }) => ['proposals', String(id)]),
    ];
    const shown = await prisma.$queryRaw<{ kind: string; id: string }[]>`
      SELECT kind, id FROM portal_public_hits(${all.map(([kind]) => kind)}::text[], ${all.map(([, id]) => id)}::text[], '{ru}', ${now}::timestamp)`;
    const visible = publiclyVisible(now);
    const expected = [
      ...(await prisma.partner.findMany({ where: visible, select: { id: true } })).map(({ id }) => `partners ${id}`),
      ...(await prisma.agreement.findMany({ where: { ...visible, partner: visible }, select: { id: true } })).map(({ id }) => `agreements ${id}`),
      ...(await prisma.event.findMany({ where: visible, select: { id: true } })).map(({ id }) => `events ${id}`),
      ...(await prisma.project.findMany({ where: visible, select: { id: true } })).map(({ id }) => `projects ${id}`),
      ...(await prisma.proposal.findMany({ where: publicProposal(now), select: { id: true } })).map(({ id }) => `proposals ${id}`),
    ];
    expect(expected.length, 'some of each state are visible').toBeGreaterThan(0);
    expect(expected.length, 'and some are not').toBeLessThan(all.length);
    expect(shown.map(({ kind, id }) => `${kind} ${id}`).sort()).toEqual(expected.sort());
  });
});
