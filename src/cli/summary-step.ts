/** The summary command's extra step: the summary sheet, rendered from the report, added after the source sheets. */
import type ExcelJS from 'exceljs';
import { summaryOptions } from '../core/summary/options';
import { renderSummary } from '../core/summary/render-summary';
import type { Report, Settings } from '../core/types';
import { userSheetNames, writeSheetSpec, type SummaryNote } from '../xlsx/write-sheet-spec';

export function addSummarySheet(workbook: ExcelJS.Workbook, report: Report, settings: Partial<Settings>): { name: string; notes: SummaryNote[] } {
  const sheets = userSheetNames(workbook);
  const spec = renderSummary(report, summaryOptions(settings, sheets));
  const written = writeSheetSpec(workbook, spec, { after: sheets });
  return { name: written.sheetName, notes: written.notes };
}
