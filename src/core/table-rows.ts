/**
 * The roles of a table's rows: indicators (one row, or a แผน and a ผล row in either order), total rows (รวม,
 * รวมทั้งสิ้น, สรุปภาพรวม), and what is neither (group headings, numbered or not, with no figures; blank separators;
 * notes). Sub-indicators (1.1, 1.1.1) with figures of their own are indicators.
 */
import { cellValue, mergeAt, shownValue, type SheetGrid } from './grid';
import type { DetectedTable } from './detect-tables';
import { targetParsed, type ParsedCell } from './cell-grammar';
import { shownParsed } from './parsed-grid';

/** The words that say a row is the plan (แผน, เป้าหมาย) or the result (ผล, ผลการดำเนินงาน) of its pair. */
const PLAN_LABEL = /^\s*(?:แผน(?:การดำเนินงาน)?|เป้า(?:หมาย)?)\s*$/;
const RESULT_LABEL = /^\s*ผล(?:(?:การ)?(?:ดำเนินงาน|ดำเนินการ|ปฏิบัติงาน)|งาน)?\s*$/;

// The labels as most tables type them are compared first: a pairs table asks of each of its rows.
export function isPlanLabel(v: unknown): boolean {
  if (v === 'แผน') return true;
  if (typeof v !== 'string') return false;
  if (v.charCodeAt(0) === 0x0e40) return v.charCodeAt(1) === 0x0e1b && PLAN_LABEL.test(v); // เป: names start so too
  return mayStartWith(v, 0x0e41) && PLAN_LABEL.test(v); // แ
}

export function isResultLabel(v: unknown): boolean {
  if (v === 'ผล') return true;
  return typeof v === 'string' && mayStartWith(v, 0x0e1c) && RESULT_LABEL.test(v); // ผ
}

/**
 * False when the text cannot be the letter `first` after white space: the labels are looked for in every cell of
 * a table's first columns, whose names are long and start with a letter or a digit, and this spares the pattern.
 */
function mayStartWith(v: string, first: number): boolean {
  const c = v.charCodeAt(0);
  return c === first || c <= 0x20 || c === 0xa0 || c >= 0x1680; // JavaScript's white space is in those ranges
}

/** The column whose cells read แผน then ผล (or ผล then แผน) on the next row: a row-pair table. */
export function findLabelColumn(sheet: SheetGrid, from: number, to: number, left: number, right: number): number | null {
  // The leftmost such column, found row by row (a row's cells lie together; a column's are spread over the rows),
  // looking only left of the best so far: a table without one (a budget table) is read once, not a column at a time.
  let best = right + 1;
  for (let r = from; r < to && best > left; r++) {
    const row = sheet.values[r];
    if (!row) continue;
    const last = Math.min(best - 1, row.length - 1);
    for (let c = left; c <= last; c++) {
      const v = row[c];
      if ((isPlanLabel(v) && isResultLabel(cellValue(sheet, r + 1, c))) || (isResultLabel(v) && isPlanLabel(cellValue(sheet, r + 1, c)))) {
        best = c;
        break;
      }
    }
  }
  return best <= right ? best : null;
}

/** A total line's name starts with one of these words, then ends or goes on with '(' or ':'. */
const TOTAL_WORDS = ['รวมทั้งสิ้น', 'รวมทั้งหมด', 'รวม', 'สรุปภาพรวม', 'ภาพรวม', 'ยอดรวม', 'total'];
/**
 * The words with any white space between their letters ('ร วม', 'รวม ทั้งสิ้น'), matched on the name as it is: no
 * copy of each name without its spaces (a string per indicator row), the same answer.
 */
const TOTAL_NAME = new RegExp(String.raw`^\s*(?:${TOTAL_WORDS.map((w) => [...w].join(String.raw`\s*`)).join('|')})\s*(?:$|[(:])`, 'i');
/** The words' first letters (ร, ส, ภ, ย, t, T). */
const TOTAL_FIRST = new Set(TOTAL_WORDS.flatMap((w) => [w.charCodeAt(0), w.toUpperCase().charCodeAt(0)]));
const NOTE_NAME = /^(?:หมายเหตุ|ที่มา|\*)/;
/** A group's total named for its group: 'รวมแผนงานพื้นฐาน', 'รวมผลผลิตที่ 1', 'รวมงบดำเนินงาน'. */
const GROUP_TOTAL = /^\s*รวม\s*(?:แผนงาน|ผลผลิต|งบ|หมวด|ยุทธศาสตร์|ประเภท)/;

export function isTotalName(name: string): boolean {
  const c = name.charCodeAt(0); // a name that starts with a letter none of the words starts with: no pattern run
  if (c > 0x20 && c !== 0xa0 && c < 0x1680 && !TOTAL_FIRST.has(c)) return false;
  return TOTAL_NAME.test(name) || GROUP_TOTAL.test(name);
}

export function isNoteName(name: string): boolean {
  return NOTE_NAME.test(name);
}

/** The text a name cell shows (a merged name shows on every row it covers). */
export function nameText(sheet: SheetGrid, row: number, col: number | undefined): string {
  if (col === undefined) return '';
  const v = shownValue(sheet, row, col);
  return typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
}

export function nameColumn(table: DetectedTable): number | undefined {
  return table.columns.name ?? table.columns.project ?? table.columns.program;
}

/** The rows of a table: where each indicator starts, and its total rows (the ผล row of a pair, or the row). */
export interface TableRows {
  indicators: number[];
  totals: number[];
}

export function tableRows(table: DetectedTable): TableRows {
  return table.rows === 'pairs' ? pairRows(table) : singleRows(table);
}

/** The ผล row of the indicator starting at `row`. */
export function resultRowOf(table: DetectedTable, row: number): number {
  if (table.rows === 'single') return row;
  if (table.pairOrder !== 'labels') return table.pairOrder === 'result-first' ? row : row + 1;
  return isResultLabel(cellValue(table.sheet, row, table.columns.label!)) ? row : row + 1;
}

/** The แผน row of the indicator starting at `row`. */
export function planRowOf(table: DetectedTable, row: number): number {
  if (table.rows === 'single') return row;
  if (table.pairOrder !== 'labels') return table.pairOrder === 'plan-first' ? row : row + 1;
  return isPlanLabel(cellValue(table.sheet, row, table.columns.label!)) ? row : row + 1;
}

/**
 * Rows in twos whose labels do not say which is the แผน row (none typed, or 'แผน/ผล' on both): most names are
 * merged down over two rows, or typed on the first of two rows whose second has none.
 */
export function namedInTwos(sheet: SheetGrid, from: number, to: number, nameCol: number): boolean {
  let named = 0;
  let twos = 0;
  for (let r = from; r <= to; r++) {
    const m = mergeAt(sheet, r, nameCol);
    if ((m && m.top !== r) || !nameText(sheet, r, nameCol)) continue;
    named++;
    if (isTwo(sheet, r, to, nameCol, m)) {
      twos++;
      r++;
    }
  }
  return twos > 0 && twos * 2 >= named;
}

function isTwo(sheet: SheetGrid, r: number, to: number, nameCol: number, m: ReturnType<typeof mergeAt>): boolean {
  if (m) return m.bottom === r + 1;
  return r < to && !mergeAt(sheet, r + 1, nameCol) && nameText(sheet, r + 1, nameCol) === '';
}

function pairRows(table: DetectedTable): TableRows {
  if (table.pairOrder !== 'labels') return unlabelledPairRows(table);
  const { sheet, columns } = table;
  const labelCol = columns.label!;
  const nameCol = nameColumn(table);
  const indicators: number[] = [];
  const totals: number[] = [];
  for (let r = table.firstRow; r < table.lastRow; r++) {
    const a = cellValue(sheet, r, labelCol);
    const b = cellValue(sheet, r + 1, labelCol);
    if (!((isPlanLabel(a) && isResultLabel(b)) || (isResultLabel(a) && isPlanLabel(b)))) continue;
    const name = nameText(sheet, r, nameCol);
    if (!name) continue;
    if (isTotalName(name)) totals.push(resultRowOf(table, r));
    else indicators.push(r);
    r++;
  }
  return { indicators, totals };
}

/** Pairs with no label that says which row is which: a name over two rows, either holding a figure. */
function unlabelledPairRows(table: DetectedTable): TableRows {
  const { sheet } = table;
  const nameCol = nameColumn(table)!;
  const repeated = new Set(table.repeatedHeaderRows);
  const indicators: number[] = [];
  const totals: number[] = [];
  for (let r = table.firstRow; r < table.lastRow; r++) {
    if (repeated.has(r)) continue;
    const m = mergeAt(sheet, r, nameCol);
    if ((m && m.top !== r) || !isTwo(sheet, r, table.lastRow, nameCol, m)) continue;
    const name = nameText(sheet, r, nameCol);
    if (!name || !(hasFigures(table, r) || hasFigures(table, r + 1))) continue;
    if (isTotalName(name)) totals.push(resultRowOf(table, r));
    else if (!isNoteName(name)) indicators.push(r);
    r++;
  }
  return { indicators, totals };
}

function singleRows(table: DetectedTable): TableRows {
  const { sheet } = table;
  const nameCol = nameColumn(table);
  const repeated = new Set(table.repeatedHeaderRows);
  const indicators: number[] = [];
  const totals: number[] = [];
  for (let r = table.firstRow; r <= table.lastRow; r++) {
    if (repeated.size && repeated.has(r)) continue;
    const nameMerge = nameCol === undefined ? null : mergeAt(sheet, r, nameCol);
    if (nameMerge && nameMerge.top !== r) continue;
    const name = nameText(sheet, r, nameCol);
    if (!name) continue;
    if (!hasFigures(table, r)) continue;
    if (isTotalName(name)) totals.push(r);
    else if (!isNoteName(name)) indicators.push(r);
  }
  return { indicators, totals };
}

/** Some figure on the row: a target, a plan, a result (or a result to date). A group heading has none. */
function hasFigures(table: DetectedTable, r: number): boolean {
  const { sheet, columns, planCols: plans, resultCols: results } = table;
  let figures = isRowFigure(targetParsed(parsedAt(sheet, r, columns.target))) || isRowFigure(parsedAt(sheet, r, columns.resultToDate));
  for (let i = 0; i < plans.length && !figures; i++) figures = isRowFigure(parsedAt(sheet, r, plans[i])); // indexed: once per row
  for (let i = 0; i < results.length && !figures; i++) figures = isResultFigure(parsedAt(sheet, r, results[i]));
  return figures;
}

const parsedAt = shownParsed;

function isRowFigure(p: ParsedCell): boolean {
  return p.kind === 'number' || p.kind === 'level' || p.kind === 'na' || p.dueInQ4;
}

function isResultFigure(p: ParsedCell): boolean {
  return p.kind === 'number' || p.kind === 'level';
}
