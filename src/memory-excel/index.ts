/**
 * The in-memory Excel: `createMemoryExcel(grid)` gives an `ExcelRun` that behaves like `Excel.run` for the part of
 * the API the adapter uses, the inspectable workbook, and counters. Used by the tests and the task pane's preview.
 */
import type { Grid } from '../core/grid';
import type { ExcelRun } from '../excel/excel-run';
import { MemoryEngine, MemoryOfficeError, type EngineOptions, type MemoryStats } from './engine';
import { MemoryContext } from './context';
import { cellAt, findSheet, gridOf, readValue, workbookFromGrid, type MemCell, type MemWorkbook } from './state';
import { parseA1 } from '../core/address';

export interface MemoryExcel {
  run: ExcelRun;
  stats: MemoryStats;
  /** The workbook's state: read it in tests; change it only through `run`. */
  workbook: MemWorkbook;
  engine: MemoryEngine;
  /**
   * The sync with this number fails (1-based over the whole life; `stats.syncs + 1` is the next one), after its
   * first `after` commands ran (kept: Excel does not roll a batch back).
   */
  failAtSync(n: number, code?: string, after?: number): void;
  /** Ctrl+Z. */
  undo(): boolean;
  /** Called after every sync that changed the workbook (the preview redraws its grid). */
  onChange(listener: () => void): () => void;
  /** The cell at 'F13' on a sheet, as stored (undefined when never written). */
  cell(sheet: string, address: string): MemCell | undefined;
  /** The cell's value as Office.js would return it ('' for empty). */
  value(sheet: string, address: string): string | number | boolean;
  /** The workbook as a Grid (visible sheets unless includeHidden). */
  toGrid(options?: { includeHidden?: boolean }): Grid;
  /** Clears the counters (not the workbook). */
  resetStats(): void;
}

export function createMemoryExcel(grid: Grid, options: EngineOptions = {}): MemoryExcel {
  const workbook = workbookFromGrid(grid);
  const engine = new MemoryEngine(workbook, options);
  const run: ExcelRun = async (batch, runOptions) => {
    engine.stats.runs++;
    const merged = engine.groupsUndo(!!runOptions?.mergeUndoGroup);
    if (merged) engine.stats.mergedUndoRuns++;
    const context = new MemoryContext(engine, { merged, recorded: false });
    return batch(context as unknown as Excel.RequestContext);
  };
  const cell = (sheet: string, address: string): MemCell | undefined => {
    const s = findSheet(workbook, sheet);
    if (!s) throw new MemoryOfficeError('ItemNotFound', `no sheet ${sheet}`);
    const r = parseA1(address);
    return cellAt(s, r.top, r.left);
  };
  return {
    run,
    stats: engine.stats,
    workbook,
    engine,
    failAtSync: (n, code, after) => engine.failAtSync(n, code, after),
    undo: () => engine.undo(),
    onChange: (l) => engine.onChange(l),
    cell,
    value: (sheet, address) => readValue(cell(sheet, address)),
    toGrid: (o) => gridOf(workbook, o),
    resetStats: () => {
      const s = engine.stats;
      s.runs = s.syncs = s.writeSyncs = s.writeSyncsWithCalculationSuspended = s.mergedUndoRuns = 0;
      s.requestBytes.length = 0;
      s.responseBytes.length = 0;
    },
  };
}

export { MemoryOfficeError } from './engine';
export type { MemoryStats } from './engine';
export type { MemCell, MemSheet, MemWorkbook } from './state';
