/** Reads each indicator's cells out of a detected table: name, unit, target, plans and results per quarter. */
import { hasValue, parseCell, type ParsedCell } from './cell-grammar';
import type { DetectedTable } from './detect-tables';
import { isPlanLabel, isResultLabel, quarterColumn } from './detect-tables';
import { cellValue, mergeAt, shownValue, type SheetGrid } from './grid';
import type { Quarter } from './types';

export interface CellRef {
  row: number;
  col: number;
}

export interface QuarterCell {
  ref: CellRef | null;
  /** The cell as read; a cell covered by a merge reads as the merge's text. */
  parsed: ParsedCell;
  /** True when this cell is covered by a merge that it does not start (it cannot be written). */
  covered: boolean;
  /** True when the merge covering it spans several quarter cells (a note or a 'Q4 only' across quarters). */
  spansQuarters: boolean;
}

export interface IndicatorSource {
  table: DetectedTable;
  row: number; // 0-based first row of the indicator
  planRow: number;
  resultRow: number;
  name: string;
  nameRef: CellRef;
  unitCell: string | null;
  target: ParsedCell;
  targetRef: CellRef | null;
  plans: QuarterCell[];
  results: QuarterCell[];
  totalRef: CellRef | null;
  percentRef: CellRef | null;
  statusRef: CellRef | null;
}

const QUARTERS: Quarter[] = [1, 2, 3, 4];

function textAt(sheet: SheetGrid, row: number, col: number | undefined): string {
  if (col === undefined) return '';
  const v = shownValue(sheet, row, col);
  return typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
}

const NO_CELL: QuarterCell = { ref: null, parsed: parseCell(null), covered: false, spansQuarters: false };

function quarterCell(sheet: SheetGrid, row: number, col: number | undefined): QuarterCell {
  if (col === undefined) return NO_CELL;
  const m = mergeAt(sheet, row, col);
  if (!m) return { ref: { row, col }, parsed: parseCell(cellValue(sheet, row, col)), covered: false, spansQuarters: false };
  const covered = m.top !== row || m.left !== col;
  return { ref: { row, col }, parsed: parseCell(cellValue(sheet, m.top, m.left)), covered, spansQuarters: m.right > m.left };
}

function parsedAt(sheet: SheetGrid, row: number, col: number | undefined): ParsedCell {
  return parseCell(col === undefined ? null : shownValue(sheet, row, col));
}

function single(sheet: SheetGrid, row: number, col: number | undefined): { parsed: ParsedCell; ref: CellRef | null } {
  if (col === undefined) return { parsed: parseCell(null), ref: null };
  return { parsed: parsedAt(sheet, row, col), ref: { row, col } };
}

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
  for (const q of QUARTERS) {
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
  const target = single(sheet, r, columns.target ?? columns.total);
  const nameMerge = nameCol === undefined ? null : mergeAt(sheet, r, nameCol);
  const q1 = quarterColumn(table, 'quarter', 1);
  const q2 = quarterColumn(table, 'quarter', 2);
  const q3 = quarterColumn(table, 'quarter', 3);
  const q4 = quarterColumn(table, 'quarter', 4);
  // Four cells each, in lists made at their length (a list pushed to from empty gets room for 17).
  const plans = [quarterCell(sheet, r, q1), quarterCell(sheet, r, q2), quarterCell(sheet, r, q3), quarterCell(sheet, r, q4)];
  const results = [quarterCell(sheet, r + 1, q1), quarterCell(sheet, r + 1, q2), quarterCell(sheet, r + 1, q3), quarterCell(sheet, r + 1, q4)];
  return {
    table,
    row: r,
    planRow: r,
    resultRow: r + 1,
    name: textAt(sheet, r, nameCol),
    nameRef: nameMerge ? { row: nameMerge.top, col: nameMerge.left } : { row: r, col: nameCol! },
    unitCell: textAt(sheet, r, columns.unit) || null,
    target: target.parsed,
    targetRef: target.ref,
    plans,
    results,
    totalRef: columns.total === undefined ? null : { row: r + 1, col: columns.total },
    percentRef: columns.percent === undefined ? null : { row: r + 1, col: columns.percent },
    statusRef: columns.status === undefined ? null : { row: r + 1, col: columns.status },
  };
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
    for (const q of QUARTERS) figures ||= isFigure(parsedAt(sheet, r, quarterColumn(table, 'planQuarter', q)));
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
  const target = single(sheet, r, columns.target);
  const plans = [
    quarterCell(sheet, r, quarterColumn(table, 'planQuarter', 1)),
    quarterCell(sheet, r, quarterColumn(table, 'planQuarter', 2)),
    quarterCell(sheet, r, quarterColumn(table, 'planQuarter', 3)),
    quarterCell(sheet, r, quarterColumn(table, 'planQuarter', 4)),
  ];
  const results = [
    quarterCell(sheet, r, quarterColumn(table, 'resultQuarter', 1)),
    quarterCell(sheet, r, quarterColumn(table, 'resultQuarter', 2)),
    quarterCell(sheet, r, quarterColumn(table, 'resultQuarter', 3)),
    quarterCell(sheet, r, quarterColumn(table, 'resultQuarter', 4)),
  ];
  return {
    table,
    row: r,
    planRow: r,
    resultRow: r,
    name: textAt(sheet, r, nameCol),
    nameRef: { row: r, col: nameCol! },
    unitCell: textAt(sheet, r, columns.unit) || null,
    target: target.parsed,
    targetRef: target.ref,
    plans,
    results,
    totalRef: columns.total === undefined ? null : { row: r, col: columns.total },
    percentRef: columns.percent === undefined ? null : { row: r, col: columns.percent },
    statusRef: columns.status === undefined ? null : { row: r, col: columns.status },
  };
}
