/** How a table writes its numbers: Thai-digit text, Arabic text, or numbers with a number format. */
import type { DetectedTable } from './detect-tables';
import { cellFormat, cellValue, type SheetGrid } from './grid';
import { cellParsed } from './parsed-grid';
import { isThaiDigitFormat } from './thai-digits';
import type { DigitStyle } from './types';

export interface TableStyle {
  /** Text tables: staff type numbers as text. */
  text: boolean;
  digits: DigitStyle;
  /** Set for a row that types Thai-digit text: every output cell of it is written in Thai digits. */
  rowDigits?: DigitStyle;
}

const thaiRows = new WeakMap<TableStyle, TableStyle>();

/** The table's style for a row that types Thai digits (made once per table). */
export function thaiRowStyle(style: TableStyle): TableStyle {
  let s = thaiRows.get(style);
  if (!s) thaiRows.set(style, (s = { ...style, rowDigits: 'thai' }));
  return s;
}

/** How many data rows past a table's first tell its style (format-needs.ts reads their formats). */
export const STYLE_SAMPLE_ROWS = 500;

/** Looks at the table's figures: mostly text or numbers, Thai or Arabic digits (by text or by number format). */
export function tableStyle(table: DetectedTable): TableStyle {
  const { sheet } = table;
  let textNumbers = 0;
  let realNumbers = 0;
  let thai = 0;
  let arabic = 0;
  // The first rows tell the style; a table does not change how it types numbers half way down.
  const last = Math.min(table.lastRow, table.firstRow + STYLE_SAMPLE_ROWS);
  for (let r = table.firstRow; r <= last; r++) {
    for (let c = table.left; c <= table.right; c++) {
      const v = cellValue(sheet, r, c);
      if (typeof v === 'number') {
        realNumbers++;
        if (isThaiDigitFormat(cellFormat(sheet, r, c))) thai++;
        else arabic++;
      } else if (typeof v === 'string') {
        const p = cellParsed(sheet, r, c);
        if (p.kind !== 'number' && p.kind !== 'level') continue;
        textNumbers++;
        if (p.thaiDigits) thai++;
        else arabic++;
      }
    }
  }
  return { text: textNumbers > realNumbers, digits: thai > arabic ? 'thai' : 'arabic' };
}

/** The digits an existing cell shows, if it shows any. */
export function cellDigits(sheet: SheetGrid, row: number, col: number): DigitStyle | null {
  const v = cellValue(sheet, row, col);
  if (typeof v === 'number') return isThaiDigitFormat(cellFormat(sheet, row, col)) ? 'thai' : 'arabic';
  if (typeof v === 'string' && /[0-9๐-๙]/.test(v)) return /[๐-๙]/.test(v) ? 'thai' : 'arabic';
  return null;
}
