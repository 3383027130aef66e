/** Reads each indicator's cells out of a detected table: name, unit, target, plans and results per quarter. */
import { hasValue, targetParsed, type ParsedCell } from './cell-grammar';
import { cellParsed, shownParsed } from './parsed-grid';
import type { DetectedTable } from './detect-tables';
import { mergeAt, shownValue, type SheetGrid } from './grid';
import { quarterCells } from './period-cells';
import { nameColumn, planRowOf, resultRowOf } from './table-rows';
import type { Measure } from './types';

export { resultRowOf, tableRows } from './table-rows';
export interface CellRef {
  row: number;
  col: number;
}

/**
 * One indicator as read from its table. Its cells are held as parsed values with the table's columns beside them, not
 * as an object (and a cell reference) per cell: at 100,000 rows those were 1.6 million objects a run, most of the
 * memory a first run has to fault in. A cell's reference is made only for a finding (see `planRef`).
 */
export interface IndicatorSource {
  table: DetectedTable;
  row: number; // 0-based first row of the indicator
  planRow: number;
  resultRow: number;
  name: string;
  /** Its ลำดับ / ที่ cell (column role 'seq'): a text as typed, a number as it is (no text made per row), or undefined. */
  number: string | number | undefined;
  /** The name's column, on `row` (see `nameRef`). */
  nameCol: number | undefined;
  unitCell: string | null;
  target: ParsedCell;
  /** The target's column on `row`, when the table has one. */
  targetCol: number | undefined;
  /** Each quarter's cell as read (index 0 = Q1); a cell covered by a merge reads as the merge's text. */
  plans: ParsedCell[];
  results: ParsedCell[];
  /** The table's column of each quarter's plan (on `planRow`) and result (on `resultRow`): shared by its indicators. */
  planCols: readonly (number | undefined)[];
  resultCols: readonly (number | undefined)[];
  /** Bit i set when result i is covered by a merge that it does not start (it cannot be written). */
  coveredResults: number;
  /**
   * Tables by month or by round: each period's cell (the quarters above are made from them as for a count; a level
   * or a rate makes them again, see `quarterCellsFor`). Absent in a table by quarter.
   */
  periodPlans?: ParsedCell[];
  periodResults?: ParsedCell[];
  /** A table with no periods: the one result to date, and its column. */
  toDate: ParsedCell | null;
  toDateCol: number | undefined;
  /** The output columns, on `resultRow`. */
  totalCol: number | undefined;
  percentCol: number | undefined;
  statusCol: number | undefined;
}

/** Where plan `i` (0 = Q1) of an indicator is, or null when its table has no such column. */
export function planRef(src: IndicatorSource, i: number): CellRef | null {
  const col = src.planCols[i];
  return col === undefined ? null : { row: src.planRow, col };
}

/** Where result `i` (0 = Q1) of an indicator is, or null when its table has no such column. */
export function resultRef(src: IndicatorSource, i: number): CellRef | null {
  const col = src.resultCols[i];
  return col === undefined ? null : { row: src.resultRow, col };
}

/** Where the target is, or null when its table has none. */
export function targetRef(src: IndicatorSource): CellRef | null {
  return src.targetCol === undefined ? null : { row: src.planRow, col: src.targetCol };
}

/** The cell that shows the indicator's name: in a pairs table where the merge covering it starts, if any. */
export function nameRef(src: IndicatorSource): CellRef {
  const m = src.nameCol === undefined || src.table.rows === 'single' ? null : mergeAt(src.table.sheet, src.row, src.nameCol);
  return m ? { row: m.top, col: m.left } : { row: src.row, col: src.nameCol! };
}

function textAt(sheet: SheetGrid, row: number, col: number | undefined): string {
  if (col === undefined) return '';
  const v = shownValue(sheet, row, col);
  return typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
}

/** A ลำดับ cell: its text (trimmed), or its number; undefined when blank or absent. */
function seqAt(sheet: SheetGrid, row: number, col: number | undefined): string | number | undefined {
  if (col === undefined) return undefined;
  const v = shownValue(sheet, row, col);
  if (typeof v === 'number') return v;
  return typeof v === 'string' ? v.trim() || undefined : undefined;
}

/** A quarter's cell: a cell covered by a merge reads as the merge's text. */
const quarterParsed = shownParsed;

/** Each period's cell on `row`, in a list made at its length (no function made per indicator). */
function periodParsed(sheet: SheetGrid, row: number, cols: readonly (number | undefined)[]): ParsedCell[] {
  const out = new Array<ParsedCell>(cols.length);
  for (let i = 0; i < cols.length; i++) out[i] = quarterParsed(sheet, row, cols[i]);
  return out;
}

/** 1 when the cell is covered by a merge that it does not start, else 0. */
function coveredBit(sheet: SheetGrid, row: number, col: number | undefined): number {
  if (col === undefined) return 0;
  const m = mergeAt(sheet, row, col);
  return m && (m.top !== row || m.left !== col) ? 1 : 0;
}

const parsedAt = shownParsed;

const NO_COLUMNS: readonly (number | undefined)[] = Object.freeze([undefined, undefined, undefined, undefined]);

/** The indicator whose first row is `row` (one of `tableRows(table).indicators`). */
export function indicatorAt(table: DetectedTable, row: number): IndicatorSource {
  const { sheet, columns } = table;
  const planRow = planRowOf(table, row);
  const resultRow = resultRowOf(table, row);
  const nameCol = nameColumn(table);
  const byQuarter = table.periods === 'quarter' && table.reading === 'own';
  const targetCol = columns.target ?? (table.rows === 'pairs' ? columns.total : undefined);
  let plans: ParsedCell[];
  let results: ParsedCell[];
  let periodPlans: ParsedCell[] | undefined;
  let periodResults: ParsedCell[] | undefined;
  if (byQuarter) {
    // Four cells each, in lists made at their length (a list pushed to from empty gets room for 17).
    const p = table.planCols;
    const q = table.resultCols;
    plans = [quarterParsed(sheet, planRow, p[0]), quarterParsed(sheet, planRow, p[1]), quarterParsed(sheet, planRow, p[2]), quarterParsed(sheet, planRow, p[3])];
    results = [quarterParsed(sheet, resultRow, q[0]), quarterParsed(sheet, resultRow, q[1]), quarterParsed(sheet, resultRow, q[2]), quarterParsed(sheet, resultRow, q[3])];
  } else {
    periodPlans = periodParsed(sheet, planRow, table.planCols);
    periodResults = periodParsed(sheet, resultRow, table.resultCols);
    plans = quarterCells(periodPlans, table.periodQuarter, 'count', table.reading);
    results = quarterCells(periodResults, table.periodQuarter, 'count', table.reading);
  }
  const cols = byQuarter ? table.resultCols : NO_COLUMNS;
  return {
    table,
    row,
    planRow,
    resultRow,
    name: textAt(sheet, row, nameCol),
    number: seqAt(sheet, row, columns.seq),
    nameCol,
    unitCell: textAt(sheet, row, columns.unit) || null,
    target: targetParsed(parsedAt(sheet, planRow, targetCol)),
    targetCol,
    plans,
    results,
    planCols: byQuarter ? table.planCols : NO_COLUMNS,
    resultCols: cols,
    coveredResults: coveredBits(sheet, resultRow, cols),
    periodPlans,
    periodResults,
    toDate: columns.resultToDate === undefined ? null : parsedAt(sheet, resultRow, columns.resultToDate),
    toDateCol: columns.resultToDate,
    totalCol: columns.total,
    percentCol: columns.percent,
    statusCol: columns.status,
  };
}

/** The indicator's quarter cells for its measure: a level or a rate by month takes each quarter's last month. */
export function quarterCellsFor(src: IndicatorSource, measure: Measure): { plans: ParsedCell[]; results: ParsedCell[] } {
  if (!src.periodPlans || !src.periodResults || (measure !== 'level' && measure !== 'rate')) return src;
  const { periodQuarter, reading } = src.table;
  return { plans: quarterCells(src.periodPlans, periodQuarter, measure, reading), results: quarterCells(src.periodResults, periodQuarter, measure, reading) };
}

/** The quarters in which the indicator at `row` has a result (a number, a level or a status word), added to `seen`. */
export function quartersWithResults(table: DetectedTable, row: number, seen: Set<number>): void {
  const resultRow = resultRowOf(table, row);
  const cols = table.resultCols;
  for (let i = 0; i < cols.length; i++) {
    const col = cols[i];
    if (col === undefined || seen.has(table.periodQuarter[i])) continue; // seen in an earlier row: not looked at again
    const m = mergeAt(table.sheet, resultRow, col);
    if (m && (m.top !== resultRow || m.left !== col)) continue; // covered by a merge: not this cell's result
    const p = cellParsed(table.sheet, resultRow, col); // not covered: the cell shows its own value
    if (hasValue(p) || p.status) seen.add(table.periodQuarter[i]);
  }
}

function coveredBits(sheet: SheetGrid, row: number, cols: readonly (number | undefined)[]): number {
  return coveredBit(sheet, row, cols[0]) | (coveredBit(sheet, row, cols[1]) << 1) | (coveredBit(sheet, row, cols[2]) << 2) | (coveredBit(sheet, row, cols[3]) << 3);
}
