import 'server-only';
import { db } from '../db';
import { readVersions } from './queries';
import { partnerTranslatedFields } from '../partners/mutations';
import { anyKind, type ReviewableEntity } from '../admin/record-kinds';
import { notFound, type MutationOutcome } from '../admin/outcome';
import { wantsReview } from '../review/gate';
import { submitForReview } from '../review/mutations';
import { formFromVersion, type VersionFields } from '@/lib/audit/revisions';
import { agreementForm, eventForm, projectForm, proposalForm } from '@/lib/audit/revision-forms';
import { revisionIdSchema, revisionRecordSchema, type RevisionRecord } from '@/lib/schemas/revisions';
import { partnerInputSchema } from '@/lib/schemas/partner';

type Outcome = MutationOutcome<{ version: number } | { requestId: number }>;

/** The snapshots name an event's or project's partners by slug; the forms post their ids. */
async function partnerIds(): Promise<(slug: string) => string | undefined> {
  const partners = await db().partner.findMany({ select: { id: true, slug: true } });
  const bySlug = new Map(partners.map((p) => [p.slug, p.id]));
  return (slug) => bySlug.get(slug);
}

/** A stored version as its kind's edit form posts it (the schema and writes are the kind's own: recordKinds). */
const versionForms: Record<ReviewableEntity, (fields: VersionFields) => unknown> = {
  partner: (fields) => formFromVersion(fields, { fields: Object.keys(partnerInputSchema.shape), translated: partnerTranslatedFields }),
  agreement: agreementForm,
  event: async (fields) => eventForm(fields, await partnerIds()),
  project: async (fields) => projectForm(fields, await partnerIds()),
  proposal: proposalForm,
};

/**
 * Saves an earlier version of a record as its newest, over the version the editor saw: the same
 * save as the edit form's (its schema, conflict rule and audit entry, which records the version
 * number restored), so a version that no longer passes today's rules is refused field by field. A
 * trashed record is restored from the trash first, in the same step (an admin's right).
 */
export async function restoreRevision(headers: Headers, reference: RevisionRecord, revisionId: string, version: number): Promise<Outcome> {
  const record = revisionRecordSchema.parse(reference);
  const kind = anyKind(record.kind);
  const read = await readVersions(headers, record);
  const revision = read?.versions.find((v) => v.id === revisionIdSchema.parse(revisionId));
  if (!read || !revision) return notFound;
  const form = await versionForms[record.kind](revision.fields);
  const input = kind.input.safeParse(form);
  if (!input.success)
    return { ok: false, error: 'invalid', fieldErrors: Object.fromEntries(input.error.issues.map((issue) => [issue.path.join('.'), issue.message])) };
  // With two-person review on, a version that would be public waits for someone else's approval, as an edit does.
  const saveOrSubmit = async (over: number) => {
    const saved = await kind.writes.update(headers, record.id, over, input.data, { restoredFrom: revision.number });
    return wantsReview(saved) ? submitForReview(headers, record.kind, String(record.id), over, form as Record<string, unknown>) : saved;
  };
  if (!read.current.trashed) return saveOrSubmit(version);
  // A trashed record leaves the trash first (an admin's work, checked there), but only over the version the editor saw.
  if (read.current.version !== version) return { ok: false, error: 'conflict', current: read.current };
  const untrashed = await kind.writes.restore(headers, record.id);
  if (!untrashed.ok) return untrashed;
  return saveOrSubmit(version + 1);
}
