import 'server-only';
import type { z } from 'zod';
import { db } from '../db';
import { requireActor, type Actor } from '../auth/actor';
import type { MutationOutcome } from '../admin/outcome';
import { partnerWrites } from '../partners/mutations';
import { agreementWrites } from '../agreements/mutations';
import { eventWrites } from '../events/mutations';
import { projectWrites } from '../projects/mutations';
import { agreementEditingInclude } from '../agreements/editing';
import { eventEditingInclude } from '../events/editing';
import { projectEditingInclude } from '../projects/editing';
import { partnerInputSchema } from '@/lib/schemas/partner';
import { agreementInputSchema } from '@/lib/schemas/agreement';
import { eventInputSchema } from '@/lib/schemas/event-input';
import { projectInputSchema } from '@/lib/schemas/project';
import { agreementFormValues, eventFormValues, partnerFormValues, projectFormValues } from '@/lib/forms/record-form-values';
import { formDataObject } from '@/lib/forms/form-data';
import { parseAgreementId } from '@/lib/agreements/permalink-id';
import { readTable, type Table } from '@/lib/import/read-table';
import { checkHeader, type ImportKind } from '@/lib/import/header';
import { ImportFileError } from '@/lib/import/import-file-error';
import { columnOfField, IMPORT_RULES, overlayRow, type RowError } from '@/lib/import/rows';
import type { ContentLocale } from '@/lib/i18n/localized';
import type { Prisma } from '@/lib/generated/prisma/client';

type Client = Prisma.TransactionClient;
export type ImportOptions = { kind: ImportKind; bytes: Uint8Array; locale: ContentLocale; publish: boolean; apply: boolean };
type RowOutcome = { row: number; key: string; outcome: 'create' | 'update' | 'unchanged' | 'error'; errors: RowError[] };
type ImportCounts = Record<'create' | 'update' | 'unchanged' | 'errors', number>;
export type ImportReport =
  | { ok: true; detected: Table['detected']; applied: boolean; rows: RowOutcome[]; counts: ImportCounts }
  | { ok: false; refused: Pick<ImportFileError, 'code' | 'detail' | 'message'> };

/** A record the file names, as its edit form's values: a row is laid over these. */
type Stored<Id> = { key: string; id: Id; version: number; trashed: boolean; values: Record<string, string> };

/** What the import needs of a record kind: its stored records by key, its form's schema, and its writes. */
type Store<Id, Input> = {
  load: (client: Client, keys: string[]) => Promise<Stored<Id>[]>;
  schema: z.ZodType<Input, unknown>;
  writes: {
    create: (tx: Client, actor: Actor, input: Input) => Promise<MutationOutcome<{ id: Id }>>;
    update: (tx: Client, actor: Actor, id: Id, version: number, input: Input) => Promise<MutationOutcome<{ version: number }>>;
  };
};

const stored = <Id>(key: string, row: { id: Id; version: number; deletedAt: Date | null }, values: Record<string, string>): Stored<Id> => ({
  key,
  id: row.id,
  version: row.version,
  trashed: row.deletedAt !== null,
  values,
});

const partners: Store<string, z.infer<typeof partnerInputSchema>> = {
  load: async (client, slugs) =>
    (await client.partner.findMany({ where: { slug: { in: slugs } }, include: { translations: true } })).map((p) => stored(p.slug, p, partnerFormValues(p))),
  schema: partnerInputSchema,
  writes: partnerWrites.inTransaction,
};

const agreements: Store<number, z.infer<typeof agreementInputSchema>> = {
  load: async (client, ids) =>
    (await client.agreement.findMany({ where: { id: { in: ids.map(Number) } }, include: agreementEditingInclude })).map((a) =>
      stored(String(a.id), a, agreementFormValues(a)),
    ),
  schema: agreementInputSchema,
  writes: agreementWrites.inTransaction,
};

const events: Store<number, z.infer<typeof eventInputSchema>> = {
  load: async (client, slugs) =>
    (await client.event.findMany({ where: { slug: { in: slugs } }, include: eventEditingInclude })).map((e) => stored(e.slug, e, eventFormValues(e))),
  schema: eventInputSchema,
  writes: eventWrites.inTransaction,
};

const projects: Store<number, z.infer<typeof projectInputSchema>> = {
  load: async (client, slugs) =>
    (await client.project.findMany({ where: { slug: { in: slugs } }, include: projectEditingInclude })).map((p) => stored(p.slug, p, projectFormValues(p))),
  schema: projectInputSchema,
  writes: projectWrites.inTransaction,
};

/** The form's values as the schema reads a posted form (nested by the dots in their names). */
function posted(values: Record<string, string>): Record<string, unknown> {
  const form = new FormData();
  for (const [name, value] of Object.entries(values)) form.append(name, value);
  return formDataObject(form);
}

/** Which record a row names: an agreement by the id in its permalink, the others by slug; '' for a new one. */
function rowKey(kind: ImportKind, cell: string): string | RowError {
  const text = cell.trim();
  if (kind !== 'agreements' || text === '') return text;
  const id = parseAgreementId(/\/agreements\/([^/?#]+)\/?(?:[?#].*)?$/.exec(text)?.[1] ?? '');
  return id === null ? { column: 'permalink', code: 'unknownRecord', value: text } : String(id);
}

type Planned<Id, Input> = RowOutcome & { write?: { input: Input; target: Stored<Id> | null } };

/** Each row's outcome, from the records as they stand: nothing is written. */
async function plan<Id, Input>(client: Client, store: Store<Id, Input>, table: Table, options: ImportOptions): Promise<Planned<Id, Input>[]> {
  const { kind } = options;
  const positions = checkHeader(kind, table.header);
  const keyColumn = IMPORT_RULES[kind].key;
  const cellsOf = (row: string[]) => new Map([...positions].map(([column, index]) => [column, row[index] ?? '']));
  const keys = table.rows.map((row) => rowKey(kind, row[positions.get(keyColumn)!] ?? ''));
  const named = keys.filter((key): key is string => typeof key === 'string' && key !== '');
  const records = new Map((await store.load(client, [...new Set(named)])).map((record) => [record.key, record]));
  const slugs = table.rows.flatMap((row) =>
    ['partnerSlug', 'partnerSlugs'].flatMap((column) => (positions.has(column) ? row[positions.get(column)!]!.split(';') : [])),
  );
  const partnerIds = new Map(
    (
      await client.partner.findMany({ where: { slug: { in: [...new Set(slugs.map((s) => s.trim()))] }, deletedAt: null }, select: { slug: true, id: true } })
    ).map((p) => [p.slug, p.id]),
  );
  const formulas = new Map(table.formulas.map((f) => [f.row, table.header[f.column] ?? null]));
  const seen = new Set<string>();

  return table.rows.map((row, index): Planned<Id, Input> => {
    const key = keys[index]!;
    const outcome = (errors: RowError[]) => ({ row: index + 2, key: typeof key === 'string' ? key : (key.value ?? ''), outcome: 'error' as const, errors });
    if (formulas.has(index)) return outcome([{ column: formulas.get(index) ?? null, code: 'formula' }]);
    if (typeof key !== 'string') return outcome([key]);
    // A cell past the header (an unquoted ; in a list, split by the spreadsheet) belongs to no column: refused, never dropped.
    if (row.slice(table.header.length).some((cell) => cell.trim() !== '')) return outcome([{ column: null, code: 'extraCells' }]);
    const target = key === '' ? null : (records.get(key) ?? null);
    if (key !== '' && seen.has(key)) return outcome([{ column: keyColumn, code: 'duplicateKey', value: key }]);
    seen.add(key);
    if (target?.trashed) return outcome([{ column: keyColumn, code: 'inTrash', value: key }]);
    if (!target && kind === 'agreements' && key !== '') return outcome([{ column: keyColumn, code: 'unknownRecord', value: key }]);
    const blank = { ...IMPORT_RULES[kind].blank, publicationStatus: options.publish ? 'published' : 'draft' };
    // The edit form posts every language's fields, blank where a language has no text: so does a stored record's here.
    const base = target ? { ...blank, ...target.values } : blank;
    const { values, errors } = overlayRow(kind, base, cellsOf(row), { locale: options.locale, partnerIds });
    if (errors.length > 0) return outcome(errors);
    const parsed = store.schema.safeParse(posted(values));
    if (!parsed.success) {
      return outcome(parsed.error.issues.map((issue) => ({ column: columnOfField(kind, issue.path.join('.')), code: issue.message })));
    }
    const result = { row: index + 2, key, errors: [], write: { input: parsed.data, target } };
    if (!target) return { ...result, outcome: 'create' };
    const before = store.schema.safeParse(posted(base));
    const same = before.success && JSON.stringify(before.data) === JSON.stringify(parsed.data);
    return same ? { ...result, outcome: 'unchanged', write: undefined } : { ...result, outcome: 'update' };
  });
}

/** A write the database refused while applying: the whole import is rolled back. */
class RowRefused extends Error {
  constructor(
    readonly index: number,
    readonly errors: RowError[],
  ) {
    super('import row refused');
  }
}

const refusalErrors = (kind: ImportKind, outcome: Exclude<MutationOutcome<unknown>, { ok: true }>): RowError[] =>
  outcome.error === 'invalid'
    ? Object.entries(outcome.fieldErrors).map(([path, code]) => ({ column: columnOfField(kind, path), code }))
    : [{ column: null, code: outcome.error }];

async function applyRows<Id, Input>(tx: Client, actor: Actor, store: Store<Id, Input>, kind: ImportKind, rows: Planned<Id, Input>[]) {
  for (const [index, row] of rows.entries()) {
    if (!row.write) continue;
    const { input, target } = row.write;
    const outcome = target ? await store.writes.update(tx, actor, target.id, target.version, input) : await store.writes.create(tx, actor, input);
    if (!outcome.ok) throw new RowRefused(index, refusalErrors(kind, outcome));
  }
}

const counted = (rows: RowOutcome[]): ImportCounts => ({
  create: rows.filter((r) => r.outcome === 'create').length,
  update: rows.filter((r) => r.outcome === 'update').length,
  unchanged: rows.filter((r) => r.outcome === 'unchanged').length,
  errors: rows.filter((r) => r.outcome === 'error').length,
});

// Applying thousands of rows in one transaction takes longer than Prisma's default 5 seconds.
const APPLY_TIMEOUT_MS = 10 * 60_000;

async function importWith<Id, Input>(actor: Actor, store: Store<Id, Input>, table: Table, options: ImportOptions): Promise<ImportReport> {
  const report = (planned: Planned<Id, Input>[], applied: boolean): ImportReport => {
    const rows = planned.map(({ write: _, ...row }) => row);
    return { ok: true, detected: table.detected, applied, rows, counts: counted(rows) };
  };
  if (!options.apply) return report(await plan(db(), store, table, options), false);
  try {
    // Planned again inside the transaction, so each update is saved over the version it was compared with.
    return await db().$transaction(
      async (tx) => {
        const planned = await plan(tx, store, table, options);
        if (planned.some((row) => row.outcome === 'error')) return report(planned, false);
        await applyRows(tx, actor, store, options.kind, planned);
        return report(planned, true);
      },
      { timeout: APPLY_TIMEOUT_MS },
    );
  } catch (error) {
    if (!(error instanceof RowRefused)) throw error;
    const planned = await plan(db(), store, table, options);
    planned[error.index] = { ...planned[error.index]!, outcome: 'error', errors: error.errors };
    return report(planned, false);
  }
}

async function runImport(actor: Actor, options: ImportOptions): Promise<ImportReport> {
  try {
    const table = readTable(options.bytes);
    switch (options.kind) {
      case 'partners':
        return await importWith(actor, partners, table, options);
      case 'agreements':
        return await importWith(actor, agreements, table, options);
      case 'events':
        return await importWith(actor, events, table, options);
      case 'projects':
        return await importWith(actor, projects, table, options);
    }
  } catch (error) {
    if (error instanceof ImportFileError) return { ok: false, refused: { code: error.code, detail: error.detail, message: error.message } };
    throw error;
  }
}

/**
 * A file of one record kind, row by row: a dry run says what each row would do (create, update,
 * unchanged or error, with the column), an apply does it in one transaction, each record audited as
 * its editor's save, or writes nothing when any row fails. New records are drafts unless `publish`.
 */
export async function importFile(headers: Headers, options: ImportOptions): Promise<ImportReport> {
  return runImport(await requireActor(headers, 'editor'), options);
}
/**
 * The command line's import (`npm run import`): whoever can reach the database is trusted, as with
 * `npm run admin:create`, and the audit log names the portal's first admin (docs/decisions/042).
 */
export async function importFileAsFirstAdmin(options: ImportOptions): Promise<ImportReport | { ok: false; noAdmin: true }> {
  const admin = await db().user.findFirst({
    where: { role: 'admin', disabledAt: null },
    orderBy: { createdAt: 'asc' },
    select: { id: true, email: true, name: true },
  });
  if (!admin) return { ok: false, noAdmin: true };
  return runImport({ ...admin, role: 'admin' }, options);
}
