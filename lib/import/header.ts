import { CSV_HEADERS } from '@/lib/open-data/csv';
import { ImportFileError } from './import-file-error';

export type ImportKind = keyof typeof CSV_HEADERS;

// The column a row is matched on, and the one no record goes without; the other export columns may be left out.
const REQUIRED: Record<ImportKind, readonly string[]> = {
  partners: ['slug', 'name'],
  agreements: ['permalink', 'title'],
  events: ['slug', 'title'],
  projects: ['slug', 'title'],
};

/** The kind whose export has every column of this header (the closest one when several do), or null. */
export function kindOfHeader(header: readonly string[]): ImportKind | null {
  let best: { kind: ImportKind; extra: number } | null = null;
  for (const kind of Object.keys(CSV_HEADERS) as ImportKind[]) {
    const known: readonly string[] = CSV_HEADERS[kind];
    if (!header.every((column) => known.includes(column))) continue;
    const extra = known.length - header.length;
    if (!best || extra < best.extra) best = { kind, extra };
  }
  return best?.kind ?? null;
}

/** Each column's position by its export name; refuses a column the export of this kind does not have, a repeated one or a missing required one, naming it. */
export function checkHeader(kind: ImportKind, header: readonly string[]): Map<string, number> {
  const known: readonly string[] = CSV_HEADERS[kind];
  const positions = new Map<string, number>();
  header.forEach((column, index) => {
    if (!known.includes(column)) throw new ImportFileError('unknown-column', { column });
    if (positions.has(column)) throw new ImportFileError('duplicate-column', { column });
    positions.set(column, index);
  });
  const missing = REQUIRED[kind].find((column) => !positions.has(column));
  if (missing) throw new ImportFileError('missing-column', { column: missing });
  return positions;
}
