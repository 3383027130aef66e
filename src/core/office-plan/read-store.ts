/**
 * What readWorkbook stores of each answer into core's Grid: values (error literals as errors), number formats,
 * fills (white as none), formula cells and merged areas. Pure.
 */
import { ERROR_LITERALS, type CellRange, type CellValue, type SheetGrid } from '../grid';
import type { Block, ColumnRun, SheetPlan } from './read-plan';

/** What getCellProperties answers for a cell's fill (the Office.js shape, as plain data). */
export interface FillProperties {
  format?: { fill?: { color?: string } };
}

export function addMerges(plan: SheetPlan, areas: CellRange[]): void {
  for (const a of areas) {
    const key = `${a.top}:${a.left}:${a.bottom}:${a.right}`;
    if (plan.mergeKeys.has(key)) continue;
    plan.mergeKeys.add(key);
    plan.grid.merges!.push(a);
  }
}

/** A colour Excel answered for every cell of `run` (all rows of the used range): stored unless white (no fill). */
export function fillColumns(plan: SheetPlan, run: ColumnRun, colour: string): void {
  const fill = colour.replace('#', '').toUpperCase();
  if (fill === 'FFFFFF') return;
  for (let r = plan.top; r < plan.top + plan.rows; r++) {
    const row = (plan.grid.fills![r] ??= []);
    for (let c = plan.left + run.from; c < plan.left + run.from + run.count; c++) row[c] = fill;
  }
}

export function markFormulas(grid: SheetGrid, areas: CellRange[]): void {
  for (const a of areas) {
    for (let r = a.top; r <= a.bottom; r++) {
      const row = (grid.formulas![r] ??= []);
      for (let c = a.left; c <= a.right; c++) row[c] = true;
    }
  }
}

export function storeCells(block: Block, values: unknown[][], formats: string[][] | null): void {
  const g = block.plan.grid;
  const top = block.plan.top + block.start;
  const left = block.plan.left;
  values.forEach((row, i) => {
    const r = top + i;
    row.forEach((v, j) => {
      const c = left + j;
      const value = cellValue(v);
      if (value !== null) (g.values[r] ??= [])[c] = value;
      const f = formats?.[i]?.[j];
      if (f && f !== 'General') (g.formats![r] ??= [])[c] = f;
    });
  });
}

/** Per-cell fills of `run` from row offset `start`; a white fill reads as none (Excel answers '#FFFFFF' for both). */
export function storeFills(plan: SheetPlan, start: number, run: ColumnRun, props: FillProperties[][]): void {
  const g = plan.grid;
  props.forEach((row, i) => {
    const r = plan.top + start + i;
    row.forEach((p, j) => {
      const color = p?.format?.fill?.color;
      if (color && color.toUpperCase() !== '#FFFFFF') (g.fills![r] ??= [])[plan.left + run.from + j] = color.replace('#', '').toUpperCase();
    });
  });
}

export function cellValue(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'string' && ERROR_LITERALS.includes(v)) return { error: v };
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

/** Rows from A1 with no holes, as the Grid's readers expect (`values[r]` always an array). */
export function trim(grid: SheetGrid): SheetGrid {
  for (let r = 0; r < grid.values.length; r++) grid.values[r] ??= [];
  return grid;
}

