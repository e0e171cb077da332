import 'server-only';
import { trashActions } from '../admin/trash';
import { versionedWrites } from '../admin/versioned';
import { flattenTranslations, type AuditRecord } from '@/lib/audit/field-changes';
import { formatPartialDateIso, type PartialDate } from '@/lib/dates/partial-date';
import { photoErrors } from '../media/photos';
import { keepTextTimes } from '@/lib/translation-status';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { ProjectInput } from '@/lib/schemas/project';

type Tx = Prisma.TransactionClient;
const LOCALES = ['ru', 'kk', 'en'] as const;
const TRANSLATED = ['title', 'summary', 'outcomes'] as const;

/** A list as one audit field ("a, b"), null when empty, so an unchanged empty list is no change. */
const listField = (values: readonly (string | number)[]) => (values.length ? values.join(', ') : null);
const isoOrNull = (date: Date | null, precision: PartialDate['precision'] | null) => (date && precision ? formatPartialDateIso({ date, precision }) : null);

/**
 * The project as the audit log compares it: its own fields, dates as written ("2021-03"), each
 * language's text, its links as one field each, and its history and organizations row by row.
 */
async function snapshot(tx: Tx, id: number): Promise<AuditRecord | null> {
  const row = await tx.project.findUnique({
    where: { id },
    omit: { id: true, createdAt: true },
    include: {
      translations: true,
      statusHistory: { orderBy: [{ date: 'asc' }, { id: 'asc' }] },
      partners: { select: { partner: { select: { slug: true } } } },
      agreements: { select: { agreementId: true } },
      organizations: { orderBy: [{ position: 'asc' }, { id: 'asc' }], include: { translations: true } },
      sources: { select: { sourceId: true } },
      photos: { orderBy: [{ position: 'asc' }, { mediaId: 'asc' }], select: { mediaId: true } },
    },
  });
  if (!row) return null;
  const {
    translations,
    statusHistory,
    partners,
    agreements,
    organizations,
    sources,
    photos,
    themes,
    startDate,
    startPrecision,
    endDate,
    endPrecision,
    ...fields
  } = row;
  const flat: AuditRecord = {
    ...fields,
    themes: listField(themes),
    start: isoOrNull(startDate, startPrecision),
    end: isoOrNull(endDate, endPrecision),
    partners: listField(partners.map((p) => p.partner.slug).sort()),
    agreements: listField(agreements.map((a) => a.agreementId).sort((a, b) => a - b)),
    sources: listField(sources.map((s) => s.sourceId).sort((a, b) => a - b)),
    photos: listField(photos.map((p) => p.mediaId)),
    ...flattenTranslations(translations, TRANSLATED),
  };
  statusHistory.forEach((h, i) =>
    Object.assign(flat, { [`history.${i}.status`]: h.status, [`history.${i}.date`]: formatPartialDateIso(h), [`history.${i}.note`]: h.note }),
  );
  organizations.forEach((o, i) => {
    Object.assign(flat, { [`organizations.${i}.kind`]: o.kind, [`organizations.${i}.countryCode`]: o.countryCode });
    for (const t of o.translations) Object.assign(flat, { [`organizations.${i}.name.${t.locale}`]: t.name, [`organizations.${i}.city.${t.locale}`]: t.city });
  });
  return flat;
}

const projectData = (input: ProjectInput) => ({
  slug: input.slug,
  themes: input.themes,
  status: input.status,
  startDate: input.start?.date ?? null,
  startPrecision: input.start?.precision ?? null,
  endDate: input.end?.date ?? null,
  endPrecision: input.end?.precision ?? null,
  publicationStatus: input.publicationStatus,
  publishAt: input.publishAt,
  unpublishAt: input.unpublishAt,
});

/** The rows for each language that has a title (kk and en without one fall back to ru). */
const translationRows = (input: ProjectInput, projectId: number) =>
  LOCALES.flatMap((locale) => {
    const t = input.translations[locale];
    return t.title === null ? [] : [{ projectId, locale, title: t.title, summary: t.summary, outcomes: t.outcomes }];
  });

/**
 * The chosen partners, agreements, sources and photos exist (photos as images), and a project
 * about to go public shows no photo that still lacks its alt texts or credit. That an agreement is
 * with one of the project's partners is the database's rule, answered below as a field error.
 */
async function referenceErrors(tx: Tx, input: ProjectInput): Promise<Record<string, string>> {
  // One after another: a transaction is one connection, which runs one query at a time anyway.
  const partners = await tx.partner.count({ where: { id: { in: input.partners } } });
  const agreements = await tx.agreement.count({ where: { id: { in: input.agreements } } });
  const sources = await tx.source.count({ where: { id: { in: input.sources } } });
  const errors: Record<string, string> = {};
  if (partners !== input.partners.length) errors.partners = 'unknownChoice';
  if (agreements !== input.agreements.length) errors.agreements = 'unknownChoice';
  if (sources !== input.sources.length) errors.sources = 'unknownChoice';
  return { ...errors, ...(await photoErrors(tx, input.photos, input.publicationStatus)) };
}

async function writeChildren(tx: Tx, projectId: number, input: ProjectInput) {
  const byProject = { where: { projectId } };
  const before = await tx.projectTranslation.findMany(byProject);
  await tx.projectTranslation.deleteMany(byProject);
  await tx.projectTranslation.createMany({ data: keepTextTimes(before, translationRows(input, projectId), TRANSLATED, new Date()) });
  await tx.projectStatusChange.deleteMany(byProject);
  await tx.projectStatusChange.createMany({
    data: input.history.map((h) => ({ projectId, status: h.status, date: h.date.date, precision: h.date.precision, note: h.note })),
  });
  await tx.projectPartner.deleteMany(byProject);
  await tx.projectPartner.createMany({ data: input.partners.map((partnerId) => ({ projectId, partnerId })) });
  await tx.projectAgreement.deleteMany(byProject);
  await tx.projectAgreement.createMany({ data: input.agreements.map((agreementId) => ({ projectId, agreementId })) });
  await tx.projectSource.deleteMany(byProject);
  await tx.projectSource.createMany({ data: input.sources.map((sourceId) => ({ projectId, sourceId })) });
  await tx.projectPhoto.deleteMany(byProject);
  await tx.projectPhoto.createMany({ data: input.photos.map((mediaId, position) => ({ projectId, mediaId, position })) });
  // Organizations have no identity of their own beyond the project: rewritten with their translations (cascade).
  await tx.projectOrganization.deleteMany(byProject);
  for (const [position, o] of input.organizations.entries()) {
    const names = LOCALES.flatMap((locale) => (o[locale].name === null ? [] : [{ locale, name: o[locale].name, city: o[locale].city }]));
    await tx.projectOrganization.create({
      data: { projectId, position, kind: o.kind, countryCode: o.countryCode, translations: { createMany: { data: names } } },
    });
  }
}

const versioned = versionedWrites({
  entity: 'project',
  table: (tx) => tx.project,
  columns: projectData,
  writeChildren,
  snapshot,
  check: referenceErrors,
  slugged: true,
  refusals: { ProjectAgreement_with_project_partner: { agreements: 'agreementNotWithPartner' } },
});

/** Purging a project deletes its texts, history and links; its events stay, without a project. */
const trash = trashActions({ entity: 'project', table: (tx) => tx.project, snapshot });

/** Everything an editor or admin writes to projects, each checking its caller's role itself. */
export const projectWrites = { ...versioned, ...trash };

/** The project as the audit log compares it: its revisions are rebuilt from it. */
export { snapshot as projectSnapshot };
