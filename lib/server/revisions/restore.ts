import 'server-only';
import type { z } from 'zod';
import { db } from '../db';
import { readVersions } from './queries';
import { partnerTranslatedFields, partnerWrites } from '../partners/mutations';
import { agreementWrites } from '../agreements/mutations';
import { eventWrites } from '../events/mutations';
import { projectWrites } from '../projects/mutations';
import { proposalWrites } from '../proposals/mutations';
import { notFound, type MutationOutcome } from '../admin/outcome';
import type { SaveOrigin } from '../admin/versioned';
import { wantsReview } from '../review/gate';
import { submitForReview } from '../review/mutations';
import { formFromVersion, type VersionFields } from '@/lib/audit/revisions';
import { agreementForm, eventForm, projectForm, proposalForm } from '@/lib/audit/revision-forms';
import { revisionIdSchema, revisionRecordSchema, type RevisionRecord } from '@/lib/schemas/revisions';
import { partnerInputSchema } from '@/lib/schemas/partner';
import { agreementInputSchema } from '@/lib/schemas/agreement';
import { eventInputSchema } from '@/lib/schemas/event-input';
import { projectInputSchema } from '@/lib/schemas/project';
import { proposalInputSchema } from '@/lib/schemas/proposal';

type Outcome = MutationOutcome<{ version: number } | { requestId: number }>;

/** What restoring needs of a kind: its form schema, its writes, and a version as its form posts it. */
type Restorable<Id, Schema extends z.ZodType> = {
  schema: Schema;
  writes: {
    update: (headers: Headers, id: Id, version: number, input: z.output<Schema>, origin?: SaveOrigin) => Promise<Outcome>;
    restore: (headers: Headers, id: Id) => Promise<MutationOutcome<null>>;
  };
  form: (fields: VersionFields) => unknown | Promise<unknown>;
};

/** The snapshots name an event's or project's partners by slug; the forms post their ids. */
async function partnerIds(): Promise<(slug: string) => string | undefined> {
  const partners = await db().partner.findMany({ select: { id: true, slug: true } });
  const bySlug = new Map(partners.map((p) => [p.slug, p.id]));
  return (slug) => bySlug.get(slug);
}

const partnerKind = {
  schema: partnerInputSchema,
  writes: partnerWrites,
  form: (fields: VersionFields) => formFromVersion(fields, { fields: Object.keys(partnerInputSchema.shape), translated: partnerTranslatedFields }),
};
const agreementKind = { schema: agreementInputSchema, writes: agreementWrites, form: agreementForm };
const eventKind = { schema: eventInputSchema, writes: eventWrites, form: async (fields: VersionFields) => eventForm(fields, await partnerIds()) };
const projectKind = { schema: projectInputSchema, writes: projectWrites, form: async (fields: VersionFields) => projectForm(fields, await partnerIds()) };
const proposalKind = { schema: proposalInputSchema, writes: proposalWrites, form: proposalForm };

async function restoreWith<Id extends string | number, Schema extends z.ZodType>(
  kind: Restorable<Id, Schema>,
  headers: Headers,
  record: RevisionRecord,
  id: Id,
  revisionId: string,
  version: number,
): Promise<Outcome> {
  const read = await readVersions(headers, record);
  const revision = read?.versions.find((v) => v.id === revisionIdSchema.parse(revisionId));
  if (!read || !revision) return notFound;
  const form = await kind.form(revision.fields);
  const input = kind.schema.safeParse(form);
  if (!input.success)
    return { ok: false, error: 'invalid', fieldErrors: Object.fromEntries(input.error.issues.map((issue) => [issue.path.join('.'), issue.message])) };
  // With two-person review on, a version that would be public waits for someone else's approval, as an edit does.
  const saveOrSubmit = async (over: number) => {
    const saved = await kind.writes.update(headers, id, over, input.data, { restoredFrom: revision.number });
    return wantsReview(saved) ? submitForReview(headers, record.kind, String(id), over, form as Record<string, unknown>) : saved;
  };
  if (!read.current.trashed) return saveOrSubmit(version);
  // A trashed record leaves the trash first (an admin's work, checked there), but only over the version the editor saw.
  if (read.current.version !== version) return { ok: false, error: 'conflict', current: read.current };
  const untrashed = await kind.writes.restore(headers, id);
  if (!untrashed.ok) return untrashed;
  return saveOrSubmit(version + 1);
}

/**
 * Saves an earlier version of a record as its newest, over the version the editor saw: the same
 * save as the edit form's (its schema, conflict rule and audit entry, which records the version
 * number restored), so a version that no longer passes today's rules is refused field by field. A
 * trashed record is restored from the trash first, in the same step (an admin's right).
 */
export async function restoreRevision(headers: Headers, reference: RevisionRecord, revisionId: string, version: number): Promise<Outcome> {
  const record = revisionRecordSchema.parse(reference);
  switch (record.kind) {
    case 'partner':
      return restoreWith(partnerKind, headers, record, record.id, revisionId, version);
    case 'agreement':
      return restoreWith(agreementKind, headers, record, record.id, revisionId, version);
    case 'event':
      return restoreWith(eventKind, headers, record, record.id, revisionId, version);
    case 'project':
      return restoreWith(projectKind, headers, record, record.id, revisionId, version);
    case 'proposal':
      return restoreWith(proposalKind, headers, record, record.id, revisionId, version);
  }
}
