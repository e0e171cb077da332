import 'server-only';
import { db } from '../db';
import { requireActor } from '../auth/actor';
import { anyKind, isRecordKind, recordIdOf, recordKinds, type ReviewableEntity } from '../admin/record-kinds';
import { auditValue } from '@/lib/audit/field-changes';
import type { ContentLocale } from '@/lib/i18n/localized';
import type { Prisma, ReviewState } from '@/lib/generated/prisma/client';

export type ReviewItem = {
  id: number;
  kind: ReviewableEntity;
  recordId: string;
  name: string;
  state: ReviewState;
  mine: boolean;
  submittedBy: string | null;
  submittedAt: Date;
  reviewedBy: string | null;
  comment: string | null;
};

const select = {
  id: true,
  entityType: true,
  entityId: true,
  form: true,
  state: true,
  comment: true,
  submittedAt: true,
  submittedById: true,
  submittedBy: { select: { name: true } },
  reviewedBy: { select: { name: true } },
} as const;
type Row = Prisma.ReviewRequestGetPayload<{ select: typeof select }>;

const formOf = (row: Row) => (row.form ?? {}) as Record<string, unknown>;

/** The record's name as the submitted form gives it: the locale's text, else the Russian one. */
function nameOf(row: Row, kind: ReviewableEntity, locale: ContentLocale): string {
  const texts = (formOf(row).translations ?? {}) as Record<string, Record<string, unknown> | undefined>;
  const field = recordKinds[kind].titleField;
  const text = [texts[locale]?.[field], texts.ru?.[field]].find((t) => typeof t === 'string' && t.trim() !== '');
  return typeof text === 'string' ? text : `#${row.entityId}`;
}

const item = (row: Row, kind: ReviewableEntity, actorId: string, locale: ContentLocale): ReviewItem => ({
  id: row.id,
  kind,
  recordId: row.entityId,
  name: nameOf(row, kind, locale),
  state: row.state,
  mine: row.submittedById === actorId,
  submittedBy: row.submittedBy?.name ?? null,
  submittedAt: row.submittedAt,
  reviewedBy: row.reviewedBy?.name ?? null,
  comment: row.comment,
});

/** Whether two-person review is on: the record forms then submit public changes for review. */
export async function isReviewRequired(headers: Headers): Promise<boolean> {
  await requireActor(headers, 'editor');
  const settings = await db().homeCity.findUnique({ where: { id: 1 }, select: { twoPersonReview: true } });
  return settings?.twoPersonReview ?? false;
}

/** What the dashboard lists: every change waiting for review (oldest first), and the caller's own changes returned to them. */
export async function listReviews(headers: Headers, locale: ContentLocale): Promise<{ waiting: ReviewItem[]; returned: ReviewItem[] }> {
  const actor = await requireActor(headers, 'editor');
  const rows = await db().reviewRequest.findMany({
    where: { OR: [{ state: 'waiting' }, { state: 'returned', submittedById: actor.id }] },
    orderBy: { submittedAt: 'asc' },
    select,
  });
  const items = rows.flatMap((row) => (isRecordKind(row.entityType) ? [item(row, row.entityType, actor.id, locale)] : []));
  return { waiting: items.filter((i) => i.state === 'waiting'), returned: items.filter((i) => i.state === 'returned') };
}

/** A submitted form's fields as the audit log names them: `translations.kk.name` is `name.kk`. */
function flatFields(value: unknown, path: string[] = []): [string, string][] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value))
    return Object.entries(value).flatMap(([key, child]) => flatFields(child, [...path, key]));
  const name = path[0] === 'translations' && path.length === 3 ? `${path[2]}.${path[1]}` : path.join('.');
  return [[name, Array.isArray(value) ? value.join(', ') : String(value ?? '')]];
}

// The approver chooses the publication; the form's own time field is the browser's copy of publishAt.
const PUBLICATION_FIELDS = new Set(['publicationStatus', 'publishAt', 'publishAtLocal']);

export type ReviewDetail = ReviewItem & {
  section: string;
  /** The submitted fields that are not blank on either side: the record's value now, the proposed one, and whether they differ. */
  fields: { field: string; current: string; proposed: string; changed: boolean }[];
};

/**
 * One request, its fields against the record as it is now (publication aside: the
 * approver chooses it). Null when it names nothing.
 */
export async function getReview(headers: Headers, requestId: number, locale: ContentLocale): Promise<ReviewDetail | null> {
  const actor = await requireActor(headers, 'editor');
  const row = await db().reviewRequest.findUnique({ where: { id: requestId }, select });
  if (!row || !isRecordKind(row.entityType)) return null;
  const kind = anyKind(row.entityType);
  const id = recordIdOf(row.entityType, row.entityId);
  if (id === null) return null;
  const current = await db().$transaction((tx) => kind.snapshot(tx, id));
  const now = (field: string) => {
    const value = auditValue(current?.[field]);
    return value === null ? '' : String(value);
  };
  const fields = flatFields(formOf(row))
    .filter(([field]) => !PUBLICATION_FIELDS.has(field))
    .map(([field, proposed]) => ({ field, current: now(field), proposed, changed: now(field) !== proposed }))
    .filter((f) => f.current !== '' || f.proposed !== '');
  return { ...item(row, row.entityType, actor.id, locale), section: kind.section, fields };
}
