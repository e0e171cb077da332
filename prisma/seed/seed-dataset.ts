import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Locale } from '@/lib/generated/prisma/enums';
import { datasetSchema, type Dataset, type DatasetInput, type LocalizedTextInput } from '@/lib/schemas/dataset';
import type { PartialDate } from '@/lib/dates/partial-date';
import shymkent from './datasets/shymkent';
import kazan from './datasets/kazan';
import almatyRegion from './datasets/almaty-region';

export const datasets = { shymkent, kazan, 'almaty-region': almatyRegion } satisfies Record<string, DatasetInput>;
export type DatasetName = keyof typeof datasets;
export const isDatasetName = (name: string): name is DatasetName => Object.hasOwn(datasets, name);

const LOCALES: Locale[] = ['ru', 'kk', 'en'];
// Any fixed number: it only has to be the same for every seeding process.
const SEED_LOCK = 0x5ee_d0001;

/**
 * One translation row per locale that has the record's main text (name or title); other fields
 * join the row of their locale. A locale without the main text gets no row and falls back to ru.
 */
function translations<K extends string>(mainKey: K, main: LocalizedTextInput, extra: Record<string, LocalizedTextInput | undefined> = {}) {
  return LOCALES.filter((locale) => main[locale] !== undefined).map((locale) => ({
    locale,
    [mainKey]: main[locale] as string,
    ...Object.fromEntries(Object.entries(extra).map(([key, text]) => [key, text?.[locale] ?? null])),
  })) as Array<{ locale: Locale } & Record<K, string> & Record<string, string | null>>;
}

const datePart = (d: PartialDate | undefined) => (d ? { date: d.date, precision: d.precision } : { date: null, precision: null });

export type SeedOutcome =
  { seeded: true; counts: { partners: number; agreements: number; events: number; projects: number } } | { seeded: false; reason: string };

/**
 * Loads a demo dataset into an empty database, all or nothing. A database that already has a
 * home city holds content and is left alone, so running this again (or after a crash, which
 * rolls the transaction back) never duplicates anything.
 */
export async function seedDataset(prisma: PrismaClient, input: DatasetInput): Promise<SeedOutcome> {
  const data: Dataset = datasetSchema.parse(input);
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK})`;
      if ((await tx.homeCity.count()) > 0 || (await tx.partner.count()) > 0) {
        return { seeded: false, reason: 'the database already holds content' } as const;
      }
      const { name, regionName, ...home } = data.homeCity;
      await tx.homeCity.create({ data: { ...home, translations: { create: translations('name', name, { regionName }) } } });

      const sourceIds = new Map<string, number>();
      for (const s of data.sources) {
        const row = await tx.source.create({
          data: { title: s.title, language: s.language, publisher: s.publisher, url: s.url, publishedOn: s.publishedOn?.date },
        });
        sourceIds.set(s.key, row.id);
      }

      const partnerIds = new Map<string, string>();
      for (const p of data.partners) {
        const { name: pName, regionName: pRegion, about, ...facts } = p;
        const row = await tx.partner.create({
          data: { ...facts, publicationStatus: 'published', translations: { create: translations('name', pName, { regionName: pRegion, about }) } },
        });
        partnerIds.set(p.slug, row.id);
      }

      const agreementIds = new Map<string, number>();
      for (const a of data.agreements) {
        const signed = datePart(a.signed);
        const { id } = await tx.agreement.create({
          data: {
            partnerId: partnerIds.get(a.partner) as string,
            type: a.type,
            signedOn: signed.date,
            signedPrecision: signed.precision,
            status: a.status,
            textLanguages: a.textLanguages,
            sourceId: a.source ? sourceIds.get(a.source) : undefined,
            publicationStatus: 'published',
            translations: { create: translations('title', a.title, { place: a.place, signatories: a.signatories, note: a.note }) },
          },
        });
        if (a.key) agreementIds.set(a.key, id);
      }

      for (const e of data.events) {
        const end = datePart(e.end);
        await tx.event.create({
          data: {
            slug: e.slug,
            startDate: e.start.date,
            startPrecision: e.start.precision,
            endDate: end.date,
            endPrecision: end.precision,
            category: e.category,
            format: e.format,
            publicationStatus: 'published',
            translations: { create: translations('title', e.title, { body: e.body, location: e.location }) },
            partners: { create: e.partners.map((slug) => ({ partnerId: partnerIds.get(slug) as string })) },
            sources: { create: e.sources.map((key) => ({ sourceId: sourceIds.get(key) as number })) },
          },
        });
      }
      for (const p of data.projects) {
        const start = datePart(p.start);
        const end = datePart(p.end);
        const { id } = await tx.project.create({
          data: {
            slug: p.slug,
            themes: p.themes,
            status: p.status,
            startDate: start.date,
            startPrecision: start.precision,
            endDate: end.date,
            endPrecision: end.precision,
            publicationStatus: 'published',
            translations: { create: translations('title', p.title, { summary: p.summary, outcomes: p.outcomes }) },
            partners: { create: p.partners.map((slug) => ({ partnerId: partnerIds.get(slug) as string })) },
            agreements: { create: p.agreements.map((key) => ({ agreementId: agreementIds.get(key) as number })) },
            sources: { create: p.sources.map((key) => ({ sourceId: sourceIds.get(key) as number })) },
            organizations: {
              create: p.organizations.map((o, position) => ({
                kind: o.kind,
                countryCode: o.countryCode,
                position,
                translations: { create: translations('name', o.name, { city: o.city }) },
              })),
            },
          },
        });
        await tx.event.updateMany({ where: { slug: { in: p.events } }, data: { projectId: id } });
      }
      return {
        seeded: true,
        counts: { partners: data.partners.length, agreements: data.agreements.length, events: data.events.length, projects: data.projects.length },
      } as const;
    },
    { timeout: 60_000 },
  );
}
