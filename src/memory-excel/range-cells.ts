/** What Range's commands do to a sheet's cells in the in-memory Excel: merge, clear, and the runs of formula cells. */
import type { CellRange } from '../core/grid';
import { MemoryOfficeError } from './engine';
import { mergesMeeting } from './merged-areas';
import { cellAt, type MemSheet } from './state';

/** Range.merge(across) on the sheet's cells: all but each area's top-left cell are emptied. */
export function mergeCells(sheet: MemSheet, rect: CellRange, across: boolean): void {
  const parts = across
    ? Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => ({ ...rect, top: rect.top + i, bottom: rect.top + i }))
    : [rect];
  for (const part of parts) {
    if (mergesMeeting(sheet, part).length) {
      throw new MemoryOfficeError('InvalidOperation', 'Cannot merge cells that overlap a merged area.');
    }
    for (let r = part.top; r <= part.bottom; r++) {
      for (let c = part.left; c <= part.right; c++) {
        if (r === part.top && c === part.left) continue;
        const cell = cellAt(sheet, r, c);
        if (cell) {
          cell.value = null;
          delete cell.formula;
        }
      }
    }
    sheet.merges.push({ ...part });
  }
}

/** Range.clear(applyTo) on the sheet's cells. */
export function clearCells(sheet: MemSheet, rect: CellRange, applyTo: string): void {
  for (let r = rect.top; r <= Math.min(rect.bottom, sheet.rows.length - 1); r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    for (let c = rect.left; c <= Math.min(rect.right, row.length - 1); c++) {
      const cell = row[c];
      if (!cell) continue;
      if (applyTo === 'All' || applyTo === 'Contents') {
        cell.value = null;
        delete cell.formula;
      }
      if (applyTo === 'All' || applyTo === 'Formats') {
        delete cell.numberFormat;
        delete cell.style;
      }
    }
  }
}

/** The runs of formula cells in the range, row by row (getSpecialCellsOrNullObject('Formulas')). */
export function formulaAreas(sheet: MemSheet, rect: CellRange): CellRange[] {
  const areas: CellRange[] = [];
  for (let r = rect.top; r <= Math.min(rect.bottom, sheet.rows.length - 1); r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    let start = -1;
    for (let c = rect.left; c <= Math.min(rect.right, row.length - 1) + 1; c++) {
      const isFormula = c <= rect.right && row[c]?.formula !== undefined;
      if (isFormula && start < 0) start = c;
      if (!isFormula && start >= 0) {
        areas.push({ top: r, bottom: r, left: start, right: c - 1 });
        start = -1;
      }
    }
  }
  return areas;
}
