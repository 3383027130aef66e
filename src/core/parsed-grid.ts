/**
 * The grid's cells as typed values: the one place core turns a cell into a `ParsedCell` (detection, extraction,
 * measures, checks and edits read them here, never parsing a cell their own way). A value is parsed once: numbers and
 * short texts are remembered by value in cell-grammar.ts (a table repeats its '-', 'N/A', '๓๕'), so a cell read twice
 * costs a lookup. A number in a %-formatted cell is read as the percent it shows (cell-read.ts: 0.9605 is 96.05). A copy of the grid as parsed cells is not made: at 100,000 rows it would be a second grid to keep
 * and to fault in, for what the lookups already give.
 */
import { parseCell, type ParsedCell } from './cell-grammar';
import { figureValueAt } from './cell-read';
import { mergeAt, type SheetGrid } from './grid';

/** Reads as empty: a missing column, a cell covered by another's merge. */
export const EMPTY_CELL: ParsedCell = parseCell(null);

/** The cell's own value. */
export function cellParsed(sheet: SheetGrid, row: number, col: number | undefined): ParsedCell {
  return col === undefined ? EMPTY_CELL : parseCell(figureValueAt(sheet, row, col));
}

/** What the cell shows: inside a merged area, the area's first cell (a name merged down, a note merged across). */
export function shownParsed(sheet: SheetGrid, row: number, col: number | undefined): ParsedCell {
  if (col === undefined) return EMPTY_CELL;
  const m = mergeAt(sheet, row, col);
  return parseCell(m ? figureValueAt(sheet, m.top, m.left) : figureValueAt(sheet, row, col));
}

/** The cell's own figure: empty when another cell's merge covers it (that figure is the other cell's). */
export function ownParsed(sheet: SheetGrid, row: number, col: number | undefined): ParsedCell {
  if (col === undefined) return EMPTY_CELL;
  const m = mergeAt(sheet, row, col);
  if (m && (m.top !== row || m.left !== col)) return EMPTY_CELL;
  return parseCell(figureValueAt(sheet, row, col));
}

/**
 * The cell's own figure when it reads as a number (`ownParsed(…).kind === 'number'`), else null. A typed number is
 * taken as it is, without a parsed cell: a budget's amounts are mostly distinct, and at 100,000 rows each one made
 * a parsed cell and pushed the remembered numbers past their bound, so the shared ones were made again every run.
 */
export function ownNumber(sheet: SheetGrid, row: number, col: number | undefined): number | null {
  if (col === undefined) return null;
  const m = mergeAt(sheet, row, col);
  if (m && (m.top !== row || m.left !== col)) return null;
  const v = figureValueAt(sheet, row, col);
  if (typeof v === 'number') return Number.isFinite(v) ? v : null; // as parseCell: a number, or an error
  const p = parseCell(v);
  return p.kind === 'number' ? p.value : null;
}

/** A number or a level: a figure, not a word. */
export function isFigure(p: ParsedCell): boolean {
  return p.kind === 'number' || p.kind === 'level';
}
