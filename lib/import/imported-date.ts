import { parsePartialDate, type PartialDate } from '@/lib/dates/partial-date';

const DOTTED = /^(?:(\d{1,2})\.)?(\d{1,2})\.(\d{4})$/;

/**
 * A date cell as cities' spreadsheets write it, at the precision it was given: "15.03.2022" a day,
 * "03.2022" a month, "2017" a year (never 1 January), besides the export's own "2022-03-15".
 */
export function parseImportedDate(text: string): PartialDate | null {
  const trimmed = text.trim();
  const dotted = DOTTED.exec(trimmed);
  if (!dotted) return parsePartialDate(trimmed);
  const [, day, month, year] = dotted;
  const pad = (n: string) => n.padStart(2, '0');
  return parsePartialDate(day ? `${year}-${pad(month!)}-${pad(day)}` : `${year}-${pad(month!)}`);
}
