/** Writes core's edits into an exceljs workbook: values as typed (strings stay text), number formats, flag fills. */
import type ExcelJS from 'exceljs';
import type { Edit } from '../core/types';

export function applyEdits(workbook: ExcelJS.Workbook, edits: Iterable<Edit>): number {
  let written = 0;
  for (const e of edits) {
    const ws = workbook.getWorksheet(e.sheet);
    if (!ws) throw new Error(`sheet not found: ${e.sheet}`);
    const cell = ws.getCell(e.row + 1, e.col + 1);
    // exceljs shares style objects between cells: copy before changing so no other cell changes with it.
    if (e.numberFormat !== undefined || e.fill !== undefined) cell.style = structuredClone(cell.style ?? {});
    if (e.value !== undefined) cell.value = e.value;
    if (e.numberFormat !== undefined) cell.numFmt = e.numberFormat;
    if (e.fill !== undefined) {
      cell.fill =
        e.fill === null
          ? { type: 'pattern', pattern: 'none' }
          : { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${e.fill}` }, bgColor: { argb: `FF${e.fill}` } };
    }
    written++;
  }
  return written;
}
