import 'server-only';
import { z } from 'zod';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import type { ActionResult } from '@/lib/forms/action-result';
import { versionField } from '@/lib/schemas/form-fields';
import { appLocaleSchema } from '@/lib/schemas/record-ids';
import { formDataObject, asFormData } from '@/lib/forms/form-data';
import type { PublicationStatus } from '@/lib/generated/prisma/enums';
import { revisionIdSchema } from '@/lib/schemas/revisions';
import { adminWording, runFormAction } from './form-action';
import { succeeded, type MutationOutcome } from './outcome';
import type { RecordKind } from './record-kinds';
import { wantsReview } from '../review/gate';
import { restoreRevision } from '../revisions/restore';
import { submitForReview } from '../review/mutations';

const versioned = z.object({ version: versionField });
const nothing = z.object({});
const isSubmission = (value: unknown) => typeof value === 'object' && value !== null && 'requestId' in value;

/**
 * The editor's server actions of a record kind, through the one action layer: create (then
 * open the new record), save over a version, trash over a version (then back to the list), and the
 * admin's restore and purge, and the history page's restore of an earlier version. The arguments
 * before the form are the ones its pages bind; the layer refuses any other. A 'use server' file
 * exports each one under its own name. With two-person review on, a save or a new record that would
 * be public is submitted for review instead (a new one is created as a draft first): the form as
 * posted waits for someone else's approval.
 */
export function recordActions<Id, Input extends { publicationStatus: PublicationStatus; publishAt: Date | null }>(kind: RecordKind<Id, Input>) {
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
  const submitted = (headers: Headers, recordId: Id, version: number, formData: FormData) => {
    const { version: _version, ...form } = formDataObject(asFormData(formData));
    return submitForReview(headers, kind.entity, String(recordId), version, form);
  };
  return {
    create: async (locale: unknown, _state: ActionResult, formData: FormData): Promise<ActionResult> =>
      runFormAction(formData, {
        ...base,
        role: 'editor',
        bound: { schema: appLocaleSchema, value: locale },
        schema: kind.input,
        mutate: async (headers, input) => {
          const created = await writes.create(headers, input);
          if (!wantsReview(created)) return created.ok ? succeeded({ id: created.value.id, review: false }) : created;
          const draft = await writes.create(headers, { ...input, publicationStatus: 'draft', publishAt: null });
          if (!draft.ok) return draft;
          const review = await submitted(headers, draft.value.id, 1, formData);
          return review.ok ? succeeded({ id: draft.value.id, review: true }) : review;
        },
        onSaved: ({ id, review }, lang) => redirect(`/${lang}/admin/${kind.section}/${String(id)}?${review ? 'submitted' : 'saved'}=1`),
      }),

    update: async (id: Id, _state: ActionResult, formData: FormData): Promise<ActionResult> => {
      const t = await getTranslations('Review');
      return runFormAction(formData, {
        ...base,
        role: 'editor',
        bound: { schema: kind.id, value: id },
        schema: z.intersection(kind.input, versioned),
        mutate: async (headers, input, recordId): Promise<MutationOutcome<unknown>> => {
          const saved = await writes.update(headers, recordId, input.version, input);
          return wantsReview(saved) ? submitted(headers, recordId, input.version, formData) : saved;
        },
        onSaved: (value) => (isSubmission(value) ? { message: t('submitted'), payload: null } : undefined),
      });
    },

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
      const [t, review, wording] = await Promise.all([getTranslations('AdminHistory'), getTranslations('Review'), adminWording()]);
      return runFormAction(formData, {
        ...base,
        // The history page has no fields to check: a version today's rules refuse is said so, with the reasons.
        wording: { ...wording, checkFields: t('refused') },
        role: 'editor',
        bound: { schema: z.tuple([kind.id, revisionIdSchema]), value: [id, revisionId] },
        schema: versioned,
        mutate: (headers, { version }, [recordId, revision]) => restoreRevision(headers, { kind: kind.entity, id: recordId }, revision, version),
        refreshPage: true,
        onSaved: (value) => ({ message: isSubmission(value) ? review('submitted') : t('restored'), payload: null }),
      });
    },

    restore: fromTrash(writes.restore),
    purge: fromTrash(writes.purge),
  };
}
