import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessDenied } from '@/lib/server/auth/actor';
import { listAuditEntries } from '@/lib/server/audit/queries';
import { createPartner, updatePartner } from '@/lib/server/partners/mutations';
import { inviteUser, resetUserAccess } from '@/lib/server/users/mutations';
import { blankTexts, partnerInput } from '../support/partner-input';
import { parseAuditQuery } from '@/lib/schemas/audit-query';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { signedInHeaders } from '../support/auth';

let database: TestDatabase;
let editor: Headers;
let admin: Headers;
let partnerId: string;
const form = (population: string) =>
  partnerInput({ slug: 'audit-town', population, translations: { ru: { ...blankTexts, name: 'Аудит' }, kk: blankTexts, en: blankTexts } });

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  editor = await signedInHeaders(database.prisma, { role: 'editor' });
  const created = await createPartner(editor, form(''));
  if (!created.ok) throw new Error('setup failed');
  partnerId = created.value.id;
  for (let version = 1; version <= 3; version++) await updatePartner(editor, partnerId, version, form(String(1000 * version)));
  // Staff accounts' history, written by an admin who changed nothing else.
  admin = await signedInHeaders(database.prisma, { role: 'admin', email: 'staff-admin@example.org' });
  const invited = await inviteUser(admin, { email: 'new-editor@example.org', name: 'Новый редактор', role: 'editor' }, 'ru');
  const invitedUser = await database.prisma.user.findUniqueOrThrow({ where: { email: 'new-editor@example.org' } });
  if (!invited.ok || !(await resetUserAccess(admin, invitedUser.id, 'ru')).ok) throw new Error('setup failed');
});
afterAll(async () => {
  await database.drop();
});

describe('the audit log page', () => {
  it('is for staff only', async () => {
    await expect(listAuditEntries(new Headers(), parseAuditQuery({}))).rejects.toBeInstanceOf(AccessDenied);
  });

  it('lists the newest first with field-level before and after, and who did it', async () => {
    const log = await listAuditEntries(editor, parseAuditQuery({ record: partnerId }));
    expect(log.total).toBe(4);
    expect(log.entries.map((e) => e.action)).toEqual(['update', 'update', 'update', 'create']);
    expect(log.entries[0]?.changes).toEqual({ population: { before: 2000, after: 3000 } });
    expect(log.entries[0]?.actor?.name).toBe('Test editor');
  });

  it('filters by action, type and date', async () => {
    expect((await listAuditEntries(editor, parseAuditQuery({ action: 'create', entity: 'partner' }))).total).toBe(1);
    expect((await listAuditEntries(editor, parseAuditQuery({ entity: 'event' }))).total).toBe(0);
    expect((await listAuditEntries(editor, parseAuditQuery({ to: '2000-01-01' }))).total).toBe(0);
  });

  it("keeps staff accounts' history from editors in every view, and shows it to admins", async () => {
    const mentionsStaff = (log: Awaited<ReturnType<typeof listAuditEntries>>) =>
      JSON.stringify(log).match(/new-editor@example\.org|staff-admin@example\.org|"user"/g) ?? [];
    for (const params of [
      {},
      { entity: 'user' },
      { action: 'update' },
      { actor: (await database.prisma.user.findUniqueOrThrow({ where: { email: 'staff-admin@example.org' } })).id },
    ]) {
      const log = await listAuditEntries(editor, parseAuditQuery(params));
      expect(mentionsStaff(log), JSON.stringify(params)).toEqual([]);
      expect(log.entries.every((e) => e.entityType !== 'user')).toBe(true);
    }
    // Filters forged past the page's parsing (Prisma operators) are dropped, not obeyed.
    const forged = { entity: { not: 'partner' }, record: { not: '' }, actor: { not: '' } } as unknown as ReturnType<typeof parseAuditQuery>;
    expect(mentionsStaff(await listAuditEntries(editor, forged))).toEqual([]);
    expect((await listAuditEntries(admin, forged)).total).toBe(6);
    const editorView = await listAuditEntries(editor, parseAuditQuery({}));
    expect(editorView.total).toBe(4);
    expect(editorView.entities).not.toContain('user');
    expect(editorView.actors.map((a) => a.name)).toEqual(['Test editor']);

    const adminView = await listAuditEntries(admin, parseAuditQuery({ entity: 'user' }));
    expect(adminView.total).toBe(2);
    expect(adminView.entries[1]?.changes).toMatchObject({ email: { after: 'new-editor@example.org' } });
    expect(adminView.entities).toContain('user');
    expect((await listAuditEntries(admin, parseAuditQuery({}))).total).toBe(6);
  });
});
