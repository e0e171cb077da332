import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasets, seedDataset } from '@/prisma/seed/seed-dataset';
import { AccessDenied } from '@/lib/server/auth/actor';
import { getEventPreview } from '@/lib/server/events/editing';
import { publicRecordExists } from '@/lib/server/routing/public-record';
import { createPreviewLink, getSharedPreview, listPreviewLinks, revokePreviewLink, type PreviewRecord } from '@/lib/server/previews/links';
import { previewLinkIsLive } from '@/lib/server/previews/live-link';
import type { PreviewGrant } from '@/lib/server/previews/grant';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { signedInHeaders } from '../support/auth';

// Preview links (docs/decisions/045): an editor shares one record's preview with someone who has no
// account; the token opens that record's preview and nothing else, and every token that does not
// open it (expired, revoked, tampered, unknown, malformed, its record gone) opens nothing, alike.

let database: TestDatabase;
let editor: Headers;
let admin: Headers;
const visitor = new Headers();
let draftEvent: { id: number; slug: string; version: number };
let draftPartner: { id: string; slug: string };

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url; // the data layer's own client connects here on first use
  await seedDataset(database.prisma, datasets.kazan);
  [editor, admin] = await Promise.all([signedInHeaders(database.prisma, { role: 'editor' }), signedInHeaders(database.prisma, { role: 'admin' })]);
  // A draft event linked to a published partner and to a draft one: the draft partner must not show.
  const event = await database.prisma.event.findFirstOrThrow({ where: { partners: { some: {} } }, orderBy: { id: 'asc' } });
  draftEvent = await database.prisma.event.update({
    where: { id: event.id },
    data: { publicationStatus: 'draft' },
    select: { id: true, slug: true, version: true },
  });
  const partner = await database.prisma.partner.findFirstOrThrow({ where: { events: { none: { eventId: event.id } } }, orderBy: { slug: 'asc' } });
  draftPartner = await database.prisma.partner.update({ where: { id: partner.id }, data: { publicationStatus: 'draft' }, select: { id: true, slug: true } });
  await database.prisma.eventPartner.create({ data: { eventId: event.id, partnerId: partner.id } });
});
afterAll(async () => {
  await database.drop();
});

const eventRecord = (): PreviewRecord => ({ kind: 'event', recordId: String(draftEvent.id) });

async function newLink(record: PreviewRecord = eventRecord(), days = 7) {
  const outcome = await createPreviewLink(editor, record, { days, locale: 'ru' });
  if (!outcome.ok) throw new Error(`no link: ${outcome.error}`);
  const { url, expiresAt } = outcome.value;
  expect(new URL(url).pathname).toMatch(/^\/ru\/preview\/[^/]+$/);
  return { token: url.slice(url.lastIndexOf('/') + 1), expiresAt };
}

/** Whether the token opens nothing, both for the page and for the proxy's status. */
async function opensNothing(token: string) {
  return (await getSharedPreview('ru', token)) === null && !(await previewLinkIsLive(token));
}

describe('making and revoking preview links', () => {
  it('is for editors: a visitor can neither make, list nor revoke one', async () => {
    await expect(createPreviewLink(visitor, eventRecord(), { days: 7, locale: 'ru' })).rejects.toBeInstanceOf(AccessDenied);
    await expect(listPreviewLinks(visitor, eventRecord())).rejects.toBeInstanceOf(AccessDenied);
    const { token } = await newLink();
    const [link] = await listPreviewLinks(editor, eventRecord());
    await expect(revokePreviewLink(visitor, link!.id)).rejects.toBeInstanceOf(AccessDenied);
    expect(await previewLinkIsLive(token)).toBe(true);
  });

  it('stores only a hash of the token, and lists who made the link, for which version, until when', async () => {
    const before = Date.now();
    const { token, expiresAt } = await newLink(eventRecord(), 3);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(expiresAt.getTime() - before).toBeGreaterThanOrEqual(3 * 24 * 3600 * 1000 - 1000);
    expect(expiresAt.getTime() - before).toBeLessThan(3 * 24 * 3600 * 1000 + 60_000);
    const rows = await database.prisma.$queryRawUnsafe<{ row: string }[]>(`SELECT row_to_json(p)::text AS row FROM "PreviewLink" p`);
    expect(rows.some((r) => r.row.includes(token))).toBe(false);
    const [newest] = await listPreviewLinks(editor, eventRecord());
    expect(newest).toMatchObject({ version: draftEvent.version, revokedAt: null, createdBy: { name: 'Test editor' } });
    expect(newest!.expiresAt).toEqual(expiresAt);
  });

  it('cannot be made for a record that does not exist or is in the trash', async () => {
    expect(await createPreviewLink(editor, { kind: 'event', recordId: '999999' }, { days: 7, locale: 'ru' })).toEqual({ ok: false, error: 'notFound' });
    expect(await createPreviewLink(editor, { kind: 'partner', recordId: 'not-a-uuid' }, { days: 7, locale: 'ru' })).toEqual({ ok: false, error: 'notFound' });
    const trashed = await database.prisma.project.findFirstOrThrow({ orderBy: { id: 'desc' } });
    await database.prisma.project.update({ where: { id: trashed.id }, data: { deletedAt: new Date() } });
    expect(await createPreviewLink(editor, { kind: 'project', recordId: String(trashed.id) }, { days: 7, locale: 'ru' })).toEqual({
      ok: false,
      error: 'notFound',
    });
    await database.prisma.project.update({ where: { id: trashed.id }, data: { deletedAt: null } });
  });
});

describe('opening a preview link', () => {
  it('shows the draft as its public page would, without a session, and says which version it was made for', async () => {
    expect(await publicRecordExists('events', draftEvent.slug)).toBe(false);
    const { token } = await newLink();
    const shared = await getSharedPreview('kk', token);
    expect(shared).toMatchObject({ kind: 'event', madeForVersion: draftEvent.version, newerVersion: false, preview: { state: { kind: 'draft' } } });
    expect(shared?.kind === 'event' && shared.preview.page.slug).toBe(draftEvent.slug);
  });

  it('reveals no other draft: a draft partner linked to the event is left out, as on the public page', async () => {
    const shared = await getSharedPreview('ru', (await newLink()).token);
    expect(shared?.kind).toBe('event');
    const partners = shared?.kind === 'event' ? shared.preview.page.partners.map((p) => p.slug) : [];
    expect(partners.length).toBeGreaterThan(0);
    expect(partners).not.toContain(draftPartner.slug);
  });

  it('says when the record was saved since, and shows it as it is now', async () => {
    const { token } = await newLink();
    await database.prisma.event.update({ where: { id: draftEvent.id }, data: { version: { increment: 1 } } });
    const shared = await getSharedPreview('ru', token);
    expect(shared).toMatchObject({ madeForVersion: draftEvent.version, newerVersion: true, preview: { version: draftEvent.version + 1 } });
    draftEvent.version += 1;
  });

  it('works for each kind of record, each link showing only its own record', async () => {
    const [partner, agreement, project, proposal] = await Promise.all([
      database.prisma.partner.findFirstOrThrow({ where: { deletedAt: null }, orderBy: { slug: 'desc' } }),
      database.prisma.agreement.findFirstOrThrow({ where: { deletedAt: null }, orderBy: { id: 'desc' } }),
      database.prisma.project.findFirstOrThrow({ where: { deletedAt: null }, orderBy: { id: 'desc' } }),
      database.prisma.proposal.findFirstOrThrow({ where: { deletedAt: null }, orderBy: { id: 'desc' } }),
    ]);
    const shown = async (record: PreviewRecord) => {
      const shared = await getSharedPreview('en', (await newLink(record)).token);
      return shared && { kind: shared.kind, id: 'id' in shared.preview.page ? String(shared.preview.page.id) : shared.preview.page.slug };
    };
    expect(await shown({ kind: 'partner', recordId: partner.id })).toEqual({ kind: 'partner', id: partner.slug });
    expect(await shown({ kind: 'agreement', recordId: String(agreement.id) })).toEqual({ kind: 'agreement', id: String(agreement.id) });
    expect(await shown({ kind: 'project', recordId: String(project.id) })).toMatchObject({ kind: 'project' });
    expect(await shown({ kind: 'proposal', recordId: String(proposal.id) })).toEqual({ kind: 'proposal', id: String(proposal.id) });
  });

  it('grants nothing beyond its record: a grant not made from a live token opens no preview', async () => {
    const forged = { kind: 'event', recordId: String(draftEvent.id) } as PreviewGrant;
    await expect(getEventPreview(forged, 'ru', draftEvent.id)).rejects.toBeInstanceOf(AccessDenied);
    await expect(getEventPreview(visitor, 'ru', draftEvent.id)).rejects.toBeInstanceOf(AccessDenied);
  });
});

describe('links that open nothing', () => {
  it('answers nothing for a revoked link, and revoking again changes nothing', async () => {
    const { token } = await newLink();
    const [link] = await listPreviewLinks(editor, eventRecord());
    expect(await revokePreviewLink(editor, link!.id)).toEqual({ ok: true, value: null });
    expect(await opensNothing(token)).toBe(true);
    expect(await revokePreviewLink(admin, link!.id)).toEqual({ ok: true, value: null });
    expect((await listPreviewLinks(editor, eventRecord()))[0]!.revokedAt).toBeInstanceOf(Date);
    expect(await revokePreviewLink(editor, '00000000-0000-4000-8000-000000000000')).toEqual({ ok: false, error: 'notFound' });
  });

  it('answers nothing for an expired link', async () => {
    const { token } = await newLink();
    expect(await previewLinkIsLive(token)).toBe(true);
    const [link] = await listPreviewLinks(editor, eventRecord());
    await database.prisma.previewLink.update({ where: { id: link!.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await opensNothing(token)).toBe(true);
  });

  it('answers nothing for a tampered, unknown or malformed token', async () => {
    const { token } = await newLink();
    const tampered = token.slice(0, 10) + (token[10] === 'A' ? 'B' : 'A') + token.slice(11);
    for (const bad of [
      tampered,
      randomBytes(32).toString('base64url'),
      '',
      '%',
      '%zz',
      '\uD800',
      'é'.repeat(43),
      token + 'A',
      'A'.repeat(5000),
      token.slice(1),
    ]) {
      expect(await opensNothing(bad), JSON.stringify(bad.slice(0, 50))).toBe(true);
    }
    expect(await previewLinkIsLive(token)).toBe(true);
  });

  it('answers nothing once its record is in the trash, or purged', async () => {
    const proposal = await database.prisma.proposal.findFirstOrThrow({ where: { deletedAt: null }, orderBy: { id: 'asc' } });
    const { token } = await newLink({ kind: 'proposal', recordId: String(proposal.id) });
    expect(await previewLinkIsLive(token)).toBe(true);
    await database.prisma.proposal.update({ where: { id: proposal.id }, data: { deletedAt: new Date() } });
    expect(await opensNothing(token)).toBe(true);
    await database.prisma.proposal.delete({ where: { id: proposal.id } });
    expect(await opensNothing(token)).toBe(true);
  });
});
