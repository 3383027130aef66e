/**
 * Our summary sheets in the workbook now: สร้างสรุปผล replaces them, and deleting a sheet clears Excel's undo list
 * (Worksheet.delete, "Undo support in Excel add-ins"), so the pane asks before. One sync, nothing written.
 */
import type { ExcelRun } from './excel-run';
import { mapped } from './errors';
import { summarySheets } from './own-sheets';

export function ourSummaryNames(run: ExcelRun): Promise<string[]> {
  return mapped(() =>
    run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      const names = context.workbook.names.load('items/name,items/formula');
      await context.sync();
      const ours = summarySheets(names.items, sheets.items.map((s) => s.name));
      return [...ours.keys()];
    }),
  );
}
