/**
 * A cell as staff see it: a number in a cell formatted as a percentage ('0.00%') is a fraction, 0.9605 showing
 * 96.05 % and meaning 96.05 (DOMAIN.md, "Numbers as staff type them"). parsed-grid.ts reads every figure through here.
 */
import { type CellValue, type SheetGrid } from './grid';

/** A number format that multiplies by 100: a '%' outside quotes and brackets ('0.00%', '[$-D01041E]0%'). */
export function isPercentFormat(format: string | null | undefined): boolean {
  if (!format || format.indexOf('%') < 0) return false;
  // A workbook has a few formats with a '%' (columns alternate between them): each is read once.
  let known = percentFormats.get(format);
  if (known === undefined) {
    known = /%/.test(format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ''));
    if (percentFormats.size >= 1_000) percentFormats.clear(); // bounded, as cell-grammar's
    percentFormats.set(format, known);
  }
  return known;
}

const percentFormats = new Map<string, boolean>();

/** The fraction a %-formatted cell holds as the percent it shows: 0.9605 → 96.05 (not 96.05000000000001). */
export function fractionToPercent(v: number): number {
  return Number((v * 100).toPrecision(15));
}

/** The percent written into a %-formatted cell as its fraction: 101.05 → 1.0105. */
export function percentToFraction(v: number): number {
  return Number((v / 100).toPrecision(15));
}

/** The value at `row`, `col` as a figure: a %-formatted number read as the percent it shows. */
export function figureValueAt(sheet: SheetGrid, row: number, col: number): CellValue {
  const r = sheet.values[row];
  const v = r ? r[col] : undefined;
  if (typeof v !== 'number') return v === undefined ? null : v; // as cellValue
  // A number's format, looked up only for a number ('General' has no '%', as cellFormat's null).
  const formats = sheet.formats?.[row];
  return formats && Number.isFinite(v) && isPercentFormat(formats[col]) ? fractionToPercent(v) : v;
}
