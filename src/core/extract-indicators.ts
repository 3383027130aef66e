/** Reads each indicator's cells out of a detected table: name, unit, target, plans and results per quarter. */
import { hasValue, parseCell, type ParsedCell } from './cell-grammar';
import type { DetectedTable } from './detect-tables';
import { isPlanLabel, isResultLabel, quarterColumn } from './detect-tables';
import { parsedCellAt } from './cell-read';
import { cellValue, mergeAt, shownValue, type SheetGrid } from './grid';
import type { Quarter } from './types';

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
  return src.targetCol === undefined ? null : { row: src.row, col: src.targetCol };
}

/** The cell that shows the indicator's name: in layouts A and B where the merge covering it starts, if any. */
export function nameRef(src: IndicatorSource): CellRef {
  const m = src.nameCol === undefined || src.table.layout === 'C' ? null : mergeAt(src.table.sheet, src.row, src.nameCol);
  return m ? { row: m.top, col: m.left } : { row: src.row, col: src.nameCol! };
}

function textAt(sheet: SheetGrid, row: number, col: number | undefined): string {
  if (col === undefined) return '';
  const v = shownValue(sheet, row, col);
  return typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
}

/** A quarter's cell: a cell covered by a merge reads as the merge's text. */
function quarterParsed(sheet: SheetGrid, row: number, col: number | undefined): ParsedCell {
  if (col === undefined) return parseCell(null);
  const m = mergeAt(sheet, row, col);
  return m ? parsedCellAt(sheet, m.top, m.left) : parsedCellAt(sheet, row, col);
}

/** 1 when the cell is covered by a merge that it does not start, else 0. */
function coveredBit(sheet: SheetGrid, row: number, col: number | undefined): number {
  if (col === undefined) return 0;
  const m = mergeAt(sheet, row, col);
  return m && (m.top !== row || m.left !== col) ? 1 : 0;
}

function parsedAt(sheet: SheetGrid, row: number, col: number | undefined): ParsedCell {
  if (col === undefined) return parseCell(null);
  const m = mergeAt(sheet, row, col);
  return m ? parsedCellAt(sheet, m.top, m.left) : parsedCellAt(sheet, row, col);
}

const NO_COLUMNS: readonly (number | undefined)[] = Object.freeze([undefined, undefined, undefined, undefined]);

/**
 * The first row of each indicator in the table, top to bottom. Finding them allocates nothing per row, so a first
 * pass over 100,000 rows is cheap; `indicatorAt` then reads one indicator, and the caller keeps what it needs of it.
 */
export function indicatorRows(table: DetectedTable): number[] {
  return table.layout === 'C' ? rowsC(table) : rowsAB(table);
}

/** The indicator whose first row is `row` (one of `indicatorRows`). */
export function indicatorAt(table: DetectedTable, row: number): IndicatorSource {
  return table.layout === 'C' ? sourceC(table, row) : sourceAB(table, row);
}

/** The row of results of the indicator at `row`: the next row in layouts A and B (แผน then ผล), the same in C. */
export function resultRowOf(table: DetectedTable, row: number): number {
  return table.layout === 'C' ? row : row + 1;
}

/** The quarters in which the indicator at `row` has a result (a number, a level or a status word), added to `seen`. */
export function quartersWithResults(table: DetectedTable, row: number, seen: Set<number>): void {
  const resultRow = resultRowOf(table, row);
  const role = table.layout === 'C' ? 'resultQuarter' : 'quarter';
  for (let q = 1 as Quarter; q <= 4; q++) {
    const col = quarterColumn(table, role, q);
    if (col === undefined) continue;
    const m = mergeAt(table.sheet, resultRow, col);
    if (m && (m.top !== resultRow || m.left !== col)) continue; // covered by a merge: not this cell's result
    const p = parseCell(cellValue(table.sheet, resultRow, col)); // not covered: the cell shows its own value
    if (hasValue(p) || p.status) seen.add(q);
  }
}

function nameColumn(table: DetectedTable): number | undefined {
  return table.columns.name ?? table.columns.project ?? table.columns.program;
}

/** Layouts A and B: a แผน row then a ผล row per indicator, with a name. */
function rowsAB(table: DetectedTable): number[] {
  const { sheet, columns } = table;
  const labelCol = columns.label!;
  const nameCol = nameColumn(table);
  const out: number[] = [];
  for (let r = table.firstRow; r < table.lastRow; r++) {
    if (!isPlanLabel(cellValue(sheet, r, labelCol)) || !isResultLabel(cellValue(sheet, r + 1, labelCol))) continue;
    if (!textAt(sheet, r, nameCol)) continue;
    out.push(r);
    r++;
  }
  return out;
}

function sourceAB(table: DetectedTable, r: number): IndicatorSource {
  const { sheet, columns } = table;
  const nameCol = nameColumn(table);
  const targetCol = columns.target ?? columns.total;
  const cols = table.quarters.quarter ?? NO_COLUMNS;
  // Four cells each, in lists made at their length (a list pushed to from empty gets room for 17).
  const plans = [quarterParsed(sheet, r, cols[0]), quarterParsed(sheet, r, cols[1]), quarterParsed(sheet, r, cols[2]), quarterParsed(sheet, r, cols[3])];
  const results = [
    quarterParsed(sheet, r + 1, cols[0]),
    quarterParsed(sheet, r + 1, cols[1]),
    quarterParsed(sheet, r + 1, cols[2]),
    quarterParsed(sheet, r + 1, cols[3]),
  ];
  return {
    table,
    row: r,
    planRow: r,
    resultRow: r + 1,
    name: textAt(sheet, r, nameCol),
    nameCol,
    unitCell: textAt(sheet, r, columns.unit) || null,
    target: parsedAt(sheet, r, targetCol),
    targetCol,
    plans,
    results,
    planCols: cols,
    resultCols: cols,
    coveredResults: coveredBits(sheet, r + 1, cols),
    totalCol: columns.total,
    percentCol: columns.percent,
    statusCol: columns.status,
  };
}

function coveredBits(sheet: SheetGrid, row: number, cols: readonly (number | undefined)[]): number {
  return coveredBit(sheet, row, cols[0]) | (coveredBit(sheet, row, cols[1]) << 1) | (coveredBit(sheet, row, cols[2]) << 2) | (coveredBit(sheet, row, cols[3]) << 3);
}

/** Layout C: one row per indicator, with a name and some figure (a target or a plan), plan and result side by side. */
function rowsC(table: DetectedTable): number[] {
  const { sheet, columns } = table;
  const nameCol = nameColumn(table);
  const repeated = new Set(table.repeatedHeaderRows);
  const out: number[] = [];
  for (let r = table.firstRow; r <= table.lastRow; r++) {
    if (repeated.has(r)) continue;
    const nameMerge = nameCol === undefined ? null : mergeAt(sheet, r, nameCol);
    if (nameMerge && nameMerge.top !== r) continue;
    if (!textAt(sheet, r, nameCol)) continue;
    let figures = isFigure(parsedAt(sheet, r, columns.target));
    for (let q = 1 as Quarter; q <= 4; q++) figures ||= isFigure(parsedAt(sheet, r, quarterColumn(table, 'planQuarter', q))); // once per row: no for…of
    if (figures) out.push(r);
  }
  return out;
}

function isFigure(p: ParsedCell): boolean {
  return p.kind === 'number' || p.kind === 'level' || p.kind === 'na' || p.dueInQ4;
}

function sourceC(table: DetectedTable, r: number): IndicatorSource {
  const { sheet, columns } = table;
  const nameCol = nameColumn(table);
  const planCols = table.quarters.planQuarter ?? NO_COLUMNS;
  const resultCols = table.quarters.resultQuarter ?? NO_COLUMNS;
  const plans = [quarterParsed(sheet, r, planCols[0]), quarterParsed(sheet, r, planCols[1]), quarterParsed(sheet, r, planCols[2]), quarterParsed(sheet, r, planCols[3])];
  const results = [
    quarterParsed(sheet, r, resultCols[0]),
    quarterParsed(sheet, r, resultCols[1]),
    quarterParsed(sheet, r, resultCols[2]),
    quarterParsed(sheet, r, resultCols[3]),
  ];
  return {
    table,
    row: r,
    planRow: r,
    resultRow: r,
    name: textAt(sheet, r, nameCol),
    nameCol,
    unitCell: textAt(sheet, r, columns.unit) || null,
    target: parsedAt(sheet, r, columns.target),
    targetCol: columns.target,
    plans,
    results,
    planCols,
    resultCols,
    coveredResults: coveredBits(sheet, r, resultCols),
    totalCol: columns.total,
    percentCol: columns.percent,
    statusCol: columns.status,
  };
}
