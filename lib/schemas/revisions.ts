import { z } from 'zod';
import { serialIdSchema, uuidIdSchema } from './record-ids';

/** A record whose revisions are read: its kind and its id, as the page's URL gives them. */
export const revisionRecordSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('partner'), id: uuidIdSchema }),
  z.object({ kind: z.enum(['agreement', 'event', 'project', 'proposal']), id: z.coerce.number().pipe(serialIdSchema) }),
]);
/** A record as a caller names it; the data layer parses it with the schema above. */
export type RevisionRecord = { kind: z.infer<typeof revisionRecordSchema>['kind']; id: unknown };

/** A revision is named by its audit entry's id (a bigint, so carried as digits). */
export const revisionIdSchema = z.string().regex(/^\d{1,18}$/);
