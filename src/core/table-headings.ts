/**
 * The headings a table gives its indicators, for the summary to head its groups with (DOMAIN.md, "The summary
 * sheet": by the table's own title or group heading, never by a worksheet's name): the table's title (the text in the
 * rows just above its header, "ตารางที่ ๑ ผลการดำเนินงานตามตัวชี้วัด…") and the group heading rows inside it
 * ("ยุทธศาสตร์ที่ ๑ …", "แผนงาน…": rows with a text and no figures), and a column down the side of the indicators
 * (แผนงาน / ยุทธศาสตร์ / ประเด็น…, the seed's form) whose text is merged over several indicators or typed again on each.
 */
import type { DetectedTable } from './detect-tables';
import { mergeAt, type CellRange, type SheetGrid } from './grid';
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
  let reportTitle: string | null = null;
  for (let r = table.headerTop - 1; r >= Math.max(0, table.headerTop - TITLE_REACH); r--) {
    const row = sheet.values[r];
    if (!row) continue;
    // Two figures: a row of a table above (one may be a date cell beside the title's words).
    if (figures(sheet, r, table.left, Math.min(table.right, row.length - 1)) >= 2) break;
    const text = rowText(sheet, r, 0, row.length - 1);
    if (!text || NOT_A_TITLE.test(text)) continue;
    title = text; // going up: the last found is the topmost
    if (REPORT_WORDS.test(text)) reportTitle = text;
  }
  // An office's name above the report's title ('กรมส่งเสริมการเกษตร' over 'ผลการดำเนินงานตามตัวชี้วัด…') heads nothing.
  return reportTitle ?? title;
}

/** Words a table's own title has, and an office's name above it has not. */
const REPORT_WORDS = /ตาราง|ผลการ|รายงาน|ตัวชี้วัด|แผน|โครงการ|งบประมาณ|ยุทธศาสตร์|เป้าประสงค์|ประเด็น|คำรับรอง/;

/**
 * For each indicator (its first row, in the table's order), the group heading above it in the table, or null when
 * none stands above it. A heading is a row inside the table with a text at or left of the name column, no figure,
 * and no แผน/ผล label, that is neither an indicator's row, a total, a note nor a repeated page header. Where a column
 * down the side heads the indicators (sideHeadings), its text heads them, after the heading row above when there is one.
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
  const side = sideHeadings(table, indicatorRows, nameCol);
  let current: string | null = null;
  let k = 0;
  const last = indicatorRows[indicatorRows.length - 1];
  for (let r = table.firstRow; r <= last && k < indicatorRows.length; r++) {
    if (r === indicatorRows[k]) {
      const own = side?.[k] ?? null;
      out[k++] = own === null ? current : current === null ? own : `${current} – ${own}`;
      if (pairs) r++; // its second row
      continue;
    }
    if (taken.has(r)) continue;
    const heading = headingAt(sheet, r, table.left, nameCol, table.right);
    if (heading !== null) current = heading;
  }
  return out;
}

/**
 * The text of the column down the side of the indicators for each indicator (null where its cell is blank), or null
 * when the table has no such column. A side column stands left of the name column, inside the table or just left of
 * it under a header text its reader did not know ('ประเด็นยุทธศาสตร์'); it holds texts, not figures, and heads
 * indicators: one of its cells is merged over two indicators or more, or two indicators in a row have the same text.
 * A blank cell goes on with the text above only where it is merged with it. The outermost such column heads.
 */
function sideHeadings(table: DetectedTable, indicatorRows: readonly number[], nameCol: number): (string | null)[] | null {
  const { sheet } = table;
  for (let c = leftmostSideColumn(table, nameCol); c < nameCol; c++) {
    if (c === table.columns.label) continue;
    const texts: (string | null)[] = [];
    let heads = false;
    let prevMerge: CellRange | null = null;
    let prevValue: unknown = undefined;
    // The column's merged cells in order, walked beside the rows (a lookup per row cost more than the rest).
    const spans = columnMerges(sheet, c, indicatorRows[0], indicatorRows[indicatorRows.length - 1]);
    let j = 0;
    for (let k = 0; k < indicatorRows.length; k++) {
      const r = indicatorRows[k];
      while (j < spans.length && spans[j].bottom < r) j++;
      const merge = j < spans.length && spans[j].top <= r ? spans[j] : null;
      const value = merge ? sheet.values[merge.top]?.[merge.left] : sheet.values[r]?.[c];
      // The same merged cell, or the same text typed again: the same heading, read once (25,000 groups at 100,000 rows).
      const same = k > 0 && (merge !== null ? merge === prevMerge : prevMerge === null && value === prevValue);
      // Whether a column holds figures shows in its first cells (ลำดับ 1, 2, …): the rest are not parsed again.
      const text = same ? texts[k - 1] : sideText(sheet, merge ? merge.top : r, merge ? merge.left : c, k < FIGURE_CHECKS);
      if (text === FIGURE) break; // a column of figures (ลำดับ): not a heading
      if (same && text !== null) heads = true;
      texts.push(text);
      prevMerge = merge;
      prevValue = value;
    }
    if (heads && texts.length === indicatorRows.length) return texts;
  }
  return null;
}

/** The merged cells over column c that reach rows from..to, top to bottom (merged cells never overlap). */
function columnMerges(sheet: SheetGrid, c: number, from: number, to: number): CellRange[] {
  const out: CellRange[] = [];
  const merges = sheet.merges; // indexed, not for…of: run once per column, cold, each step of for…of made an object
  for (let i = 0; i < merges.length; i++) {
    const m = merges[i];
    if (m.left <= c && m.right >= c && m.bottom >= from && m.top <= to) out.push(m);
  }
  return out.sort((a, b) => a.top - b.top);
}

/** Columns left of the table whose header cells hold a text go with it as side columns: the leftmost of them. */
function leftmostSideColumn(table: DetectedTable, nameCol: number): number {
  let c = Math.min(table.left, nameCol);
  while (c > 0 && headerHasText(table, c - 1)) c--;
  return c;
}

function headerHasText(table: DetectedTable, c: number): boolean {
  for (let r = table.headerTop; r < table.firstRow; r++) {
    const merge = mergeAt(table.sheet, r, c);
    const v = merge ? table.sheet.values[merge.top]?.[merge.left] : table.sheet.values[r]?.[c];
    if (typeof v === 'string' && v.trim() !== '') return true;
  }
  return false;
}

const FIGURE = Symbol('figure');
/** Indicators whose side cell is parsed to tell a column of figures: its first few (parsing each of 25,000 groups' texts cost a tenth of the engine's run). */
const FIGURE_CHECKS = 8;

/** A side cell's text as a heading: null when blank or not a heading's words, FIGURE when it holds a number. */
function sideText(sheet: SheetGrid, r: number, c: number, checkFigure: boolean): string | null | typeof FIGURE {
  const v = sheet.values[r]?.[c];
  if (v === null || v === undefined || v === '') return null;
  if (typeof v !== 'string') return FIGURE;
  if (checkFigure) {
    const p = shownParsed(sheet, r, c);
    if (p.kind === 'number' || p.kind === 'level') return FIGURE;
  }
  const t = v.replace(/\s+/g, ' ').trim();
  if (t === '' || t.length > MAX_HEADING || isNoteName(t) || isTotalName(t) || isPlanLabel(t) || isResultLabel(t)) return null;
  return t;
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
