import 'server-only';
import { trashActions } from '../admin/trash';
import { versionedWrites } from '../admin/versioned';
import { flattenTranslations, type AuditRecord } from '@/lib/audit/field-changes';
import { formatPartialDateIso } from '@/lib/dates/partial-date';
import { photoErrors } from '../media/photos';
import { keepTextTimes } from '@/lib/translation-status';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { EventInput } from '@/lib/schemas/event-input';

const LOCALES = ['ru', 'kk', 'en'] as const;
const TRANSLATED = ['title', 'body', 'location'] as const;

/** A list as one audit field ("a, b"), null when empty, so an unchanged empty list is no change. */
const listField = (values: readonly (string | number)[]) => (values.length ? values.join(', ') : null);

/**
 * The event as the audit log compares it: its own fields, the dates as written ("2021-03"), each
 * language's text, and its links flattened into one field each (partners by slug, photos in order).
 */
async function snapshot(tx: Prisma.TransactionClient, id: number): Promise<AuditRecord | null> {
  const row = await tx.event.findUnique({
    where: { id },
    omit: { id: true, createdAt: true },
    include: {
      translations: true,
      partners: { select: { partner: { select: { slug: true } } } },
      sources: { select: { sourceId: true } },
      photos: { orderBy: [{ position: 'asc' }, { mediaId: 'asc' }], select: { mediaId: true } },
    },
  });
  if (!row) return null;
  const { translations, partners, sources, photos, startDate, startPrecision, endDate, endPrecision, ...fields } = row;
  return {
    ...fields,
    start: formatPartialDateIso({ date: startDate, precision: startPrecision }),
    end: endDate && endPrecision ? formatPartialDateIso({ date: endDate, precision: endPrecision }) : null,
    partners: listField(partners.map((p) => p.partner.slug).sort()),
    sources: listField(sources.map((s) => s.sourceId).sort((a, b) => a - b)),
    photos: listField(photos.map((p) => p.mediaId)),
    ...flattenTranslations(translations, TRANSLATED),
  };
}

function eventData(input: EventInput) {
  return {
    slug: input.slug,
    startDate: input.start.date,
    startPrecision: input.start.precision,
    endDate: input.end?.date ?? null,
    endPrecision: input.end?.precision ?? null,
    category: input.category,
    format: input.format,
    projectId: input.projectId,
    publicationStatus: input.publicationStatus,
    publishAt: input.publishAt,
    unpublishAt: input.unpublishAt,
  };
}

/** The rows for each language that has a title (kk and en without one fall back to ru). */
const translationRows = (input: EventInput) =>
  LOCALES.flatMap((locale) => {
    const t = input.translations[locale];
    return t.title === null ? [] : [{ locale, title: t.title, body: t.body, location: t.location }];
  });

const linkRows = (input: EventInput) => ({
  partners: input.partners.map((partnerId) => ({ partnerId })),
  sources: input.sources.map((sourceId) => ({ sourceId })),
  photos: input.photos.map((mediaId, position) => ({ mediaId, position })),
});

/**
 * What the database alone can tell about the input: the chosen partners, sources and photos exist
 * (photos as images), and an event about to go public (published or scheduled) shows no photo
 * that still lacks its alt texts or credit. Field errors are `AdminForm.errors` keys; a photo's
 * error sits on `photos.<id>`, where the form shows it beside that photo.
 */
async function referenceErrors(tx: Prisma.TransactionClient, input: EventInput): Promise<Record<string, string>> {
  // One after another: a transaction is one connection, which runs one query at a time anyway.
  const partners = await tx.partner.count({ where: { id: { in: input.partners } } });
  const sources = await tx.source.count({ where: { id: { in: input.sources } } });
  const project = input.projectId === null ? 1 : await tx.project.count({ where: { id: input.projectId } });
  const errors: Record<string, string> = {};
  if (partners !== input.partners.length) errors.partners = 'unknownChoice';
  if (sources !== input.sources.length) errors.sources = 'unknownChoice';
  if (project === 0) errors.projectId = 'unknownChoice';
  return { ...errors, ...(await photoErrors(tx, input.photos, input.publicationStatus)) };
}

const versioned = versionedWrites({
  entity: 'event',
  table: (tx) => tx.event,
  columns: eventData,
  writeChildren: async (tx, id: number, input: EventInput) => {
    const links = linkRows(input);
    const before = await tx.eventTranslation.findMany({ where: { eventId: id } });
    await tx.eventTranslation.deleteMany({ where: { eventId: id } });
    const rows = keepTextTimes(before, translationRows(input), TRANSLATED, new Date());
    await tx.eventTranslation.createMany({ data: rows.map((row) => ({ ...row, eventId: id })) });
    await tx.eventPartner.deleteMany({ where: { eventId: id } });
    await tx.eventPartner.createMany({ data: links.partners.map((row) => ({ ...row, eventId: id })) });
    await tx.eventSource.deleteMany({ where: { eventId: id } });
    await tx.eventSource.createMany({ data: links.sources.map((row) => ({ ...row, eventId: id })) });
    await tx.eventPhoto.deleteMany({ where: { eventId: id } });
    await tx.eventPhoto.createMany({ data: links.photos.map((row) => ({ ...row, eventId: id })) });
  },
  snapshot,
  check: referenceErrors,
  slugged: true,
});

/** Purging an event deletes its texts and links with it, not the partners, sources or media. */
const trash = trashActions({ entity: 'event', table: (tx) => tx.event, snapshot });

/** Everything an editor or admin writes to events, each checking its caller's role itself. */
export const eventWrites = { ...versioned, ...trash };
export const { create: createEvent, update: updateEvent, trash: trashEvent, restore: restoreEvent, purge: purgeEvent } = eventWrites;

/** The event as the audit log compares it: its revisions are rebuilt from it. */
export { snapshot as eventSnapshot };
