import 'server-only';
import { z } from 'zod';
import { cacheTags } from '../cache-tags';
import { partnerSnapshot, partnerWrites } from '../partners/mutations';
import { agreementSnapshot, agreementWrites } from '../agreements/mutations';
import { eventSnapshot, eventWrites } from '../events/mutations';
import { projectSnapshot, projectWrites } from '../projects/mutations';
import { proposalSnapshot, proposalWrites } from '../proposals/mutations';
import { partnerInputSchema } from '@/lib/schemas/partner';
import { agreementInputSchema } from '@/lib/schemas/agreement';
import { eventInputSchema } from '@/lib/schemas/event-input';
import { projectInputSchema } from '@/lib/schemas/project';
import { proposalInputSchema } from '@/lib/schemas/proposal';
import { serialIdSchema, uuidIdSchema } from '@/lib/schemas/record-ids';
import type { AuditRecord } from '@/lib/audit/field-changes';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { PublicationStatus } from '@/lib/generated/prisma/enums';
import type { MutationOutcome } from './outcome';
import type { SaveOrigin } from './versioned';

/** A record kind's writes in the DAL (lib/server/admin/versioned.ts and trash.ts make them). */
type RecordWrites<Id, Input> = {
  create: (headers: Headers, input: Input) => Promise<MutationOutcome<{ id: Id }>>;
  update: (headers: Headers, id: Id, version: number, input: Input, origin?: SaveOrigin) => Promise<MutationOutcome<{ version: number }>>;
  trash: (headers: Headers, id: Id, version: number) => Promise<MutationOutcome<unknown>>;
  restore: (headers: Headers, id: Id) => Promise<MutationOutcome<unknown>>;
  purge: (headers: Headers, id: Id) => Promise<MutationOutcome<unknown>>;
};

/** A record kind as its editor sees it: where it lives, its id and form schemas, its writes. */
export type RecordKind<Id, Input extends { publicationStatus: PublicationStatus; publishAt: Date | null }> = {
  entity: ReviewableEntity;
  /** The admin section: `/[locale]/admin/<section>/<id>`. */
  section: string;
  id: z.ZodType<Id>;
  input: z.ZodType<Input>;
  /** The public cache tags its changes show on. */
  tags: readonly string[];
  writes: RecordWrites<Id, Input>;
  /** The record as the audit log compares it. */
  snapshot: (tx: Prisma.TransactionClient, id: Id) => Promise<AuditRecord | null>;
  /** The translated field that names a record in lists. */
  titleField: string;
};

export type ReviewableEntity = 'partner' | 'agreement' | 'event' | 'project' | 'proposal';

const kind = <Id, Input extends { publicationStatus: PublicationStatus; publishAt: Date | null }>(k: RecordKind<Id, Input>) => k;

/** The five record kinds an editor creates, saves, trashes and submits for review, declared once. */
export const recordKinds = {
  partner: kind({
    entity: 'partner',
    section: 'partners',
    id: uuidIdSchema,
    input: partnerInputSchema,
    // A partner's name shows in agreement and event lists too: every public list is refreshed.
    tags: [cacheTags.partners, cacheTags.agreements, cacheTags.events, cacheTags.projects, cacheTags.proposals],
    writes: partnerWrites,
    snapshot: partnerSnapshot,
    titleField: 'name',
  }),
  agreement: kind({
    entity: 'agreement',
    section: 'agreements',
    id: serialIdSchema,
    input: agreementInputSchema,
    // Every public read of agreements (register, permalinks, partner profiles, home figures, sitemap) carries this tag.
    tags: [cacheTags.agreements, cacheTags.projects, cacheTags.proposals],
    writes: agreementWrites,
    snapshot: agreementSnapshot,
    titleField: 'title',
  }),
  event: kind({
    entity: 'event',
    section: 'events',
    id: serialIdSchema,
    input: eventInputSchema,
    // Events show on the timeline, their own pages, the home page and each partner's profile: all read the events tag.
    tags: [cacheTags.events, cacheTags.projects],
    writes: eventWrites,
    snapshot: eventSnapshot,
    titleField: 'title',
  }),
  project: kind({
    entity: 'project',
    section: 'projects',
    id: serialIdSchema,
    input: projectInputSchema,
    // A project shows in the register, on its page, on its partners' profiles, under its agreements and on its events' pages.
    tags: [cacheTags.projects, cacheTags.partners, cacheTags.agreements, cacheTags.events],
    writes: projectWrites,
    snapshot: projectSnapshot,
    titleField: 'title',
  }),
  proposal: kind({
    entity: 'proposal',
    section: 'proposals',
    id: serialIdSchema,
    input: proposalInputSchema,
    // A signed proposal shows beside the partner it became.
    tags: [cacheTags.proposals, cacheTags.partners],
    writes: proposalWrites,
    snapshot: proposalSnapshot,
    titleField: 'partnerName',
  }),
};

/** A kind whose id and input types are not known statically: the review table names its kind by entity. */
type AnyKind = RecordKind<unknown, { publicationStatus: PublicationStatus; publishAt: Date | null }>;
export const anyKind = (entity: ReviewableEntity) => recordKinds[entity] as unknown as AnyKind;
export const isRecordKind = (entity: string): entity is ReviewableEntity => entity in recordKinds;

/** A record's id kept as text (the review table, the audit log), back in its kind's own type; null when it names nothing. */
export function recordIdOf(entity: ReviewableEntity, text: string): unknown {
  for (const candidate of [text, Number(text)]) {
    const parsed = recordKinds[entity].id.safeParse(candidate);
    if (parsed.success) return parsed.data;
  }
  return null;
}
