/** A1 addresses as Excel writes them in Office.js answers: 'Sheet1!A1:B2', quoted names where needed. No Node APIs. */
import { cellAddress, columnLetters, type CellRange } from './grid';

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** The sheet part of an address: quoted unless it is plain letters, digits and underscores. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function a1(r: CellRange): string {
  if (r.top === r.bottom && r.left === r.right) return cellAddress(r.top, r.left);
  return `${cellAddress(r.top, r.left)}:${cellAddress(r.bottom, r.right)}`;
}

export function sheetA1(sheet: string, r: CellRange): string {
  return `${quoteSheet(sheet)}!${a1(r)}`;
}

/** Absolute form used by defined names: "='Sheet'!$A$1". */
export function absoluteRef(sheet: string, row: number, col: number): string {
  return `=${quoteSheet(sheet)}!$${columnLetters(col)}$${row + 1}`;
}

function colNumber(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
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
    return norm(Number(m[2]) - 1, colNumber(m[1]), Number(n[2]) - 1, colNumber(n[1]));
  }
  if ((m = col.exec(from)) && (n = col.exec(to))) return norm(0, colNumber(m[1]), MAX_ROWS - 1, colNumber(n[1]));
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

/** 'Sheet'!A1:B2 → { sheet, range }; the sheet part is optional. */
export function parseSheetAddress(address: string): { sheet: string | null; range: CellRange } {
  const text = address.trim().replace(/^=/, '');
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { sheet: null, range: parseA1(text) };
  let sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, range: parseA1(text.slice(bang + 1)) };
}

/** Ranges of a RangeAreas address ('S!A1:B2,S!D4'), without their sheet part. */
export function parseAreas(address: string): CellRange[] {
  return splitAreas(address).map((p) => parseSheetAddress(p).range);
}
