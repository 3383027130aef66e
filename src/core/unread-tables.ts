/**
 * Tables that are not progress tables, said so rather than read: a scoring table of คำรับรอง (เกณฑ์การให้คะแนน
 * ๑–๕) and a staff list (ชื่อ-สกุล, ตำแหน่ง). DOMAIN.md: such a table is left alone and named as skipped, with why.
 * Also a header read no one sure way: a result heading spread over columns whose own headings say nothing read.
 */
import { cellValue, columnCount, mergeAt, type SheetGrid } from './grid';
import { cellAddress, rangeAddress } from './address';
import { normalizeLabel, type ColumnLabel } from './header-labels';
import type { Unread } from './table-model';
import { cellParsed, isFigure } from './parsed-grid';
import { shownText } from './table-header';

const SCORING = /^เกณฑ์|คะแนน/;
const STAFF = /^ชื่อ|^ตำแหน่ง|^ชื่อ-?(?:นาม)?สกุล|^เบอร์|^โทร|^เลขประจำตัว|^อีเมล|^e-?mail/;

/** Why the header at rows `top`–`bottom` is not a progress table's ('scoring', 'staff-list'), or null. */
export function notProgressReason(sheet: SheetGrid, top: number, bottom: number, left: number, right: number): string | null {
  let staff = 0;
  for (let r = top; r <= bottom; r++) {
    for (let c = left; c <= right; c++) {
      const t = normalizeLabel(shownText(sheet, r, c));
      if (!t) continue;
      if (SCORING.test(t)) return 'scoring';
      if (STAFF.test(t)) staff++;
    }
  }
  return staff >= 2 ? 'staff-list' : null;
}

/**
 * Headers of tables no header word of ours describes (a staff list has ลำดับ and nothing else we read), outside
 * the tables read: a row of three short texts or more, no figure, with data under it, that a staff list's words
 * name. Other tables of words are not ours to name.
 */
export function otherTables(sheet: SheetGrid, read: { headerTop: number; lastRow: number }[], found: Unread[]): Unread[] {
  const out: Unread[] = [];
  const width = columnCount(sheet);
  const rows = sheet.values.length;
  // The rows of the tables read and of the headers already named, marked once (not a search of both lists per row).
  const inside = new Uint8Array(rows);
  for (const t of read) inside.fill(1, Math.max(t.headerTop, 0), Math.min(t.lastRow + 1, rows));
  for (const u of found) {
    const r = u.range ? rowOf(u.range) : -1;
    if (r >= 0 && r < rows) inside[r] = 1;
  }
  for (let r = 0; r < rows; r++) {
    const row = sheet.values[r];
    if (!row || row.length < 3 || inside[r]) continue;
    let texts = 0;
    let left = -1;
    let right = -1;
    let figures = 0;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === 'number' || (typeof v === 'string' && isFigure(cellParsed(sheet, r, c)))) figures++;
      else if (typeof v === 'string' && v.trim() && v.trim().length <= 30) {
        texts++;
        if (left < 0) left = c;
        right = c;
      }
    }
    if (texts < 3 || figures > 0) continue;
    if (notProgressReason(sheet, r, r, left, right) !== 'staff-list') continue;
    const cells: string[] = [];
    for (let c = left; c <= right; c++) {
      const v = cellValue(sheet, r, c);
      if (typeof v === 'string' && v.trim()) cells.push(`${cellAddress(r, c)} ${v.trim()}`);
    }
    out.push({ sheet: sheet.name, range: rangeAddress({ top: r, left, bottom: r, right: Math.min(right, width - 1) }), cells, reason: 'not-progress', detail: 'staff-list' });
    // One line per table: skip its rows (until a blank row).
    while (r + 1 < rows && sheet.values[r + 1]?.some((v) => v !== null && v !== '')) r++;
  }
  return out;
}

function rowOf(range: string): number {
  const m = /^[A-Z]+(\d+)/.exec(range);
  return m ? Number(m[1]) - 1 : -1;
}

/**
 * The header cell over `col` merged across columns that all read as it does, while the first row below the header
 * does not merge them (its figures are several columns' own).
 */
export function spreadOverColumns(sheet: SheetGrid, top: number, bottom: number, first: number, col: number, labels: Map<number, ColumnLabel>): boolean {
  const role = labels.get(col)?.role;
  for (let r = top; r <= bottom; r++) {
    const m = mergeAt(sheet, r, col);
    if (!m || m.right === m.left) continue;
    const data = mergeAt(sheet, first, col);
    if (data && data.left === m.left && data.right === m.right) return false;
    let same = 0;
    for (let c = m.left; c <= m.right; c++) if (labels.get(c)?.role === role) same++;
    return same > 1;
  }
  return false;
}
