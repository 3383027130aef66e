/**
 * An .xlsx package as the pipeline's port (core/pipeline.ts) for recalculation: read with the package reader,
 * written by patching the sheets' XML, everything else in the file kept byte for byte. The summary sheet is not
 * written this way yet (the command line's summary still goes through exceljs).
 */
import type { RecalcPort } from '../core/pipeline';
import type { XlsxPackage } from './package/package';
import { ourSummarySheets, savedSettings, userSheetNames } from './package/our-sheets';
import { applyEditList } from './patch/apply-edit-list';
import { PackageWriter } from './patch/package-writer';
import { readWorkbookGrid } from './sheet-xml/read-workbook';

export type PackagePort = RecalcPort & { writer(): PackageWriter };

export function packageWorkbook(pkg: XlsxPackage): PackagePort {
  const writer = new PackageWriter(pkg);
  return {
    async readGrid() {
      // Our own summary sheet is output, never a source: it would count the budget twice.
      const ours = new Set(ourSummarySheets(pkg));
      const read = readWorkbookGrid(pkg, (name) => !ours.has(name));
      return { grid: read.grid, userSheets: userSheetNames(pkg), settings: savedSettings(read.grid).settings, warnings: read.warnings };
    },
    async applyEdits(edits) {
      return applyEditList(writer, edits);
    },
    writer: () => writer,
  };
}
