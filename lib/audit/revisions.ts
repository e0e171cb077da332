import type { AuditRecord, AuditValue, FieldChanges } from './field-changes';
import { auditValue } from './field-changes';

/** A record's fields in one saved version, as the audit log stores values; a field absent is null. */
export type VersionFields = Record<string, AuditValue>;

const LOCALES = ['ru', 'kk', 'en'] as const;
type Locale = (typeof LOCALES)[number];
const BOOKKEEPING = ['version', 'updatedAt'];

function withValues(fields: VersionFields, changes: FieldChanges, side: 'before' | 'after'): VersionFields {
  const next = { ...fields };
  for (const [field, change] of Object.entries(changes)) {
    if (change[side] === null) delete next[field];
    else next[field] = change[side];
  }
  return next;
}

/**
 * The record as it stood after each of its audit entries (oldest first), rebuilt backwards from the
 * record as it is now, undoing each entry's changes in turn; and as it stood before the first one
 * (`earliest`: what a seed wrote, or nothing before a creation). Backwards, because seeded records
 * have no creation entry to start from (docs/decisions/039).
 */
export function rebuildVersions<Entry extends { changes: FieldChanges }>(
  current: AuditRecord,
  entries: readonly Entry[],
): { versions: (Entry & { fields: VersionFields })[]; earliest: VersionFields } {
  let state: VersionFields = {};
  for (const [field, value] of Object.entries(current)) {
    const stored = auditValue(value);
    if (stored !== null && !BOOKKEEPING.includes(field)) state[field] = stored;
  }
  const versions: (Entry & { fields: VersionFields })[] = [];
  for (const entry of [...entries].reverse()) {
    versions.unshift({ ...entry, fields: state });
    state = withValues(state, entry.changes, 'before');
  }
  return { versions, earliest: state };
}

type ComparedCell = { locale: Locale | null; before: AuditValue; after: AuditValue; changed: boolean };
export type ComparedField = { field: string; changed: boolean; cells: ComparedCell[] };

/** A snapshot key of a translated field ('name.en') as its field and language. */
function splitKey(key: string): { field: string; locale: Locale | null } {
  const dot = key.lastIndexOf('.');
  const locale = LOCALES.find((candidate) => candidate === key.slice(dot + 1));
  return dot > 0 && locale ? { field: key.slice(0, dot), locale } : { field: key, locale: null };
}

/**
 * Two versions field by field, every field of either one, in name order: a translated field as one
 * row with a cell for each of ru, kk and en (side by side even where a language is missing).
 */
export function compareVersions(before: VersionFields, after: VersionFields): ComparedField[] {
  const translated = new Map<string, boolean>();
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const { field, locale } = splitKey(key);
    translated.set(field, locale !== null);
  }
  return [...translated.keys()].sort().map((field) => {
    const keys = translated.get(field) ? LOCALES.map((locale) => ({ locale, key: `${field}.${locale}` })) : [{ locale: null, key: field }];
    const cells = keys.map(({ locale, key }) => {
      const [b, a] = [before[key] ?? null, after[key] ?? null];
      return { locale, before: b, after: a, changed: b !== a };
    });
    return { field, changed: cells.some((cell) => cell.changed), cells };
  });
}

/**
 * A version as its record's edit form posts it (every value as text, blank for none, the texts of
 * each language together), so restoring it goes through the form's own schema like any save.
 */
export function formFromVersion(fields: VersionFields, form: { fields: readonly string[]; translated: readonly string[] }) {
  const text = (value: AuditValue | undefined) => (value === null || value === undefined ? '' : String(value));
  const texts = (locale: Locale) => Object.fromEntries(form.translated.map((field) => [field, text(fields[`${field}.${locale}`])]));
  return {
    ...Object.fromEntries(form.fields.map((field) => [field, text(fields[field])])),
    translations: { ru: texts('ru'), kk: texts('kk'), en: texts('en') },
  };
}
