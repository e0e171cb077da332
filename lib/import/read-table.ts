import { parse } from 'csv-parse/sync';
import { read, SSF, utils, type CellObject, type WorkSheet } from '@e965/xlsx';
import { ImportFileError } from './import-file-error';

/** Above these a file is refused before it is parsed: a press office's register is a few thousand rows. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
const MAX_IMPORT_ROWS = 10_000;
/** What an XLSX may inflate to: a 10,000-row sheet is a few tens of MB of XML; a "zip bomb" is gigabytes. */
const MAX_INFLATED_BYTES = 100 * 1024 * 1024;

type Separator = ';' | ',' | '\t';
type Cell = { text: string; formula?: true };
type Detected = { format: 'xlsx' } | { format: 'csv'; encoding: 'utf-8' | 'utf-8-bom' | 'windows-1251'; separator: Separator };
/** `formulas` lists the XLSX cells holding a formula (row index in `rows`, column index), whose text the rows carry. */
export type Table = { detected: Detected; header: string[]; rows: string[][]; formulas: { row: number; column: number }[] };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
// A text table holds no control characters but tab and line breaks (C1 ones come from bytes Windows-1251 leaves undefined).
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** A CSV or XLSX file's bytes as a header and rows of strings, saying which format, encoding and separator were found. */
export function readTable(bytes: Uint8Array): Table {
  if (bytes.length > MAX_IMPORT_BYTES) throw new ImportFileError('too-large', { limit: MAX_IMPORT_BYTES });
  const zip = ZIP.every((b, i) => bytes[i] === b);
  if (zip && (inflatedSize(bytes) ?? 0) > MAX_INFLATED_BYTES) throw new ImportFileError('too-large', { limit: MAX_IMPORT_BYTES });
  const { detected, cells } = zip ? readXlsx(bytes) : readCsv(bytes);
  const nonEmpty = cells.filter((row) => row.some((cell) => cell.text.trim() !== ''));
  const [header, ...rows] = nonEmpty;
  if (!header) throw new ImportFileError('empty');
  const formulas = rows.flatMap((row, r) => row.flatMap((cell, column) => (cell.formula ? [{ row: r, column }] : [])));
  return { detected, header: header.map((cell) => cell.text.trim()), rows: rows.map((row) => row.map((cell) => cell.text)), formulas };
}

function readCsv(bytes: Uint8Array) {
  // Counting line breaks is cheap and an upper bound of the records, so a huge file is refused unparsed.
  let lines = 0;
  for (const byte of bytes) if (byte === 0x0a && ++lines > MAX_IMPORT_ROWS) throw new ImportFileError('too-many-rows', { limit: MAX_IMPORT_ROWS });
  const { text, encoding } = decode(bytes);
  if (CONTROL.test(text)) throw new ImportFileError('not-a-table');
  const separator = detectSeparator(text);
  let cells: string[][];
  try {
    cells = parse(text, { delimiter: separator, relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch {
    throw new ImportFileError('not-a-table');
  }
  return { detected: { format: 'csv', encoding, separator } as const, cells: cells.map((row) => row.map((cell): Cell => ({ text: unInert(cell) }))) };
}

/** Excel saves CSV in the system's code page (Windows-1251 for Russian and Kazakh) unless told "UTF-8": a text that is not valid UTF-8 is taken as 1251. */
function decode(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'utf-8-bom' | 'windows-1251' } {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1251').decode(bytes), encoding: 'windows-1251' };
  }
}

/** The separator that occurs most often outside quotes in the header line; `;` wins ties, as Russian Excel writes it. */
function detectSeparator(text: string): Separator {
  const counts: Record<Separator, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char in counts) counts[char as Separator]++;
  }
  return (Object.keys(counts) as Separator[]).reduce((best, s) => (counts[s] > counts[best] ? s : best));
}

/** The export prefixes an apostrophe to text a spreadsheet would run as a formula; re-importing takes it off again. */
const unInert = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

/**
 * The sum of the sizes a ZIP's central directory gives its entries once inflated, read before any
 * entry is: SheetJS inflates whole entries in memory. A ZIP64 entry (over 4 GB) counts as infinite;
 * no readable directory gives null, and SheetJS then refuses the file as no table. (Sizes that lie
 * are caught by nothing here: SheetJS's own inflater has no limit.)
 */
function inflatedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: 22 bytes plus a comment of up to 64 KB, at the very end.
  for (let end = bytes.length - 22; end >= Math.max(0, bytes.length - 22 - 0xffff); end--) {
    if (view.getUint32(end, true) !== 0x06054b50) continue;
    const entries = view.getUint16(end + 10, true);
    let offset = view.getUint32(end + 16, true);
    let total = 0;
    for (let i = 0; i < entries; i++) {
      if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return null;
      const size = view.getUint32(offset + 24, true);
      if (size === 0xffffffff) return Infinity;
      total += size;
      offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
    }
    return total;
  }
  return null;
}

function readXlsx(bytes: Uint8Array) {
  let sheet: WorkSheet | undefined;
  let date1904 = false;
  try {
    // sheetRows stops the parser one row past the limit, so a huge sheet costs no more than a refused one.
    const book = read(bytes, { type: 'array', cellFormula: true, cellNF: true, cellDates: false, sheetRows: MAX_IMPORT_ROWS + 2 });
    date1904 = Boolean(book.Workbook?.WBProps?.date1904);
    sheet = book.Sheets[book.SheetNames[0] ?? ''];
  } catch {
    throw new ImportFileError('not-a-table');
  }
  if (!sheet) throw new ImportFileError('not-a-table');
  const range = utils.decode_range(sheet['!ref'] ?? 'A1:A1');
  if (range.e.r - range.s.r > MAX_IMPORT_ROWS) throw new ImportFileError('too-many-rows', { limit: MAX_IMPORT_ROWS });
  const cells: Cell[][] = [];
  for (let r = range.s.r; r <= range.e.r; r++) {
    const row: Cell[] = [];
    for (let c = range.s.c; c <= range.e.c; c++) row.push(xlsxCell(sheet[utils.encode_cell({ r, c })] as CellObject | undefined, date1904));
    cells.push(row);
  }
  return { detected: { format: 'xlsx' } as const, cells };
}

function xlsxCell(cell: CellObject | undefined, date1904: boolean): Cell {
  if (!cell) return { text: '' };
  // A formula is read as its text, never evaluated nor taken from its cached result, and marked so the rows check can refuse it.
  if (cell.f) return { text: `=${cell.f}`, formula: true };
  if (cell.t === 'n' && typeof cell.v === 'number' && typeof cell.z === 'string' && SSF.is_date(cell.z)) return { text: serialDate(cell.v, cell.z, date1904) };
  if (cell.t === 'b') return { text: cell.v ? 'TRUE' : 'FALSE' };
  return { text: cell.v === undefined ? '' : String(cell.v) };
}

/** A date serial as ISO text, at the precision its number format shows: "mm.yyyy" is a month, not its first day. */
function serialDate(serial: number, format: string, date1904: boolean): string {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const iso = new Date(epoch + Math.round(serial * 86_400_000)).toISOString();
  const tokens = format.replace(/"[^"]*"|\[[^\]]*\]/g, '').toLowerCase();
  return tokens.includes('d') ? iso.slice(0, 10) : tokens.includes('m') ? iso.slice(0, 7) : iso.slice(0, 4);
}
