import 'server-only';
import { getRevision } from './queries';
import { partnerTranslatedFields, partnerWrites } from '../partners/mutations';
import { notFound, type MutationOutcome } from '../admin/outcome';
import { formFromVersion } from '@/lib/audit/revisions';
import { partnerInputSchema } from '@/lib/schemas/partner';

/**
 * Saves an earlier version of a partner as its newest, over the version the editor saw: the same
 * save as the edit form's (its schema, conflict rule and audit entry), so a version that no longer
 * passes today's rules is refused field by field. A trashed partner is restored from the trash first.
 */
export async function restorePartnerRevision(headers: Headers, id: string, revisionId: string, version: number): Promise<MutationOutcome<{ version: number }>> {
  const revision = await getRevision(headers, { kind: 'partner', id }, revisionId);
  if (!revision) return notFound;
  const input = partnerInputSchema.safeParse(
    formFromVersion(revision.fields, { fields: Object.keys(partnerInputSchema.shape), translated: partnerTranslatedFields }),
  );
  if (!input.success)
    return { ok: false, error: 'invalid', fieldErrors: Object.fromEntries(input.error.issues.map((issue) => [issue.path.join('.'), issue.message])) };
  return partnerWrites.update(headers, id, version, input.data);
}
