/**
 * An exceljs workbook as the pipeline's port (core/pipeline.ts): what the command line's summary runs on until the
 * package patcher writes summaries too. The summary goes after the user's sheets, replacing the one we made before.
 */
import type ExcelJS from 'exceljs';
import type { EditsApplied, SummaryWritten, WorkbookPort } from '../core/pipeline';
import { applyEdits } from './apply-edits';
import { readGrid } from './read-grid';
import { readSettings } from './settings-sheet';
import { userSheetNames, withoutSummaries, writeSheetSpec, type SummaryNote } from './write-sheet-spec';

export function exceljsWorkbook(workbook: ExcelJS.Workbook): WorkbookPort<EditsApplied, SummaryWritten & { notes: SummaryNote[] }> {
  let userSheets: string[] = [];
  return {
    async readGrid() {
      userSheets = userSheetNames(workbook);
      // Our own summary sheet is output, never a source: it would count the budget twice.
      const grid = withoutSummaries(workbook, readGrid(workbook));
      return { grid, userSheets, settings: readSettings(workbook).settings, warnings: [] };
    },
    async applyEdits(edits) {
      return { written: applyEdits(workbook, edits), warnings: [] };
    },
    async writeSummary(spec) {
      return writeSheetSpec(workbook, spec, { after: userSheets });
    },
  };
}
