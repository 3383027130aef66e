/**
 * The empty column maps every table is read into, and the example table kept for their shapes: every table's
 * columns have one shape, so the per-row code that reads them (an indicator's target, total, percent…) stays
 * monomorphic across a workbook's tables (a shape per table made a workbook of four kinds of table 40 % slower at
 * 100,000 rows than each kind alone), and from one run to the next (shapes.ts).
 */
import { detectedTable, type DetectedTable } from './detect-tables';
import type { SheetGrid } from './grid';
import { keepShapeOf } from './shapes';

/** Every role's column, undefined until found, in one order. */
export function noColumns(): DetectedTable['columns'] {
  return {
    program: undefined,
    project: undefined,
    name: undefined,
    unit: undefined,
    target: undefined,
    label: undefined,
    total: undefined,
    percent: undefined,
    status: undefined,
    owner: undefined,
    seq: undefined,
    weight: undefined,
    note: undefined,
    resultToDate: undefined,
    budgetName: undefined,
    allocation: undefined,
    netAllocation: undefined,
    disbursedTotal: undefined,
    disbursedTotalPercent: undefined,
    commitment: undefined,
    remaining: undefined,
  };
}

/** Every period role's columns (an indicator's, then a budget's), undefined until found, in one order. */
export function noPeriodColumns(): DetectedTable['quarters'] {
  return {
    quarter: undefined, planQuarter: undefined, resultQuarter: undefined,
    targetShare: undefined, plannedAmount: undefined, plannedPercent: undefined, disbursed: undefined, disbursedPercent: undefined,
  };
}

/** The sheet of the table whose shape is kept: no cells. */
const NO_SHEET: SheetGrid = { name: '', values: [], merges: [] };
let shapeKept = false;

/** The first table read, given back; a copy of it with no cells is kept, for its shapes to outlive the run. */
export function keepTableShape(table: DetectedTable): DetectedTable {
  if (!shapeKept) {
    shapeKept = true;
    keepShapeOf(detectedTable({
      ...table,
      sheet: NO_SHEET,
      columns: noColumns(),
      quarters: noPeriodColumns(),
      months: noPeriodColumns(),
      planCols: [],
      resultCols: [],
      repeatedHeaderRows: [],
    }));
  }
  return table;
}
