/**
 * The user's settings (measure/direction corrections, digits, tolerance, cabinet targets, font), saved with the
 * workbook in the very hidden sheet `_kpi_progress`: JSON down column A from A1 in chunks (core/settings.ts), the
 * same sheet the CLI reads and writes with exceljs (src/xlsx/settings-sheet.ts), so both see the same settings.
 * Two syncs to load, two to save.
 */
import { parseSettings, serializeSettings, SETTINGS_SHEET } from '../core/settings';
import type { Settings } from '../core/types';
import { mapped } from './errors';
import type { ExcelRun } from './excel-run';

export function loadSettings(run: ExcelRun): Promise<Partial<Settings>> {
  return mapped(() =>
    run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
      await context.sync();
      if (ws.isNullObject) return {};
      const used = ws.getUsedRange(true).load('values,rowIndex,columnIndex');
      await context.sync();
      if (used.rowIndex !== 0 || used.columnIndex !== 0) return {};
      const chunks: string[] = [];
      for (const row of used.values) {
        const v = row[0];
        if (typeof v !== 'string' || v === '') break;
        chunks.push(v);
      }
      return chunks.length ? parseSettings(chunks).settings : {};
    }),
  );
}

export function saveSettings(run: ExcelRun, settings: Partial<Settings>): Promise<void> {
  return mapped(() =>
    run(async (context) => {
      const existing = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
      await context.sync();
      let ws: Excel.Worksheet;
      if (existing.isNullObject) {
        ws = context.workbook.worksheets.add(SETTINGS_SHEET);
        ws.visibility = 'VeryHidden' as Excel.SheetVisibility;
      } else {
        ws = existing;
        ws.getRange('A:A').clear('Contents' as Excel.ClearApplyTo);
      }
      const chunks = serializeSettings(settings);
      // The apostrophe keeps each chunk text whatever it starts with (a chunk may begin with '-' or a digit).
      ws.getRangeByIndexes(0, 0, chunks.length, 1).values = chunks.map((c) => [`'${c}`]);
      await context.sync();
    }),
  );
}
