/**
 * The headings a table gives its indicators, for the summary to head its groups with (DOMAIN.md, "The summary
 * sheet": by the table's own title or group heading, never by a worksheet's name): the table's title (the text in the
 * rows just above its header, "ตารางที่ ๑ ผลการดำเนินงานตามตัวชี้วัด…") and the group heading rows inside it
 * ("ยุทธศาสตร์ที่ ๑ …", "แผนงาน…": rows with a text and no figures).
 */
import type { DetectedTable } from './detect-tables';
import { mergeAt, type SheetGrid } from './grid';
import { shownParsed } from './parsed-grid';
import { isNoteName, isPlanLabel, isResultLabel, isTotalName, nameColumn } from './table-rows';

/** Rows above a header looked at for its title: the same reach as the as-of date's (as-of.ts TITLE_ROWS). */
const TITLE_REACH = 4;
/** A text longer than this is a note or a paragraph, not a heading. */
const MAX_HEADING = 300;
/** Title rows that only say a unit or a date are not the title ('หน่วย : บาท', 'ข้อมูล ณ วันที่ …', '(ล้านบาท)'). */
const NOT_A_TITLE = /^\s*[([]?\s*(?:หน่วย|ข้อมูล\s*ณ|ณ\s*วันที่|ณ\s*สิ้น|บาท|พันบาท|ล้านบาท)/;

/**
 * The table's title: the topmost text of the rows above its header, up to the first row above them that holds a
 * figure (a table above, whose rows are not this one's title), or null when there is none.
 */
export function tableTitle(table: DetectedTable): string | null {
  const { sheet } = table;
  let title: string | null = null;
  for (let r = table.headerTop - 1; r >= Math.max(0, table.headerTop - TITLE_REACH); r--) {
    const row = sheet.values[r];
    if (!row) continue;
    // Two figures: a row of a table above (one may be a date cell beside the title's words).
    if (figures(sheet, r, table.left, Math.min(table.right, row.length - 1)) >= 2) break;
    const text = rowText(sheet, r, 0, row.length - 1);
    if (text && !NOT_A_TITLE.test(text)) title = text; // going up: the last found is the topmost
  }
  return title;
}

/**
 * For each indicator (its first row, in the table's order), the group heading above it in the table, or null when
 * none stands above it. A heading is a row inside the table with a text at or left of the name column, no figure,
 * and no แผน/ผล label, that is neither an indicator's row, a total, a note nor a repeated page header.
 */
export function groupHeadings(table: DetectedTable, indicatorRows: readonly number[], totalRows: readonly number[]): (string | null)[] {
  const out: (string | null)[] = new Array<string | null>(indicatorRows.length).fill(null);
  if (indicatorRows.length === 0) return out;
  const { sheet } = table;
  const pairs = table.rows === 'pairs';
  // The few rows that are neither headings nor indicators; the indicators' rows are walked in order (a set of
  // 200,000 rows cost a sixth of the engine's run at 100,000 indicators).
  const taken = new Set<number>(table.repeatedHeaderRows);
  for (const r of totalRows) {
    taken.add(r);
    if (pairs) taken.add(r - 1);
  }
  const nameCol = nameColumn(table) ?? table.left;
  let current: string | null = null;
  let k = 0;
  const last = indicatorRows[indicatorRows.length - 1];
  for (let r = table.firstRow; r <= last && k < indicatorRows.length; r++) {
    if (r === indicatorRows[k]) {
      out[k++] = current;
      if (pairs) r++; // its second row
      continue;
    }
    if (taken.has(r)) continue;
    const heading = headingAt(sheet, r, table.left, nameCol, table.right);
    if (heading !== null) current = heading;
  }
  return out;
}

function headingAt(sheet: SheetGrid, r: number, left: number, nameCol: number, right: number): string | null {
  const row = sheet.values[r];
  if (!row) return null;
  const text = rowText(sheet, r, left, Math.min(nameCol, row.length - 1));
  if (text === null || figures(sheet, r, left, Math.min(right, row.length - 1)) > 0) return null;
  if (isNoteName(text) || isTotalName(text) || isPlanLabel(text) || isResultLabel(text)) return null;
  return text;
}

/** The row's own texts in columns from..to (a merged cell once, at its top), joined; null when none. */
function rowText(sheet: SheetGrid, r: number, from: number, to: number): string | null {
  const row = sheet.values[r];
  const parts: string[] = [];
  for (let c = from; c <= to; c++) {
    const v = row[c];
    if (typeof v !== 'string') continue;
    const merge = mergeAt(sheet, r, c);
    if (merge && merge.top !== r) continue; // a name merged down shows on the rows below: not theirs
    const t = v.replace(/\s+/g, ' ').trim();
    if (t) parts.push(t);
  }
  const text = parts.join(' ');
  return text === '' || text.length > MAX_HEADING ? null : text;
}

/** How many cells of the row in from..to hold a number or a level (figures, not a heading's words), up to two. */
function figures(sheet: SheetGrid, r: number, from: number, to: number): number {
  let n = 0;
  for (let c = from; c <= to && n < 2; c++) {
    const p = shownParsed(sheet, r, c);
    if (p.kind === 'number' || p.kind === 'level') n++;
  }
  return n;
}
