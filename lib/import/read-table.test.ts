import { deflateRawSync } from 'node:zlib';
import { utils, write } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { agreementsCsv, CSV_HEADERS } from '@/lib/open-data/csv';
import type { AgreementSummaryPayload } from '@/lib/schemas/open-data/agreements';
import { ImportFileError } from './import-file-error';
import { MAX_IMPORT_BYTES, readTable } from './read-table';

/** Windows-1251 bytes of Cyrillic and ASCII text, as Russian Excel saves "CSV (разделители — точка с запятой)". */
function cp1251(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => {
    const code = char.codePointAt(0)!;
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    throw new Error(`no 1251 byte for ${char}`);
  });
}

const utf8 = (text: string) => new TextEncoder().encode(text);

function refusal(run: () => unknown): ImportFileError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
  throw new Error('not refused');
}

function xlsx(rows: unknown[][], formats: Record<string, string> = {}): Uint8Array {
  const sheet = utils.aoa_to_sheet(rows);
  for (const [address, format] of Object.entries(formats)) sheet[address]!.z = format;
  const book = utils.book_new(sheet, 'Лист1');
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}

describe('readTable on CSV', () => {
  it('reads a Windows-1251 file with ; separators, saying so, and keeps dd.mm.yyyy text for the date check', () => {
    const table = readTable(cp1251('slug;title;startDate\r\nforum;Форум городов-побратимов;15.03.2022\r\nfest;Фестиваль;2017\r\n'));
    expect(table.detected).toEqual({ format: 'csv', encoding: 'windows-1251', separator: ';' });
    expect(table.header).toEqual(['slug', 'title', 'startDate']);
    expect(table.rows).toEqual([
      ['forum', 'Форум городов-побратимов', '15.03.2022'],
      ['fest', 'Фестиваль', '2017'],
    ]);
  });
  it('tells UTF-8 with a BOM, commas and tabs apart', () => {
    expect(readTable(utf8('\uFEFFslug,title\nа,"б; в"\n')).detected).toEqual({ format: 'csv', encoding: 'utf-8-bom', separator: ',' });
    const tabbed = readTable(utf8('slug\ttitle\nа\tб, в\n'));
    expect(tabbed.detected).toEqual({ format: 'csv', encoding: 'utf-8', separator: '\t' });
    expect(tabbed.rows).toEqual([['а', 'б, в']]);
  });
  it('reads an export back unchanged: its header, quoted line breaks, and text it had made inert', () => {
    const agreement: AgreementSummaryPayload = {
      id: 7,
      url: 'https://x.org/api/v1/agreements/7?locale=ru',
      permalink: 'https://x.org/ru/agreements/7',
      type: 'twinning',
      title: { text: '=Соглашение; "побратимы"', lang: 'ru', fallback: false },
      partner: { slug: 'izmir', url: 'https://x.org/api/v1/partners/izmir', name: { text: 'Измир', lang: 'ru', fallback: false }, countryCode: 'TR' },
      signed: { date: '2019-10', precision: 'month' },
      status: null,
      place: { text: 'Шымкент\nгород', lang: 'ru', fallback: false },
      signatories: null,
      textLanguages: ['ru', 'tr'],
      source: null,
      document: null,
      updatedAt: '2026-11-20T10:00:00.000Z',
    };
    const table = readTable(utf8(agreementsCsv([agreement])));
    expect(table.header).toEqual(CSV_HEADERS.agreements);
    const row = Object.fromEntries(table.header.map((column, i) => [column, table.rows[0]![i]]));
    expect(row).toMatchObject({ title: '=Соглашение; "побратимы"', place: 'Шымкент\nгород', signedDate: '2019-10', signedPrecision: 'month', status: '' });
  });
});

describe('readTable on XLSX', () => {
  it('turns date serials into ISO dates at the precision of their format, and reads a year as text, never 1 January', () => {
    const table = readTable(
      xlsx(
        [
          ['slug', 'startDate', 'endDate', 'signed'],
          ['forum', 44635, 44621, 2017],
        ],
        { B2: 'dd.mm.yyyy', C2: 'mm.yyyy' },
      ),
    );
    expect(table.detected).toEqual({ format: 'xlsx' });
    expect(table.rows).toEqual([['forum', '2022-03-15', '2022-03', '2017']]);
  });
  it('reads a formula as its text, never its result, and says where it is', () => {
    const sheet = utils.aoa_to_sheet([
      ['slug', 'title'],
      ['forum', 'x'],
    ]);
    sheet.B2 = { t: 'n', f: 'HYPERLINK("http://evil.example")', v: 3 };
    const bytes = new Uint8Array(write(utils.book_new(sheet), { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const table = readTable(bytes);
    expect(table.rows).toEqual([['forum', '=HYPERLINK("http://evil.example")']]);
    expect(table.formulas).toEqual([{ row: 0, column: 1 }]);
  });
});

describe('readTable refuses a bad file before reading its rows', () => {
  it('100,000 rows of CSV or XLSX', () => {
    const csv = utf8('slug;title\r\n' + 'a;b\r\n'.repeat(100_000));
    expect(refusal(() => readTable(csv))).toMatchObject({ code: 'too-many-rows', detail: { limit: 10_000 } });
    const sheet = xlsx([['slug'], ...Array.from({ length: 100_000 }, (_, i) => [`s${i}`])]);
    expect(refusal(() => readTable(sheet)).code).toBe('too-many-rows');
  });
  it('an XLSX that would inflate past 100 MB (a zip bomb), before inflating it', () => {
    // One entry of 200 MB of zeros, deflated to about 200 kB: a local header, the data, the central directory and its end.
    const size = 200 * 1024 * 1024;
    const data = deflateRawSync(Buffer.alloc(size));
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 8);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(central.length + name.length, 12);
    end.writeUInt32LE(local.length + name.length + data.length, 16);
    const bomb = new Uint8Array(Buffer.concat([local, name, data, central, name, end]));
    expect(bomb.length).toBeLessThan(MAX_IMPORT_BYTES);
    expect(refusal(() => readTable(bomb)).code).toBe('too-large');
  });
  it('a file over the size limit', () => {
    expect(refusal(() => readTable(new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61))).code).toBe('too-large');
  });
  it('binary junk, a broken XLSX and an empty file', () => {
    const junk = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
    expect(refusal(() => readTable(junk)).code).toBe('not-a-table');
    expect(refusal(() => readTable(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).code).toBe('not-a-table');
    expect(refusal(() => readTable(utf8('\r\n ; \r\n'))).code).toBe('empty');
  });
});
