/**
 * How every adapter function reaches Excel: an `ExcelRun` is `Excel.run` (officeExcelRun) or the in-memory Excel's
 * run (src/memory-excel), so the same code runs in Excel, in tests and in the browser preview.
 */

export interface ExcelRunOptions {
  /** [ExcelApi 1.20] Every sync of this run becomes one undo step. Pass only when the set is supported. */
  mergeUndoGroup?: boolean;
}

export type ExcelRun = <T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
  options?: ExcelRunOptions,
) => Promise<T>;

/** The real Excel: `Excel.run`, with RunOptions only when some are asked for. */
export const officeExcelRun: ExcelRun = (batch, options) =>
  options && options.mergeUndoGroup ? Excel.run({ mergeUndoGroup: true }, batch) : Excel.run(batch);
