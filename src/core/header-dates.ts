/**
 * Month headers typed as dates: a header cell holding an Excel date serial under a month format ('mmm yy',
 * '[$-D07041E]mmm yy', 'mmmm yyyy': no day) shows a month ("ต.ค. 67") and is read as that month's text, as if typed so.
 * A date that shows its day is a date (an as-of date, as-of.ts), not a month heading.
 */
import { cellFormat, type SheetGrid } from './grid';
import { BE_OFFSET, thaiMonthAbbrev } from './fiscal';

/** Excel's serial day 1 is 1 January 1900; serials from 1 Jan 1990 to 31 Dec 2100 are taken for dates. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const SERIAL_MIN = 32_874;
const SERIAL_MAX = 73_415;

/** A format that shows a month and a year and no day: month and year codes outside brackets and quotes, no digit placeholder. */
export function isMonthFormat(format: string): boolean {
  const codes = format.replace(/\[[^\]]*\]|"[^"]*"|\\./g, '');
  return /m/i.test(codes) && /[yb]/i.test(codes) && !/[d0#?%]/i.test(codes);
}

/** The month a date-formatted header cell shows, as staff type it ('ต.ค. 67', the year in Buddhist era), or null. */
export function headerDateText(sheet: SheetGrid, row: number, col: number): string | null {
  const v = sheet.values[row]?.[col];
  if (typeof v !== 'number' || v < SERIAL_MIN || v > SERIAL_MAX) return null;
  const format = cellFormat(sheet, row, col);
  if (!format || !isMonthFormat(format)) return null;
  const d = new Date(EXCEL_EPOCH_MS + Math.floor(v) * 86_400_000);
  return `${thaiMonthAbbrev(d.getUTCMonth() + 1)} ${String((d.getUTCFullYear() + BE_OFFSET) % 100).padStart(2, '0')}`;
}
