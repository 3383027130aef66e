/** The sample workbook in the in-memory Excel: the pane's operations run on it, and the grid is read back to draw. */
import type { Grid } from '../../core/grid';
import type { ExcelRun } from '../../excel/excel-run';
import { createMemoryExcel } from '../../memory-excel';

export interface SampleWorkbook {
  run: ExcelRun;
  /** The workbook as it is now (values after a run, flag fills), visible sheets only. */
  snapshot(): Grid;
}

export function openSampleWorkbook(grid: Grid): SampleWorkbook {
  const memory = createMemoryExcel(grid);
  return { run: memory.run, snapshot: () => memory.toGrid() };
}
