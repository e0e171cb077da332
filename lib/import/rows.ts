import { formatPartialDateIso, type DatePrecision } from '@/lib/dates/partial-date';
import type { ContentLocale } from '@/lib/i18n/localized';
import { FALLBACK_COLUMN } from '@/lib/open-data/csv';
import { parseImportedDate } from './imported-date';
import type { ImportKind } from './header';

/**
 * How an export column is written back: into the record's edit form, whose field values (the
 * names the form posts) the row overlays, so the form's own schema checks the result like any save.
 * An export column without a rule (an address, a partner's name beside its slug, a document's hash)
 * is derived from other data and is not read back.
 */
type ColumnRule =
  | { rule: 'field'; field: string }
  /** The text of the import's language: `translations.<locale>.<field>`. */
  | { rule: 'text'; field: string }
  /** A date with the precision the export writes beside it: "2022-03" + "month". */
  | { rule: 'date'; field: string; precision: string }
  /** A `;` list written as the form's ticked boxes (`themes.education`). */
  | { rule: 'ticked'; field: string }
  /** A partner's slug, written as its id (the form's pick). */
  | { rule: 'partner'; field: string }
  /** A `;` list of partners' slugs, written as their ids' ticked boxes. */
  | { rule: 'partners'; field: string };

type KindRules = {
  /** The column that says which record a row is: a permalink for agreements, a slug for the others. */
  key: string;
  columns: Record<string, ColumnRule>;
  /** A new record's form before its row is laid over it: every field blank but those with a default. */
  blank: Record<string, string>;
};

const LOCALES = ['ru', 'kk', 'en'] as const;
const blankTexts = (fields: readonly string[]) => Object.fromEntries(LOCALES.flatMap((l) => fields.map((f) => [`translations.${l}.${f}`, ''])));
const blankFields = (fields: readonly string[]) => Object.fromEntries(fields.map((f) => [f, '']));

const field = (name: string): ColumnRule => ({ rule: 'field', field: name });
const text = (name: string): ColumnRule => ({ rule: 'text', field: name });

export const IMPORT_RULES: Record<ImportKind, KindRules> = {
  partners: {
    key: 'slug',
    columns: {
      slug: field('slug'),
      name: text('name'),
      regionName: text('regionName'),
      kind: field('kind'),
      status: field('status'),
      countryCode: field('countryCode'),
    },
    blank: {
      ...blankFields(['slug', 'kind', 'countryCode', 'latitude', 'longitude', 'foundedYear', 'population', 'populationYear', 'areaKm2', 'areaYear']),
      ...blankFields(['timeZone', 'websiteUrl', 'publishAt']),
      status: 'active',
      ...blankTexts(['name', 'regionName', 'about']),
    },
  },
  agreements: {
    key: 'permalink',
    columns: {
      type: field('type'),
      title: text('title'),
      partnerSlug: { rule: 'partner', field: 'partnerId' },
      signedDate: { rule: 'date', field: 'signedOn', precision: 'signedPrecision' },
      status: field('status'),
      place: text('place'),
      signatories: text('signatories'),
      textLanguages: { rule: 'ticked', field: 'textLanguages' },
    },
    blank: {
      ...blankFields(['partnerId', 'type', 'status', 'signedOn', 'sourceId', 'documentId', 'publishAt']),
      ...blankTexts(['title', 'place', 'signatories', 'note']),
    },
  },
  events: {
    key: 'slug',
    columns: {
      slug: field('slug'),
      title: text('title'),
      category: field('category'),
      format: field('format'),
      startDate: { rule: 'date', field: 'start', precision: 'startPrecision' },
      endDate: { rule: 'date', field: 'end', precision: 'endPrecision' },
      location: text('location'),
      partnerSlugs: { rule: 'partners', field: 'partners' },
    },
    blank: { ...blankFields(['slug', 'category', 'format', 'projectId', 'start', 'end', 'publishAt']), ...blankTexts(['title', 'body', 'location']) },
  },
  projects: {
    key: 'slug',
    columns: {
      slug: field('slug'),
      title: text('title'),
      summary: text('summary'),
      themes: { rule: 'ticked', field: 'themes' },
      status: field('status'),
      startDate: { rule: 'date', field: 'start', precision: 'startPrecision' },
      endDate: { rule: 'date', field: 'end', precision: 'endPrecision' },
      partnerSlugs: { rule: 'partners', field: 'partners' },
    },
    blank: { ...blankFields(['slug', 'status', 'start', 'end', 'publishAt']), ...blankTexts(['title', 'summary', 'outcomes']) },
  },
};

/** Why a row cannot be imported: the column (null when the form's rule spans no column of the file) and an `AdminImport.errors` or `AdminForm.errors` key. */
export type RowError = { column: string | null; code: string; value?: string };

const PRECISION_RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };
const isPrecision = (value: string): value is DatePrecision => value in PRECISION_RANK;
const list = (cell: string) =>
  cell
    .split(';')
    .map((item) => item.trim())
    .filter(Boolean);

/**
 * A date cell as the form writes it, at the precision of its precision column when there is one:
 * Excel turns the export's "2022-03" into 01.03.2022, which "month" brings back to March 2022.
 */
function dateValue(cell: string, precisionCell: string | undefined, column: string, precisionColumn: string): string | RowError {
  if (cell.trim() === '') return '';
  const parsed = parseImportedDate(cell);
  if (!parsed) return { column, code: 'partialDate', value: cell };
  const precision = precisionCell?.trim() ?? '';
  if (precision === '') return formatPartialDateIso(parsed);
  if (!isPrecision(precision) || PRECISION_RANK[precision] > PRECISION_RANK[parsed.precision])
    return { column: precisionColumn, code: 'precision', value: precision };
  return formatPartialDateIso({ date: parsed.date, precision });
}

/**
 * A row laid over a record's form values: each column the file has and the import may write, in
 * the import's language. A text column the row's `fallbackToRussian` lists was exported in Russian
 * for want of this language's text, so it is left as it is: an export re-imports unchanged.
 */
export function overlayRow(
  kind: ImportKind,
  base: Readonly<Record<string, string>>,
  cells: ReadonlyMap<string, string>,
  context: { locale: ContentLocale; partnerIds: ReadonlyMap<string, string> },
): { values: Record<string, string>; errors: RowError[] } {
  const values = { ...base };
  const errors: RowError[] = [];
  const fallbacks = new Set(list(cells.get(FALLBACK_COLUMN) ?? ''));
  // The same boxes in another order are no change: the record's own order (of its partners) is kept.
  const tick = (name: string, keys: readonly string[]) => {
    const ticked = Object.keys(values).filter((key) => key.startsWith(`${name}.`));
    const wanted = new Set(keys.map((key) => `${name}.${key}`));
    if (ticked.length === wanted.size && ticked.every((key) => wanted.has(key))) return;
    for (const key of ticked) delete values[key];
    for (const key of [...wanted].sort()) values[key] = 'on';
  };
  const partnerId = (column: string, slug: string) => {
    const id = context.partnerIds.get(slug);
    if (id === undefined) errors.push({ column, code: 'unknownPartner', value: slug });
    return id ?? '';
  };
  for (const [column, cell] of cells) {
    const rule = IMPORT_RULES[kind].columns[column];
    if (!rule) continue;
    switch (rule.rule) {
      case 'field':
        values[rule.field] = cell.trim();
        break;
      case 'text':
        if (!fallbacks.has(column)) values[`translations.${context.locale}.${rule.field}`] = cell;
        break;
      case 'date': {
        const value = dateValue(cell, cells.get(rule.precision), column, rule.precision);
        if (typeof value === 'string') values[rule.field] = value;
        else errors.push(value);
        break;
      }
      case 'ticked':
        tick(rule.field, list(cell));
        break;
      case 'partner':
        values[rule.field] = cell.trim() === '' ? '' : partnerId(column, cell.trim());
        break;
      case 'partners':
        tick(
          rule.field,
          list(cell).map((slug) => partnerId(column, slug)),
        );
        break;
    }
  }
  return { values, errors };
}

/** The column a form field's error belongs to (`translations.kk.title` → title, `start` → startDate), or null. */
export function columnOfField(kind: ImportKind, path: string): string | null {
  const [head, , textField] = path.split('.');
  for (const [column, rule] of Object.entries(IMPORT_RULES[kind].columns)) {
    if (rule.rule === 'text' ? head === 'translations' && textField === rule.field : head === rule.field) return column;
  }
  return null;
}
