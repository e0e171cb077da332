import 'server-only';
import { z } from 'zod';
import { redirect } from 'next/navigation';
import type { ActionResult } from '@/lib/forms/action-result';
import { versionField } from '@/lib/schemas/form-fields';
import { appLocaleSchema } from '@/lib/schemas/record-ids';
import { getTranslations } from 'next-intl/server';
import { revisionIdSchema, type RevisionRecord } from '@/lib/schemas/revisions';
import { restoreRevision } from '../revisions/restore';
import { adminWording, runFormAction } from './form-action';
import type { MutationOutcome } from './outcome';

const versioned = z.object({ version: versionField });
const nothing = z.object({});

/** A record kind's writes in the DAL (lib/server/admin/versioned.ts and trash.ts make them). */
type RecordWrites<Id, Input> = {
  create: (headers: Headers, input: Input) => Promise<MutationOutcome<{ id: Id }>>;
  update: (headers: Headers, id: Id, version: number, input: Input) => Promise<MutationOutcome<unknown>>;
  trash: (headers: Headers, id: Id, version: number) => Promise<MutationOutcome<unknown>>;
  restore: (headers: Headers, id: Id) => Promise<MutationOutcome<unknown>>;
  purge: (headers: Headers, id: Id) => Promise<MutationOutcome<unknown>>;
};

/** A record kind as its editor sees it: where it lives, its id and form schemas, its writes. */
type RecordKind<Id, Input> = {
  /** The admin section: `/[locale]/admin/<section>/<id>`. */
  section: string;
  id: z.ZodType<Id>;
  input: z.ZodType<Input>;
  /** The public cache tags its changes show on. */
  tags: readonly string[];
  writes: RecordWrites<Id, Input>;
  /** Its name in the history of versions (lib/server/revisions). */
  revisions: RevisionRecord['kind'];
};

/**
 * The editor's server actions of a record kind, through the one action layer: create (then
 * open the new record), save over a version, trash over a version (then back to the list), and the
 * admin's restore and purge. And the history page's restore of an earlier version. The arguments before the form are the ones its pages bind; the layer
 * refuses any other. A 'use server' file exports each one under its own name.
 */
export function recordActions<Id, Input>(kind: RecordKind<Id, Input>) {
  const { writes } = kind;
  const base = { tags: kind.tags } as const;
  // Restore and purge: an admin's, from the trash, on the record alone.
  const fromTrash =
    (write: (headers: Headers, id: Id) => Promise<MutationOutcome<unknown>>) =>
    async (id: Id, _state: ActionResult, formData: FormData): Promise<ActionResult> =>
      runFormAction(formData, {
        ...base,
        role: 'admin',
        bound: { schema: kind.id, value: id },
        schema: nothing,
        mutate: (headers, _, recordId) => write(headers, recordId),
      });
  return {
    create: async (locale: unknown, _state: ActionResult, formData: FormData): Promise<ActionResult> =>
      runFormAction(formData, {
        ...base,
        role: 'editor',
        bound: { schema: appLocaleSchema, value: locale },
        schema: kind.input,
        mutate: (headers, input) => writes.create(headers, input),
        onSaved: ({ id }, lang) => redirect(`/${lang}/admin/${kind.section}/${String(id)}?saved=1`),
      }),

    update: async (id: Id, _state: ActionResult, formData: FormData): Promise<ActionResult> =>
      runFormAction(formData, {
        ...base,
        role: 'editor',
        bound: { schema: kind.id, value: id },
        schema: z.intersection(kind.input, versioned),
        mutate: (headers, input, recordId) => writes.update(headers, recordId, input.version, input),
      }),

    trash: async (locale: unknown, id: Id, _state: ActionResult, formData: FormData): Promise<ActionResult> =>
      runFormAction(formData, {
        ...base,
        role: 'editor',
        bound: { schema: z.tuple([appLocaleSchema, kind.id]), value: [locale, id] },
        schema: versioned,
        mutate: (headers, { version }, [, recordId]) => writes.trash(headers, recordId, version),
        onSaved: (_, [lang]) => redirect(`/${lang}/admin/${kind.section}?trashed=1`),
      }),

    /** An earlier version saved as the newest, over the version the editor saw; the history page shows it at once. */
    restoreRevision: async (id: unknown, revisionId: unknown, _state: ActionResult, formData: FormData): Promise<ActionResult> => {
      const [t, wording] = await Promise.all([getTranslations('AdminHistory'), adminWording()]);
      return runFormAction(formData, {
        ...base,
        // The history page has no fields to check: a version today's rules refuse is said so, with the reasons.
        wording: { ...wording, checkFields: t('refused') },
        role: 'editor',
        bound: { schema: z.tuple([kind.id, revisionIdSchema]), value: [id, revisionId] },
        schema: versioned,
        mutate: (headers, { version }, [recordId, revision]) => restoreRevision(headers, { kind: kind.revisions, id: recordId }, revision, version),
        refreshPage: true,
        onSaved: () => ({ message: t('restored'), payload: null }),
      });
    },

    restore: fromTrash(writes.restore),
    purge: fromTrash(writes.purge),
  };
}
