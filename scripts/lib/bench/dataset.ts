// The benchmark's synthetic dataset (issue 7), as plain rows computed from a seed: no clock, no
// Math.random, no database. The same seed and sizes give the same rows byte for byte, so a
// benchmark figure, and later an EXPLAIN test, always describe the same data. Every name says
// "synthetic" in its language: these rows go only into the benchmark's own database, never the demo.

/** Bump when the rows for a given seed change: a benchmark database loaded by another version is reloaded. */
export const BENCH_DATASET_VERSION = 3;

export type BenchSizes = { partners: number; agreements: number; events: number; eventsOfBusiestPartner: number };
export const FULL_SIZES: BenchSizes = { partners: 1_000, agreements: 5_000, events: 50_000, eventsOfBusiestPartner: 500 };

type Locale = 'ru' | 'kk' | 'en';
type Precision = 'day' | 'month' | 'year';
/** Dates as ISO strings (YYYY-MM-DD), which PostgreSQL reads as DATE without any time zone. */
type BenchPartner = {
  id: string;
  slug: string;
  kind: 'city' | 'region';
  countryCode: string;
  latitude: number;
  longitude: number;
  foundedYear: number | null;
  population: number | null;
  populationYear: number | null;
  status: 'active' | 'suspended' | 'ended';
};
type BenchPartnerText = { partnerId: string; locale: Locale; name: string; regionName: string; about: string };
type BenchAgreement = {
  id: number;
  partnerId: string;
  type: 'twinning' | 'friendship_treaty' | 'cooperation' | 'friendly_cooperation_memorandum' | 'other';
  signedOn: string | null;
  signedPrecision: Precision | null;
  status: 'in_force' | 'suspended' | 'expired' | 'terminated' | 'superseded' | null;
  textLanguages: string[];
};
type BenchAgreementText = { agreementId: number; locale: Locale; title: string; place: string };
type BenchEvent = {
  id: number;
  slug: string;
  startDate: string;
  startPrecision: Precision;
  endDate: string | null;
  endPrecision: Precision | null;
  category: (typeof CATEGORIES)[number];
  format: 'in_person' | 'online' | 'hybrid' | null;
  /** Every seventh event belongs to a project. */
  projectId: number | null;
};
type BenchProject = {
  id: number;
  slug: string;
  theme: (typeof THEMES)[number];
  status: (typeof PROJECT_STATUSES)[number] | null;
  startDate: string | null;
  startPrecision: Precision | null;
  endDate: string | null;
  endPrecision: Precision | null;
};
type BenchProjectText = { projectId: number; locale: Locale; title: string; summary: string };
type BenchOrganization = { id: number; projectId: number; kind: (typeof ORGANIZATION_KINDS)[number] };
type BenchOrganizationText = { organizationId: number; locale: Locale; name: string; city: string };
type BenchProposal = { id: number; countryCode: string; visibility: 'public' | 'internal'; startDate: string };
type BenchProposalText = { proposalId: number; locale: Locale; partnerName: string; place: string; initiator: string; rationale: string };
type BenchEventText = { eventId: number; locale: Locale; title: string; body: string; location: string };
export type BenchDataset = {
  /** Every row's updatedAt: a fixed moment in the past, so "last changed" is stable too. */
  updatedAt: string;
  homeCity: { countryCode: string; latitude: number; longitude: number; names: Record<Locale, string> };
  partners: BenchPartner[];
  partnerTexts: BenchPartnerText[];
  agreements: BenchAgreement[];
  agreementTexts: BenchAgreementText[];
  events: BenchEvent[];
  eventTexts: BenchEventText[];
  eventPartners: Array<{ eventId: number; partnerId: string }>;
  /** One project per five events, each with one partner. */
  projects: BenchProject[];
  projectTexts: BenchProjectText[];
  projectPartners: Array<{ projectId: number; partnerId: string }>;
  /** One participating organization per project. */
  organizations: BenchOrganization[];
  organizationTexts: BenchOrganizationText[];
  /** One proposal per hundred events, every other one internal, each at its initiative. */
  proposals: BenchProposal[];
  proposalTexts: BenchProposalText[];
  /** The slug of the partner with `eventsOfBusiestPartner` events (the "profile with 500 events" target). */
  busiestPartnerSlug: string;
};

/** A word every Russian event title contains, so a search for it matches many rows. */
export const BENCH_SEARCH_WORD = 'дружбы';

const COUNTRIES = ['TR', 'CN', 'RU', 'UZ', 'KG', 'DE', 'FR', 'IT', 'ES', 'PL', 'KR', 'JP', 'US', 'BY', 'AZ', 'GE', 'IR', 'IN', 'EG', 'BR'];
const CATEGORIES = ['official_delegation', 'forum', 'education', 'culture', 'sport', 'business', 'youth', 'online_meeting', 'other'] as const;
const AGREEMENT_TYPES = ['twinning', 'friendship_treaty', 'cooperation', 'friendly_cooperation_memorandum', 'other'] as const;
const AGREEMENT_STATUSES = ['in_force', 'suspended', 'expired', 'terminated', 'superseded', null] as const;
const FORMATS = ['in_person', 'online', 'hybrid', null] as const;
const PRECISIONS: Precision[] = ['day', 'month', 'year'];
const THEMES = ['education', 'culture', 'economy', 'ecology', 'health', 'youth', 'sport', 'tourism', 'municipal_services', 'other'] as const;
const PROJECT_STATUSES = ['planned', 'active', 'completed', 'suspended', 'cancelled'] as const;
const ORGANIZATION_KINDS = ['university', 'school', 'ngo', 'business', 'municipal_body', 'other'] as const;
const TOPICS: Record<Locale, string[]> = {
  ru: ['форум', 'фестиваль', 'выставка', 'визит делегации', 'турнир', 'семинар', 'ярмарка', 'конференция'],
  kk: ['форумы', 'фестивалі', 'көрмесі', 'делегация сапары', 'турнирі', 'семинары', 'жәрмеңкесі', 'конференциясы'],
  en: ['forum', 'festival', 'exhibition', 'delegation visit', 'tournament', 'seminar', 'fair', 'conference'],
};

/** mulberry32: a small, well-known 32-bit PRNG; enough spread for test data and fully reproducible. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const isoDate = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;

export function generateBenchDataset(seed: number, sizes: BenchSizes = FULL_SIZES): BenchDataset {
  if (sizes.partners < 2 || sizes.eventsOfBusiestPartner > sizes.events)
    throw new Error('benchmark sizes: need 2+ partners and no more busiest-partner events than events');
  const random = prng(seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const hex = (digits: number) => Array.from({ length: digits }, () => Math.floor(random() * 16).toString(16)).join('');
  // A version-4-shaped UUID from the PRNG (PostgreSQL checks only the shape).
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${(8 + Math.floor(random() * 4)).toString(16)}${hex(3)}-${hex(12)}`;
  /** A start of a day, month or year, normalised as the CHECK constraints require. */
  const partialDate = (fromYear: number, toYear: number): { date: string; precision: Precision; y: number; m: number; d: number } => {
    const precision = pick(PRECISIONS);
    const y = int(fromYear, toYear);
    const m = precision === 'year' ? 1 : int(1, 12);
    // Days up to 25 only: an end date a few days later stays inside every month.
    const d = precision === 'day' ? int(1, 25) : 1;
    return { date: isoDate(y, m, d), precision, y, m, d };
  };

  const partners: BenchPartner[] = [];
  const partnerTexts: BenchPartnerText[] = [];
  for (let i = 1; i <= sizes.partners; i++) {
    const n = pad(i, 4);
    const population = random() < 0.8 ? int(5_000, 15_000_000) : null;
    partners.push({
      id: uuid(),
      slug: `synthetic-partner-${n}`,
      kind: random() < 0.85 ? 'city' : 'region',
      countryCode: pick(COUNTRIES),
      latitude: Math.round((random() * 120 - 60) * 1e4) / 1e4,
      longitude: Math.round((random() * 340 - 170) * 1e4) / 1e4,
      foundedYear: random() < 0.7 ? int(800, 1990) : null,
      population,
      populationYear: population === null ? null : int(2010, 2024),
      status: random() < 0.9 ? 'active' : pick(['suspended', 'ended'] as const),
    });
    const id = partners[i - 1]?.id as string;
    partnerTexts.push(
      {
        partnerId: id,
        locale: 'ru',
        name: `Синтетический партнёр ${n}`,
        regionName: 'Синтетический регион (бенчмарк)',
        about: `Синтетический партнёр ${n} создан для бенчмарка, это не настоящий город.`,
      },
      {
        partnerId: id,
        locale: 'kk',
        name: `Синтетикалық серіктес ${n}`,
        regionName: 'Синтетикалық өңір (бенчмарк)',
        about: `Синтетикалық серіктес ${n} бенчмарк үшін жасалған, бұл нақты қала емес.`,
      },
      {
        partnerId: id,
        locale: 'en',
        name: `Synthetic partner ${n}`,
        regionName: 'Synthetic region (benchmark)',
        about: `Synthetic partner ${n} exists for the benchmark; it is not a real city.`,
      },
    );
  }
  const partnerId = (index: number) => (partners[index] as BenchPartner).id;

  const agreements: BenchAgreement[] = [];
  const agreementTexts: BenchAgreementText[] = [];
  for (let id = 1; id <= sizes.agreements; id++) {
    const signed = random() < 0.85 ? partialDate(1992, 2025) : null;
    agreements.push({
      id,
      partnerId: partnerId((id - 1) % sizes.partners),
      type: pick(AGREEMENT_TYPES),
      signedOn: signed?.date ?? null,
      signedPrecision: signed?.precision ?? null,
      status: pick(AGREEMENT_STATUSES),
      textLanguages: random() < 0.5 ? ['ru', 'en'] : ['kk', 'ru'],
    });
    const n = pad(id, 5);
    agreementTexts.push(
      { agreementId: id, locale: 'ru', title: `Синтетическое соглашение ${n} о сотрудничестве`, place: 'Синтетический город (бенчмарк)' },
      { agreementId: id, locale: 'kk', title: `Ынтымақтастық туралы синтетикалық келісім ${n}`, place: 'Синтетикалық қала (бенчмарк)' },
      { agreementId: id, locale: 'en', title: `Synthetic cooperation agreement ${n}`, place: 'Synthetic city (benchmark)' },
    );
  }

  // The busiest partner (the first) takes every k-th event until it has its share; every other event
  // goes to one of the other partners, so the first holds exactly eventsOfBusiestPartner.
  const busiestEvery = Math.max(1, Math.floor(sizes.events / Math.max(1, sizes.eventsOfBusiestPartner)));
  const events: BenchEvent[] = [];
  const eventTexts: BenchEventText[] = [];
  const eventPartners: Array<{ eventId: number; partnerId: string }> = [];
  let busiestCount = 0;
  const projectCount = Math.floor(sizes.events / 5);
  for (let id = 1; id <= sizes.events; id++) {
    const start = partialDate(1995, 2025);
    // An end only for a day-precision start: a few days later, same precision (end >= start).
    const end = start.precision === 'day' && random() < 0.4 ? isoDate(start.y, start.m, start.d + int(0, 3)) : null;
    const category = pick(CATEGORIES);
    events.push({
      id,
      slug: `synthetic-event-${pad(id, 5)}`,
      startDate: start.date,
      startPrecision: start.precision,
      endDate: end,
      endPrecision: end ? 'day' : null,
      category,
      format: pick(FORMATS),
      // Assigned without drawing from the generator, so the other rows stay those of version 1.
      projectId: projectCount > 0 && id % 7 === 0 ? ((id - 1) % projectCount) + 1 : null,
    });
    const topic = int(0, TOPICS.ru.length - 1);
    const n = pad(id, 5);
    eventTexts.push(
      {
        eventId: id,
        locale: 'ru',
        title: `Синтетическое событие ${n}: ${TOPICS.ru[topic]} ${BENCH_SEARCH_WORD}`,
        body: `Синтетическое событие для бенчмарка. Такого события не было.`,
        location: 'Синтетический город (бенчмарк)',
      },
      {
        eventId: id,
        locale: 'kk',
        title: `Синтетикалық оқиға ${n}: достық ${TOPICS.kk[topic]}`,
        body: 'Бенчмарк үшін жасалған синтетикалық оқиға. Мұндай оқиға болған жоқ.',
        location: 'Синтетикалық қала (бенчмарк)',
      },
      {
        eventId: id,
        locale: 'en',
        title: `Synthetic event ${n}: friendship ${TOPICS.en[topic]}`,
        body: 'A synthetic event for the benchmark. It never happened.',
        location: 'Synthetic city (benchmark)',
      },
    );
    const toBusiest = busiestCount < sizes.eventsOfBusiestPartner && id % busiestEvery === 0;
    if (toBusiest) busiestCount++;
    eventPartners.push({ eventId: id, partnerId: toBusiest ? partnerId(0) : partnerId(int(1, sizes.partners - 1)) });
  }
  if (busiestCount !== sizes.eventsOfBusiestPartner)
    throw new Error(`benchmark dataset: the busiest partner got ${busiestCount} events, not ${sizes.eventsOfBusiestPartner}`);

  // Drawn after every other row, for the same reason.
  const projects: BenchProject[] = [];
  const projectTexts: BenchProjectText[] = [];
  const projectPartners: Array<{ projectId: number; partnerId: string }> = [];
  for (let id = 1; id <= projectCount; id++) {
    const start = random() < 0.9 ? partialDate(1995, 2025) : null;
    const endYear = start && random() < 0.5 ? start.y + int(0, 3) : null;
    projects.push({
      id,
      slug: `synthetic-project-${pad(id, 5)}`,
      theme: pick(THEMES),
      status: random() < 0.8 ? pick(PROJECT_STATUSES) : null,
      startDate: start?.date ?? null,
      startPrecision: start?.precision ?? null,
      endDate: endYear === null ? null : isoDate(endYear, 1, 1),
      endPrecision: endYear === null ? null : 'year',
    });
    const n = pad(id, 5);
    projectTexts.push(
      { projectId: id, locale: 'ru', title: `Синтетический проект ${n}`, summary: 'Синтетический проект для бенчмарка. Такого проекта не было.' },
      { projectId: id, locale: 'kk', title: `Синтетикалық жоба ${n}`, summary: 'Бенчмарк үшін жасалған синтетикалық жоба. Мұндай жоба болған жоқ.' },
      { projectId: id, locale: 'en', title: `Synthetic project ${n}`, summary: 'A synthetic project for the benchmark. It never happened.' },
    );
    projectPartners.push({ projectId: id, partnerId: partnerId(int(0, sizes.partners - 1)) });
  }

  // Drawn after the projects, so their rows stay those of version 2.
  const organizations: BenchOrganization[] = [];
  const organizationTexts: BenchOrganizationText[] = [];
  for (let id = 1; id <= projectCount; id++) {
    organizations.push({ id, projectId: id, kind: pick(ORGANIZATION_KINDS) });
    const n = pad(id, 5);
    organizationTexts.push(
      { organizationId: id, locale: 'ru', name: `Синтетическая организация ${n}`, city: 'Синтетический город (бенчмарк)' },
      { organizationId: id, locale: 'kk', name: `Синтетикалық ұйым ${n}`, city: 'Синтетикалық қала (бенчмарк)' },
      { organizationId: id, locale: 'en', name: `Synthetic organization ${n}`, city: 'Synthetic city (benchmark)' },
    );
  }
  const proposals: BenchProposal[] = [];
  const proposalTexts: BenchProposalText[] = [];
  for (let id = 1; id <= Math.ceil(sizes.events / 100); id++) {
    const start = partialDate(2015, 2025);
    proposals.push({ id, countryCode: pick(COUNTRIES), visibility: id % 2 === 0 ? 'internal' : 'public', startDate: isoDate(start.y, 1, 1) });
    const n = pad(id, 4);
    proposalTexts.push(
      {
        proposalId: id,
        locale: 'ru',
        partnerName: `Синтетический предлагаемый партнёр ${n}`,
        place: 'Синтетическая область (бенчмарк)',
        initiator: 'Синтетический инициатор',
        rationale: 'Синтетическое предложение для бенчмарка. Такого предложения не было.',
      },
      {
        proposalId: id,
        locale: 'kk',
        partnerName: `Синтетикалық ұсынылған серіктес ${n}`,
        place: 'Синтетикалық облыс (бенчмарк)',
        initiator: 'Синтетикалық бастамашы',
        rationale: 'Бенчмарк үшін жасалған синтетикалық ұсыныс. Мұндай ұсыныс болған жоқ.',
      },
      {
        proposalId: id,
        locale: 'en',
        partnerName: `Synthetic proposed partner ${n}`,
        place: 'Synthetic region (benchmark)',
        initiator: 'Synthetic initiator',
        rationale: 'A synthetic proposal for the benchmark. It never happened.',
      },
    );
  }

  return {
    updatedAt: '2026-01-01T00:00:00.000Z',
    homeCity: {
      countryCode: 'KZ',
      latitude: 43,
      longitude: 69,
      names: { ru: 'Синтетический город (бенчмарк)', kk: 'Синтетикалық қала (бенчмарк)', en: 'Synthetic city (benchmark)' },
    },
    partners,
    partnerTexts,
    agreements,
    agreementTexts,
    events,
    eventTexts,
    eventPartners,
    projects,
    projectTexts,
    projectPartners,
    organizations,
    organizationTexts,
    proposals,
    proposalTexts,
    busiestPartnerSlug: (partners[0] as BenchPartner).slug,
  };
}
