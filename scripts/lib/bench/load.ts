// Loads the synthetic benchmark dataset (dataset.ts) into an empty, migrated database: one
// INSERT … SELECT FROM unnest(<column arrays>) per table, so 200,000 rows take seconds rather than
// the minutes that one Prisma call per record would. All in one transaction, which ends by marking
// the database with the dataset's version and seed: a half-loaded database carries no mark.
import pg from 'pg';
import { BENCH_DATASET_VERSION, type BenchDataset, type BenchSizes } from './dataset';

/** What a loaded database is marked with: another generator version, seed or size means reloading. */
export const benchDatasetMark = (seed: number, sizes: BenchSizes) =>
  `synthetic benchmark dataset v${BENCH_DATASET_VERSION} seed ${seed} sizes ${sizes.partners}/${sizes.agreements}/${sizes.events}/${sizes.eventsOfBusiestPartner}`;

/** The mark a database was loaded with (null: none), read from the database's comment. */
export async function readBenchDatasetMark(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ mark: string | null }>(
      "SELECT shobj_description(oid, 'pg_database') AS mark FROM pg_database WHERE datname = current_database()",
    );
    return rows[0]?.mark ?? null;
  } finally {
    await client.end();
  }
}

/** A column's values travel as one array parameter; `read` turns the unnested value into the stored one. */
type Column = { name: string; type: string; values: unknown[]; read?: (value: string) => string };
const col = <T>(name: string, type: string, rows: T[], value: (row: T) => unknown, read?: Column['read']): Column => ({
  name,
  type,
  values: rows.map(value),
  read,
});

/** INSERT INTO table (columns…, constants…) SELECT … FROM unnest($1::type[], …): one statement per table. */
async function insertColumns(client: pg.ClientBase, table: string, columns: Column[], constants: Record<string, string> = {}) {
  const names = [...columns.map((c) => c.name), ...Object.keys(constants)].map((n) => `"${n}"`).join(', ');
  const arrays = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
  const aliases = columns.map((_, i) => `c${i}`).join(', ');
  const values = [...columns.map((c, i) => (c.read ? c.read(`u.c${i}`) : `u.c${i}`)), ...Object.values(constants)].join(', ');
  await client.query(
    `INSERT INTO "${table}" (${names}) SELECT ${values} FROM unnest(${arrays}) AS u(${aliases})`,
    columns.map((c) => c.values),
  );
}

export async function loadBenchDataset(url: string, data: BenchDataset, mark: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    const updated = { updatedAt: `'${data.updatedAt}'::timestamp`, publicationStatus: `'published'::"PublicationStatus"` };
    const { homeCity } = data;
    await client.query('INSERT INTO "HomeCity" (id, "countryCode", latitude, longitude, "updatedAt") VALUES (1, $1, $2, $3, $4)', [
      homeCity.countryCode,
      homeCity.latitude,
      homeCity.longitude,
      data.updatedAt,
    ]);
    for (const [locale, name] of Object.entries(homeCity.names)) {
      await client.query('INSERT INTO "HomeCityTranslation" ("homeCityId", locale, name) VALUES (1, $1::"Locale", $2)', [locale, name]);
    }

    const p = data.partners;
    await insertColumns(
      client,
      'Partner',
      [
        col('id', 'uuid', p, (r) => r.id),
        col('slug', 'text', p, (r) => r.slug),
        col('kind', '"PartnerKind"', p, (r) => r.kind),
        col('countryCode', 'text', p, (r) => r.countryCode),
        col('latitude', 'float8', p, (r) => r.latitude),
        col('longitude', 'float8', p, (r) => r.longitude),
        col('foundedYear', 'int4', p, (r) => r.foundedYear),
        col('population', 'int4', p, (r) => r.population),
        col('populationYear', 'int4', p, (r) => r.populationYear),
        col('status', '"PartnerStatus"', p, (r) => r.status),
      ],
      updated,
    );
    const pt = data.partnerTexts;
    await insertColumns(client, 'PartnerTranslation', [
      col('partnerId', 'uuid', pt, (r) => r.partnerId),
      col('locale', '"Locale"', pt, (r) => r.locale),
      col('name', 'text', pt, (r) => r.name),
      col('regionName', 'text', pt, (r) => r.regionName),
      col('about', 'text', pt, (r) => r.about),
    ]);

    // textLanguages is an array column: unnest would flatten a 2-D array, so it travels as "ru,en".
    const a = data.agreements;
    await insertColumns(
      client,
      'Agreement',
      [
        col('id', 'int4', a, (r) => r.id),
        col('partnerId', 'uuid', a, (r) => r.partnerId),
        col('type', '"AgreementType"', a, (r) => r.type),
        col('signedOn', 'date', a, (r) => r.signedOn),
        col('signedPrecision', '"DatePrecision"', a, (r) => r.signedPrecision),
        col('status', '"AgreementStatus"', a, (r) => r.status),
        col(
          'textLanguages',
          'text',
          a,
          (r) => r.textLanguages.join(','),
          (v) => `string_to_array(${v}, ',')`,
        ),
      ],
      updated,
    );
    const at = data.agreementTexts;
    await insertColumns(client, 'AgreementTranslation', [
      col('agreementId', 'int4', at, (r) => r.agreementId),
      col('locale', '"Locale"', at, (r) => r.locale),
      col('title', 'text', at, (r) => r.title),
      col('place', 'text', at, (r) => r.place),
    ]);

    // Before the events, which point to them.
    const pr = data.projects;
    await insertColumns(
      client,
      'Project',
      [
        col('id', 'int4', pr, (r) => r.id),
        col('slug', 'text', pr, (r) => r.slug),
        col(
          'themes',
          '"ProjectTheme"',
          pr,
          (r) => r.theme,
          (v) => `ARRAY[${v}]`,
        ),
        col('status', '"ProjectStatus"', pr, (r) => r.status),
        col('startDate', 'date', pr, (r) => r.startDate),
        col('startPrecision', '"DatePrecision"', pr, (r) => r.startPrecision),
        col('endDate', 'date', pr, (r) => r.endDate),
        col('endPrecision', '"DatePrecision"', pr, (r) => r.endPrecision),
      ],
      updated,
    );
    const prt = data.projectTexts;
    await insertColumns(client, 'ProjectTranslation', [
      col('projectId', 'int4', prt, (r) => r.projectId),
      col('locale', '"Locale"', prt, (r) => r.locale),
      col('title', 'text', prt, (r) => r.title),
      col('summary', 'text', prt, (r) => r.summary),
    ]);
    const pp = data.projectPartners;
    await insertColumns(client, 'ProjectPartner', [col('projectId', 'int4', pp, (r) => r.projectId), col('partnerId', 'uuid', pp, (r) => r.partnerId)]);
    const po = data.organizations;
    await insertColumns(client, 'ProjectOrganization', [
      col('id', 'int4', po, (r) => r.id),
      col('projectId', 'int4', po, (r) => r.projectId),
      col('kind', '"OrganizationKind"', po, (r) => r.kind),
    ]);
    const pot = data.organizationTexts;
    await insertColumns(client, 'ProjectOrganizationTranslation', [
      col('organizationId', 'int4', pot, (r) => r.organizationId),
      col('locale', '"Locale"', pot, (r) => r.locale),
      col('name', 'text', pot, (r) => r.name),
      col('city', 'text', pot, (r) => r.city),
    ]);

    const ps = data.proposals;
    await insertColumns(
      client,
      'Proposal',
      [
        col('id', 'int4', ps, (r) => r.id),
        col('countryCode', 'text', ps, (r) => r.countryCode),
        col('visibility', '"ProposalVisibility"', ps, (r) => r.visibility),
      ],
      { ...updated, stage: `'initiative'::"ProposalStage"` },
    );
    await insertColumns(client, 'ProposalStageChange', [
      col('proposalId', 'int4', ps, (r) => r.id),
      col('position', 'int4', ps, () => 0),
      col('stage', '"ProposalStage"', ps, () => 'initiative'),
      col('date', 'date', ps, (r) => r.startDate),
      col('precision', '"DatePrecision"', ps, () => 'year'),
    ]);
    const pst = data.proposalTexts;
    await insertColumns(client, 'ProposalTranslation', [
      col('proposalId', 'int4', pst, (r) => r.proposalId),
      col('locale', '"Locale"', pst, (r) => r.locale),
      col('partnerName', 'text', pst, (r) => r.partnerName),
      col('place', 'text', pst, (r) => r.place),
      col('initiator', 'text', pst, (r) => r.initiator),
      col('rationale', 'text', pst, (r) => r.rationale),
    ]);

    const e = data.events;
    await insertColumns(
      client,
      'Event',
      [
        col('id', 'int4', e, (r) => r.id),
        col('slug', 'text', e, (r) => r.slug),
        col('startDate', 'date', e, (r) => r.startDate),
        col('startPrecision', '"DatePrecision"', e, (r) => r.startPrecision),
        col('endDate', 'date', e, (r) => r.endDate),
        col('endPrecision', '"DatePrecision"', e, (r) => r.endPrecision),
        col('category', '"EventCategory"', e, (r) => r.category),
        col('format', '"EventFormat"', e, (r) => r.format),
        col('projectId', 'int4', e, (r) => r.projectId),
      ],
      updated,
    );
    const et = data.eventTexts;
    await insertColumns(client, 'EventTranslation', [
      col('eventId', 'int4', et, (r) => r.eventId),
      col('locale', '"Locale"', et, (r) => r.locale),
      col('title', 'text', et, (r) => r.title),
      col('body', 'text', et, (r) => r.body),
      col('location', 'text', et, (r) => r.location),
    ]);
    const ep = data.eventPartners;
    await insertColumns(client, 'EventPartner', [col('eventId', 'int4', ep, (r) => r.eventId), col('partnerId', 'uuid', ep, (r) => r.partnerId)]);

    // Explicit ids above: move the sequences past them, as an editor's next record would need.
    await client.query(
      `SELECT setval(pg_get_serial_sequence('"Agreement"', 'id'), $1), setval(pg_get_serial_sequence('"Event"', 'id'), $2), setval(pg_get_serial_sequence('"Project"', 'id'), $3),
              setval(pg_get_serial_sequence('"ProjectOrganization"', 'id'), $3), setval(pg_get_serial_sequence('"Proposal"', 'id'), $4)`,
      [Math.max(1, a.length), Math.max(1, e.length), Math.max(1, pr.length), Math.max(1, ps.length)],
    );
    const { rows } = await client.query<{ db: string }>('SELECT current_database() AS db');
    await client.query(`COMMENT ON DATABASE "${rows[0]?.db}" IS '${mark.replace(/'/g, "''")}'`);
    await client.query('COMMIT');
    await client.query('ANALYZE');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
