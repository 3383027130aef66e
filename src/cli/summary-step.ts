/** The summary command's extra step: the summary sheet, added after the source sheets. */
import type ExcelJS from 'exceljs';
import type { Report } from '../core/types';

export function addSummarySheet(workbook: ExcelJS.Workbook, report: Report): string {
  void workbook;
  void report;
  throw new Error('summary: not available yet');
}
