/** Reads each indicator's cells out of a detected table: name, unit, target, plans and results per quarter. */
import { parseCell, type ParsedCell } from './cell-grammar';
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

function quarterCell(sheet: SheetGrid, row: number, col: number | undefined): QuarterCell {
  if (col === undefined) return { ref: null, parsed: parseCell(null), covered: false, spansQuarters: false };
  const m = mergeAt(sheet, row, col);
  const covered = !!m && (m.top !== row || m.left !== col);
  return { ref: { row, col }, parsed: parseCell(shownValue(sheet, row, col)), covered, spansQuarters: !!m && m.right > m.left };
}

function single(sheet: SheetGrid, row: number, col: number | undefined): { parsed: ParsedCell; ref: CellRef | null } {
  if (col === undefined) return { parsed: parseCell(null), ref: null };
  return { parsed: parseCell(shownValue(sheet, row, col)), ref: { row, col } };
}

export function extractIndicators(table: DetectedTable): IndicatorSource[] {
  return table.layout === 'C' ? extractRows(table) : extractPairs(table);
}

/** Layouts A and B: a แผน row then a ผล row per indicator. */
function extractPairs(table: DetectedTable): IndicatorSource[] {
  const { sheet, columns } = table;
  const labelCol = columns.label!;
  const nameCol = columns.name ?? columns.project ?? columns.program;
  const out: IndicatorSource[] = [];
  for (let r = table.firstRow; r < table.lastRow; r++) {
    if (!isPlanLabel(cellValue(sheet, r, labelCol)) || !isResultLabel(cellValue(sheet, r + 1, labelCol))) continue;
    const name = textAt(sheet, r, nameCol);
    if (!name) continue;
    const targetCol = columns.target ?? columns.total;
    const target = single(sheet, r, targetCol);
    const nameMerge = nameCol === undefined ? null : mergeAt(sheet, r, nameCol);
    out.push({
      table,
      row: r,
      planRow: r,
      resultRow: r + 1,
      name,
      nameRef: nameMerge ? { row: nameMerge.top, col: nameMerge.left } : { row: r, col: nameCol! },
      unitCell: textAt(sheet, r, columns.unit) || null,
      target: target.parsed,
      targetRef: target.ref,
      plans: QUARTERS.map((q) => quarterCell(sheet, r, quarterColumn(table, 'quarter', q))),
      results: QUARTERS.map((q) => quarterCell(sheet, r + 1, quarterColumn(table, 'quarter', q))),
      totalRef: columns.total === undefined ? null : { row: r + 1, col: columns.total },
      percentRef: columns.percent === undefined ? null : { row: r + 1, col: columns.percent },
      statusRef: columns.status === undefined ? null : { row: r + 1, col: columns.status },
    });
    r++;
  }
  return out;
}

/** Layout C: one row per indicator, plan and result quarter columns side by side. */
function extractRows(table: DetectedTable): IndicatorSource[] {
  const { sheet, columns } = table;
  const nameCol = columns.name ?? columns.project ?? columns.program;
  const out: IndicatorSource[] = [];
  for (let r = table.firstRow; r <= table.lastRow; r++) {
    if (table.repeatedHeaderRows.includes(r)) continue;
    const nameMerge = nameCol === undefined ? null : mergeAt(sheet, r, nameCol);
    if (nameMerge && nameMerge.top !== r) continue;
    const name = textAt(sheet, r, nameCol);
    if (!name) continue;
    const plans = QUARTERS.map((q) => quarterCell(sheet, r, quarterColumn(table, 'planQuarter', q)));
    const target = single(sheet, r, columns.target);
    const figures = [target.parsed, ...plans.map((p) => p.parsed)];
    if (!figures.some((p) => p.kind === 'number' || p.kind === 'level' || p.kind === 'na' || p.dueInQ4)) continue;
    out.push({
      table,
      row: r,
      planRow: r,
      resultRow: r,
      name,
      nameRef: { row: r, col: nameCol! },
      unitCell: textAt(sheet, r, columns.unit) || null,
      target: target.parsed,
      targetRef: target.ref,
      plans,
      results: QUARTERS.map((q) => quarterCell(sheet, r, quarterColumn(table, 'resultQuarter', q))),
      totalRef: columns.total === undefined ? null : { row: r, col: columns.total },
      percentRef: columns.percent === undefined ? null : { row: r, col: columns.percent },
      statusRef: columns.status === undefined ? null : { row: r, col: columns.status },
    });
  }
  return out;
}
