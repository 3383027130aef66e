/**
 * An .xlsx package as the pipeline's port (core/pipeline.ts): read with the package reader, written by patching the
 * sheets' XML and adding the summary as new parts, everything else in the file kept byte for byte.
 */
import type { EditsApplied, WorkbookPort } from '../core/pipeline';
import type { XlsxPackage } from './package/package';
import { ourSummarySheets, savedSettings, userSheetNames } from './package/our-sheets';
import { applyEditList } from './patch/apply-edit-list';
import { PackageWriter } from './patch/package-writer';
import { readWorkbookGrid } from './sheet-xml/read-workbook';
import { addSummaryParts, type AddedSummary } from './summary/add-summary';

export type PackagePort = WorkbookPort<EditsApplied, AddedSummary> & { writer(): PackageWriter };

export function packageWorkbook(pkg: XlsxPackage): PackagePort {
  const writer = new PackageWriter(pkg);
  return {
    async readGrid() {
      // Our own summary sheet is output, never a source: it would count the budget twice.
      const ours = new Set(ourSummarySheets(pkg));
      const read = readWorkbookGrid(pkg, (name) => !ours.has(name));
      return { grid: read.grid, userSheets: userSheetNames(pkg), settings: savedSettings(pkg, read.grid).settings, warnings: read.warnings };
    },
    async applyEdits(edits) {
      return applyEditList(writer, edits);
    },
    async writeSummary(spec) {
      return addSummaryParts(writer, spec, userSheetNames(pkg));
    },
    writer: () => writer,
  };
}
