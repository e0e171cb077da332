import 'server-only';
import { db } from '../db';
import { requireActor } from '../auth/actor';
import { partnerSnapshot } from '../partners/mutations';
import { agreementSnapshot } from '../agreements/mutations';
import { eventSnapshot } from '../events/mutations';
import { projectSnapshot } from '../projects/mutations';
import { proposalSnapshot } from '../proposals/mutations';
import { compareVersions, rebuildVersions } from '@/lib/audit/revisions';
import type { FieldChanges } from '@/lib/audit/field-changes';
import { revisionIdSchema, revisionRecordSchema, type RevisionRecord } from '@/lib/schemas/revisions';
import type { Prisma } from '@/lib/generated/prisma/client';

type ParsedRecord = ReturnType<typeof revisionRecordSchema.parse>;
type Version = NonNullable<Awaited<ReturnType<typeof readVersions>>>['versions'][number];

/** A version as listed: who saved it, when and what, without its fields. */
const listed = ({ fields: _fields, ...version }: Version) => version;

function currentFields(tx: Prisma.TransactionClient, record: ParsedRecord) {
  switch (record.kind) {
    case 'partner':
      return partnerSnapshot(tx, record.id);
    case 'agreement':
      return agreementSnapshot(tx, record.id);
    case 'event':
      return eventSnapshot(tx, record.id);
    case 'project':
      return projectSnapshot(tx, record.id);
    case 'proposal':
      return proposalSnapshot(tx, record.id);
  }
}

/**
 * Every saved version of a record, oldest first, with its fields, and the record's own version
 * number and trash state now: the record and its audit entries read in one transaction, so a save
 * in between cannot shift them. Null when there is no such record (never was, or purged). Trashed
 * records have their history too.
 */
export async function readVersions(headers: Headers, reference: RevisionRecord) {
  await requireActor(headers, 'editor');
  const record = revisionRecordSchema.parse(reference);
  return db().$transaction(async (tx) => {
    const current = await currentFields(tx, record);
    if (!current) return null;
    const entries = await tx.auditLog.findMany({
      where: { entityType: record.kind, entityId: String(record.id) },
      orderBy: { id: 'asc' },
      select: { id: true, at: true, action: true, changes: true, restoredFrom: true, actor: { select: { name: true } } },
    });
    const { versions, earliest } = rebuildVersions(
      current,
      entries.map((entry) => ({ ...entry, changes: entry.changes as FieldChanges })),
    );
    const audited = versions.map(({ actor, changes, ...version }) => ({
      ...version,
      id: String(version.id),
      actorName: actor?.name ?? null,
      changedFields: Object.keys(changes),
    }));
    // A record written without an audit entry (seeded, imported by SQL) keeps that state as its first version, '0'.
    const unaudited =
      entries[0]?.action === 'create' ? [] : [{ id: '0', at: null, action: null, restoredFrom: null, actorName: null, changedFields: [], fields: earliest }];
    return {
      versions: [...unaudited, ...audited].map((version, index) => ({ ...version, number: index + 1 })),
      current: { version: Number(current.version), updatedAt: new Date(String(current.updatedAt)), trashed: current.deletedAt !== null },
    };
  });
}

const versionsOf = async (headers: Headers, record: RevisionRecord) => (await readVersions(headers, record))?.versions;

/** A record's saved versions, oldest first, without their fields: what its history page lists. */
export async function listRevisions(headers: Headers, record: RevisionRecord) {
  const versions = await versionsOf(headers, record);
  return versions?.map(listed) ?? null;
}

/** A record's history page: its versions as listed, its fields now (for its heading), and its own version number and trash state. */
export async function getHistory(headers: Headers, record: RevisionRecord) {
  const read = await readVersions(headers, record);
  return read && { versions: read.versions.map(listed), fields: read.versions.at(-1)?.fields ?? {}, current: read.current };
}

/** One saved version's fields, or null if the record has no such version. */
export async function getRevision(headers: Headers, record: RevisionRecord, revisionId: string) {
  const id = revisionIdSchema.parse(revisionId);
  const versions = await versionsOf(headers, record);
  return versions?.find((version) => version.id === id) ?? null;
}

/** Two saved versions of one record side by side, field by field in ru, kk and en. */
export async function compareRevisions(headers: Headers, record: RevisionRecord, fromId: string, toId: string) {
  const [from, to] = [revisionIdSchema.parse(fromId), revisionIdSchema.parse(toId)];
  const versions = await versionsOf(headers, record);
  const [before, after] = [versions?.find((version) => version.id === from), versions?.find((version) => version.id === to)];
  if (!before || !after) return null;
  return { before: listed(before), after: listed(after), fields: compareVersions(before.fields, after.fields) };
}
