/**
 * Month headers typed as dates: a header cell holding an Excel date serial under a month format ('mmm yy',
 * '[$-D07041E]mmm yy', 'mmmm yyyy': no day) shows a month ("ต.ค. 67") and is read as that month's text, as if typed so.
 * A date that shows its day is a date (an as-of date, as-of.ts), not a month heading.
 */
import { cellFormat, type SheetGrid } from './grid';
import { isDateSerial, serialDate, thaiMonthAbbrev } from './fiscal';

/** A format that shows a month and a year and no day: month and year codes outside brackets and quotes, no digit placeholder. */
export function isMonthFormat(format: string): boolean {
  const codes = format.replace(/\[[^\]]*\]|"[^"]*"|\\./g, '');
  return /m/i.test(codes) && /[yb]/i.test(codes) && !/[d0#?%]/i.test(codes);
}

/** The month a date-formatted header cell shows, as staff type it ('ต.ค. 67', the year in Buddhist era), or null. */
export function headerDateText(sheet: SheetGrid, row: number, col: number): string | null {
  const v = sheet.values[row]?.[col];
  if (typeof v !== 'number' || !isDateSerial(v)) return null;
  const format = cellFormat(sheet, row, col);
  if (!format || !isMonthFormat(format)) return null;
  const date = serialDate(v)!;
  return `${thaiMonthAbbrev(date.month)} ${String(date.year % 100).padStart(2, '0')}`;
}
