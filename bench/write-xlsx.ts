/**
 * Writes a generated Grid to an .xlsx file with exceljs's streaming writer (a 100,000-row workbook in a few
 * seconds and little memory): values, number formats and merged areas, as the CLI will read them back.
 */
import ExcelJS from 'exceljs';
import fs from 'fs';
import path from 'path';
import type { CellRange, Grid } from '../src/core/grid';

export async function writeGridXlsx(grid: Grid, file: string): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useStyles: true, useSharedStrings: true });
  wb.creator = 'kpi-progress bench';
  for (const sheet of grid.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    const mergesByTop = new Map<number, CellRange[]>();
    for (const m of sheet.merges) {
      const list = mergesByTop.get(m.top);
      if (list) list.push(m);
      else mergesByTop.set(m.top, [m]);
    }
    for (let r = 0; r < sheet.values.length; r++) {
      // A merge must be declared before its first row is committed.
      for (const m of mergesByTop.get(r) ?? []) mergeUnchecked(ws, m);
      const values = sheet.values[r] ?? [];
      const formats = sheet.formats?.[r] ?? [];
      const width = Math.max(values.length, formats.length);
      const row = ws.getRow(r + 1);
      for (let c = 0; c < width; c++) {
        const v = values[c];
        const f = formats[c];
        if ((v === undefined || v === null) && !f) continue;
        const cell = row.getCell(c + 1);
        if (v !== undefined && v !== null) cell.value = typeof v === 'object' ? { error: v.error } as ExcelJS.CellErrorValue : v;
        if (f) cell.numFmt = f;
      }
      row.commit();
    }
    ws.commit();
  }
  await wb.commit();
  fs.renameSync(tmp, file);
}

/**
 * exceljs's streaming mergeCells checks the new area against every merge so far (quadratic: 36 s for the
 * 100,000-row workbook). The generator never overlaps merges, so the check runs against an empty list.
 */
function mergeUnchecked(ws: ExcelJS.Worksheet, m: CellRange): void {
  const writer = ws as unknown as { _merges: unknown[] };
  const all = writer._merges;
  const fresh: unknown[] = [];
  writer._merges = fresh;
  try {
    ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  } finally {
    writer._merges = all;
    all.push(...fresh);
  }
}
