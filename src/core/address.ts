/**
 * A1 addresses, parsed and printed here and nowhere else: 'F13', 'A2:J35', 'A:A', '3:5', "'ตาราง 1'!$A$1",
 * RangeAreas lists ("S!A1:B2, 'a,b'!C3"). Rows and columns are 0-based in a CellRange; A1 is row 0, column 0.
 */
import type { CellRange } from './grid';

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** 'A' for column 0, 'AA' for 26. */
export function columnLetters(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0 for 'A', 26 for 'AA' (either case). */
export function columnIndex(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

/** 'F13' for row 12, column 5. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** 'A1:B2', always with both corners. */
export function rangeAddress(r: CellRange): string {
  return `${cellAddress(r.top, r.left)}:${cellAddress(r.bottom, r.right)}`;
}

/** 'A1' for one cell, 'A1:B2' for more: as Excel writes an address. */
export function a1(r: CellRange): string {
  if (r.top === r.bottom && r.left === r.right) return cellAddress(r.top, r.left);
  return rangeAddress(r);
}

/** The sheet part of an address: quoted unless it is plain letters, digits and underscores. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function sheetA1(sheet: string, r: CellRange): string {
  return `${quoteSheet(sheet)}!${a1(r)}`;
}

/** Absolute form used by defined names: "='Sheet'!$A$1". */
export function absoluteRef(sheet: string, row: number, col: number): string {
  return `=${quoteSheet(sheet)}!$${columnLetters(col)}$${row + 1}`;
}

/** Row and column of one cell ('F13', '$F$13'); throws on anything else. */
export function parseCell(address: string): { row: number; col: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(address.trim());
  if (!m) throw new Error(`not a cell address: ${address}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** Parses 'A1', 'A1:C3', 'A:A', '3:5', '$A$1' (no sheet part) into a range; throws on anything else. */
export function parseA1(address: string): CellRange {
  const text = address.replace(/\$/g, '').trim();
  const [from, to = from] = text.split(':');
  const cell = /^([A-Z]{1,3})(\d+)$/i;
  const col = /^([A-Z]{1,3})$/i;
  const row = /^(\d+)$/;
  let m: RegExpExecArray | null;
  let n: RegExpExecArray | null;
  if ((m = cell.exec(from)) && (n = cell.exec(to))) {
    return norm(Number(m[2]) - 1, columnIndex(m[1]), Number(n[2]) - 1, columnIndex(n[1]));
  }
  if ((m = col.exec(from)) && (n = col.exec(to))) return norm(0, columnIndex(m[1]), MAX_ROWS - 1, columnIndex(n[1]));
  if ((m = row.exec(from)) && (n = row.exec(to))) return norm(Number(m[1]) - 1, 0, Number(n[1]) - 1, MAX_COLS - 1);
  throw new Error(`not an address: ${address}`);
}

function norm(t: number, l: number, b: number, r: number): CellRange {
  return { top: Math.min(t, b), left: Math.min(l, r), bottom: Math.max(t, b), right: Math.max(l, r) };
}

/** Splits "'a,b'!A1:B2, Sheet2!C3" into its parts, respecting quoted sheet names. */
export function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") {
      if (quoted && address[i + 1] === "'") {
        cur += "''";
        i++;
        continue;
      }
      quoted = !quoted;
    }
    if (ch === ',' && !quoted) {
      if (cur.trim()) parts.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) parts.push(cur.trim());
  return parts;
}

/** The sheet named by an address ("'ตาราง 1'!A1:B2" → 'ตาราง 1'), null without a sheet part; no range check. */
export function sheetOf(address: string): string | null {
  const text = address.trim().replace(/^=/, '');
  const bang = text.lastIndexOf('!');
  if (bang < 0) return null;
  const sheet = text.slice(0, bang);
  return sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

/** "'Sheet'!A1:B2" → { sheet, range }; the sheet part is optional. Throws when the range part is not an address. */
export function parseSheetAddress(address: string): { sheet: string | null; range: CellRange } {
  const text = address.trim().replace(/^=/, '');
  return { sheet: sheetOf(text), range: parseA1(text.slice(text.lastIndexOf('!') + 1)) };
}

/** Ranges of a RangeAreas address ('S!A1:B2,S!D4'), without their sheet part. */
export function parseAreas(address: string): CellRange[] {
  return splitAreas(address).map((p) => parseSheetAddress(p).range);
}

/** Whether a table's range ('A2:J35') covers a row given 1-based, as reports give rows. */
export function rangeHasRow(range: string, row: number): boolean {
  let r: CellRange;
  try {
    r = parseA1(range);
  } catch {
    return false;
  }
  return row - 1 >= r.top && row - 1 <= r.bottom;
}
