import { z } from 'zod';
import { endOfPeriod, partialDateSchema } from '@/lib/dates/partial-date';
import { slugSchema } from '@/lib/slug';

/**
 * The shape of a demo dataset (prisma/seed/datasets/*.ts). Plain data transcribed from the seed
 * documents; anything a source does not give is left out, never filled with a guess.
 */
const trimmed = z.string().trim().min(1);
/** Links a page shows as `href`: http(s) only, never `javascript:` or `data:`. */
const webUrl = z.url({ protocol: /^https?$/, error: 'an http:// or https:// URL' });

/** A text of the dataset file in the three locales; ru is required, kk and en fall back to ru when absent. */
const localizedTextInputSchema = z.strictObject({ ru: trimmed, kk: trimmed.optional(), en: trimmed.optional() });
export type LocalizedTextInput = z.infer<typeof localizedTextInputSchema>;

const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2');
const latitudeSchema = z.number().min(-90).max(90);
const longitudeSchema = z.number().min(-180).max(180);
const yearSchema = z.number().int().min(1000).max(2100);

const datasetSourceSchema = z.strictObject({
  key: slugSchema,
  title: trimmed,
  /** The language of the title and publisher, which are quoted as published, never translated. */
  language: z.enum(['ru', 'kk', 'en']),
  publisher: trimmed.optional(),
  url: webUrl.optional(),
  publishedOn: partialDateSchema.optional(),
});

const datasetPartnerSchema = z.strictObject({
  slug: slugSchema,
  kind: z.enum(['city', 'region']),
  countryCode: countryCodeSchema,
  latitude: latitudeSchema,
  longitude: longitudeSchema,
  /** Negative for BCE (-311 is 311 BC); there is no year 0. */
  foundedYear: z
    .number()
    .int()
    .min(-10000)
    .max(2100)
    .refine((y) => y !== 0, 'there is no year 0')
    .optional(),
  population: z.number().int().positive().optional(),
  populationYear: yearSchema.optional(),
  areaKm2: z.number().positive().optional(),
  areaYear: yearSchema.optional(),
  timeZone: z
    .string()
    .refine((tz) => Intl.supportedValuesOf('timeZone').includes(tz) || tz === 'UTC', 'an IANA time zone')
    .optional(),
  websiteUrl: webUrl.optional(),
  status: z.enum(['active', 'suspended', 'ended']).default('active'),
  name: localizedTextInputSchema,
  regionName: localizedTextInputSchema.optional(),
  about: localizedTextInputSchema.optional(),
});

const datasetAgreementSchema = z.strictObject({
  /** How a project of the dataset names the agreement it implements; only those named need one. */
  key: slugSchema.optional(),
  partner: slugSchema,
  type: z.enum(['twinning', 'friendship_treaty', 'cooperation', 'friendly_cooperation_memorandum', 'other']),
  signed: partialDateSchema.optional(),
  status: z.enum(['in_force', 'suspended', 'expired', 'terminated', 'superseded']).optional(),
  textLanguages: z.array(z.string().regex(/^[a-z]{2}$/)).default([]),
  source: slugSchema.optional(),
  title: localizedTextInputSchema,
  place: localizedTextInputSchema.optional(),
  signatories: localizedTextInputSchema.optional(),
  note: localizedTextInputSchema.optional(),
});

const datasetEventSchema = z.strictObject({
  slug: slugSchema,
  start: partialDateSchema,
  end: partialDateSchema.optional(),
  category: z.enum(['official_delegation', 'forum', 'education', 'culture', 'sport', 'business', 'youth', 'online_meeting', 'other']),
  format: z.enum(['in_person', 'online', 'hybrid']).optional(),
  partners: z.array(slugSchema).min(1),
  sources: z.array(slugSchema).default([]),
  title: localizedTextInputSchema,
  body: localizedTextInputSchema.optional(),
  location: localizedTextInputSchema.optional(),
});

const datasetProjectSchema = z.strictObject({
  slug: slugSchema,
  themes: z.array(z.enum(['education', 'culture', 'economy', 'ecology', 'health', 'youth', 'sport', 'tourism', 'municipal_services', 'other'])).min(1),
  status: z.enum(['planned', 'active', 'completed', 'suspended', 'cancelled']).optional(),
  start: partialDateSchema.optional(),
  end: partialDateSchema.optional(),
  partners: z.array(slugSchema).min(1),
  /** Keys of the dataset's agreements the project implements. */
  agreements: z.array(slugSchema).default([]),
  /** Slugs of the dataset's events that belong to the project. */
  events: z.array(slugSchema).default([]),
  sources: z.array(slugSchema).default([]),
  organizations: z
    .array(
      z.strictObject({
        kind: z.enum(['university', 'school', 'ngo', 'business', 'municipal_body', 'other']),
        countryCode: countryCodeSchema.optional(),
        name: localizedTextInputSchema,
        city: localizedTextInputSchema.optional(),
      }),
    )
    .default([]),
  title: localizedTextInputSchema,
  summary: localizedTextInputSchema.optional(),
  outcomes: localizedTextInputSchema.optional(),
});

export const datasetSchema = z
  .strictObject({
    homeCity: z.strictObject({
      kind: z.enum(['city', 'region']).default('city'),
      countryCode: countryCodeSchema,
      latitude: latitudeSchema,
      longitude: longitudeSchema,
      websiteUrl: webUrl.optional(),
      name: localizedTextInputSchema,
      regionName: localizedTextInputSchema.optional(),
    }),
    sources: z.array(datasetSourceSchema),
    partners: z.array(datasetPartnerSchema).min(1),
    agreements: z.array(datasetAgreementSchema),
    events: z.array(datasetEventSchema),
    projects: z.array(datasetProjectSchema).default([]),
  })
  .superRefine((data, ctx) => {
    const partners = new Set(data.partners.map((p) => p.slug));
    const sources = new Set(data.sources.map((s) => s.key));
    const unique = (values: string[], path: string) => {
      const seen = new Set<string>();
      for (const v of values) {
        if (seen.has(v)) ctx.addIssue({ code: 'custom', path: [path], message: `duplicate ${v}` });
        seen.add(v);
      }
    };
    unique(
      data.partners.map((p) => p.slug),
      'partners',
    );
    unique(
      data.sources.map((s) => s.key),
      'sources',
    );
    unique(
      data.events.map((e) => e.slug),
      'events',
    );
    unique(
      data.projects.map((p) => p.slug),
      'projects',
    );
    data.agreements.forEach((a, i) => {
      if (!partners.has(a.partner)) ctx.addIssue({ code: 'custom', path: ['agreements', i, 'partner'], message: `unknown partner ${a.partner}` });
      if (a.source && !sources.has(a.source)) ctx.addIssue({ code: 'custom', path: ['agreements', i, 'source'], message: `unknown source ${a.source}` });
    });
    data.events.forEach((e, i) => {
      if (e.end && e.end.date < e.start.date) ctx.addIssue({ code: 'custom', path: ['events', i, 'end'], message: 'the end is before the start' });
      for (const p of e.partners) if (!partners.has(p)) ctx.addIssue({ code: 'custom', path: ['events', i, 'partners'], message: `unknown partner ${p}` });
      for (const s of e.sources) if (!sources.has(s)) ctx.addIssue({ code: 'custom', path: ['events', i, 'sources'], message: `unknown source ${s}` });
    });
    const agreementPartners = new Map(data.agreements.flatMap((a) => (a.key ? [[a.key, a.partner] as const] : [])));
    const events = new Set(data.events.map((e) => e.slug));
    data.projects.forEach((p, i) => {
      const issue = (field: string, message: string) => ctx.addIssue({ code: 'custom', path: ['projects', i, field], message });
      if (p.start && p.end && endOfPeriod(p.end) < p.start.date) issue('end', 'the end is before the start');
      for (const s of p.partners) if (!partners.has(s)) issue('partners', `unknown partner ${s}`);
      for (const s of p.sources) if (!sources.has(s)) issue('sources', `unknown source ${s}`);
      for (const s of p.events) if (!events.has(s)) issue('events', `unknown event ${s}`);
      for (const key of p.agreements) {
        const partner = agreementPartners.get(key);
        if (!partner) issue('agreements', `unknown agreement ${key}`);
        else if (!p.partners.includes(partner)) issue('agreements', `agreement ${key} is not with a partner of the project`);
      }
    });
  });

/** What a dataset file exports (input form: defaults not yet applied). */
export type DatasetInput = z.input<typeof datasetSchema>;
export type Dataset = z.output<typeof datasetSchema>;
