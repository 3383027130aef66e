/** The settings saved in a workbook's very hidden `_kpi_progress` sheet, read and written with exceljs. */
import type ExcelJS from 'exceljs';
import { parseSettings, serializeSettings, SETTINGS_SHEET } from '../core/settings';
import type { Settings } from '../core/types';

export function readSettings(workbook: ExcelJS.Workbook): { settings: Partial<Settings>; problems: string[] } {
  const ws = workbook.getWorksheet(SETTINGS_SHEET);
  if (!ws) return { settings: {}, problems: [] };
  const chunks: string[] = [];
  for (let r = 1; ; r++) {
    const v = ws.getCell(r, 1).value;
    if (typeof v !== 'string' || v === '') break;
    chunks.push(v);
  }
  return chunks.length ? parseSettings(chunks) : { settings: {}, problems: [] };
}

export function writeSettings(workbook: ExcelJS.Workbook, settings: Partial<Settings>): void {
  const existing = workbook.getWorksheet(SETTINGS_SHEET);
  if (existing) workbook.removeWorksheet(existing.id);
  const ws = workbook.addWorksheet(SETTINGS_SHEET, { state: 'veryHidden' });
  serializeSettings(settings).forEach((chunk, i) => (ws.getCell(i + 1, 1).value = chunk));
}
