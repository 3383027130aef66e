/** The budget table's computed cells: planned and actual percentages, totals, the total row and the cumulative row. */
import type { BudgetFigures, BudgetLineSource } from './budget';
import type { DetectedTable, QuarterRole } from './detect-tables';
import { quarterColumn } from './detect-tables';
import { hasPeriodDisbursed } from './budget-periods';
import { SUMMED_MONTHS, type MonthSums } from './budget-above';
import { monthPercentEdits } from './budget-month-percent';
import { cellIsFormula, cellValue } from './grid';
import { outputCell, type EditSink, type Mismatch } from './output-cell';
import type { TableStyle } from './output-style';
import { percentOf, roundHalfAway } from './thai-digits';
import type { Quarter } from './types';

const Q: Quarter[] = [1, 2, 3, 4];
const TOTAL_MISMATCH = { code: 'total-mismatch', role: 'total' } as const;
const DISBURSED_MISMATCH = { code: 'total-mismatch', role: 'disbursed-total' } as const;
const PERCENT_MISMATCH = { code: 'percent-mismatch', role: 'disbursed-percent' } as const;
const COMMITMENT_MISMATCH = { code: 'total-mismatch', role: 'commitment' } as const;
const REMAINING_MISMATCH = { code: 'total-mismatch', role: 'remaining' } as const;

export function budgetEdits(
  table: DetectedTable,
  line: BudgetLineSource,
  fig: BudgetFigures,
  quarter: Quarter,
  style: TableStyle,
  flagged: boolean,
  sink: EditSink,
  amountDecimals = 4,
): void {
  const cells: LineCells = { table, row: line.row, style, sink };
  const d = amountDecimals; // amounts in the table's own unit and decimals
  if (line.isTotal) {
    put(cells, table.columns.allocation, fig.allocated, d, TOTAL_MISMATCH);
    put(cells, table.columns.commitment, fig.committed, d, COMMITMENT_MISMATCH);
    // Quarter columns each their own (ผล beside แผน, รวม beside own months) add up quarter by quarter; running ones to date.
    const disbursed = table.reading === 'own' && fig.quartersOfLines ? fig.quartersOfLines : fig.disbursed;
    for (const n of Q) {
      put(cells, quarterColumn(table, 'plannedAmount', n), fig.plannedAmount[n - 1], d, TOTAL_MISMATCH);
      if (n <= quarter) put(cells, quarterColumn(table, 'disbursed', n), disbursed[n - 1], d, TOTAL_MISMATCH);
    }
    if (fig.monthsOfLines) monthTotals(cells, fig.monthsOfLines, quarter, d);
  } else if (table.months?.disbursed && table.quarters.disbursed) quarterTotals(cells, fig.disbursed, quarter, table.reading === 'own', d);
  for (const n of Q) {
    put(cells, quarterColumn(table, 'plannedPercent', n), fig.plannedPercentByQuarter[n - 1], 2);
    if (n <= quarter) {
      put(cells, quarterColumn(table, 'disbursedPercent', n), fig.disbursedPercentByQuarter[n - 1], 2, undefined, n === quarter ? flagged : undefined);
    }
  }
  monthPercentEdits(table, line.row, fig, quarter, style, sink);
  // An annual table's disbursed column is typed on each line; on the total row it is their sum, checked.
  if (hasPeriodDisbursed(table) || line.isTotal) put(cells, table.columns.disbursedTotal, fig.disbursedToDate, d, DISBURSED_MISMATCH);
  put(cells, table.columns.remaining, fig.remaining, d, REMAINING_MISMATCH);
  put(cells, table.columns.disbursedTotalPercent, fig.columnPercent, 2, PERCENT_MISMATCH, flagged);
}

/**
 * A total row's month cells, each the sum of its lines' cells of that month, like its quarter cells (disbursement
 * through the reporting quarter): a typed figure that disagrees is corrected with a warning, a formula is warned
 * about, never overwritten. A month cell left empty on the total row stays empty: the office chose not to total it.
 */
function monthTotals(cells: LineCells, sums: MonthSums, quarter: Quarter, decimals: number): void {
  const { table, row } = cells;
  for (const role of SUMMED_MONTHS) {
    const cols = table.months?.[role];
    const sum = sums[role];
    if (!cols || !sum) continue;
    const months = role === 'disbursed' ? quarter * 3 : 12;
    for (let m = 0; m < months; m++) {
      const col = cols[m];
      if (col === undefined || (cellValue(table.sheet, row, col) === null && !cellIsFormula(table.sheet, row, col))) continue;
      put(cells, col, sum[m], decimals, TOTAL_MISMATCH);
    }
  }
}

/**
 * A budget by month's quarter รวม columns on a line: the quarter's months added up (each their own), or the disbursed
 * to date at its end (running totals), from `toDate` (disbursed to the end of each quarter).
 */
function quarterTotals(cells: LineCells, toDate: readonly (number | null)[], quarter: Quarter, own: boolean, decimals: number): void {
  let before = 0;
  for (const n of Q) {
    const d = toDate[n - 1];
    if (n > quarter || d === null) continue;
    put(cells, quarterColumn(cells.table, 'disbursed', n), own ? roundHalfAway(d - before, 6) : d, decimals, TOTAL_MISMATCH);
    before = d;
  }
}

/** Where one budget line's output cells go. */
interface LineCells {
  table: DetectedTable;
  row: number;
  style: TableStyle;
  sink: EditSink;
}

function put(
  { table, row, style, sink }: LineCells,
  col: number | undefined,
  value: number | null,
  decimals: number,
  mismatch?: Mismatch,
  flagged?: boolean,
): void {
  if (col === undefined || value === null) return;
  outputCell(table.sheet, row, col, 'budget', { kind: 'number', value: roundHalfAway(value, decimals), decimals }, style, sink, flagged, mismatch, true);
}

/** The row of cumulative figures under the total row: planned amount and share, disbursed and share, to the end of each quarter. */
export function cumulativeRowEdits(
  table: DetectedTable,
  line: BudgetLineSource,
  total: BudgetFigures,
  quarter: Quarter,
  style: TableStyle,
  sink: EditSink,
  amountDecimals = 4,
): void {
  let planned = 0;
  for (const n of Q) {
    planned += total.plannedAmount[n - 1] ?? 0;
    if (n === 1) continue; // the first quarter's cumulative figures are the quarter's own, left as typed
    const cells: [QuarterRole, number | null, number][] = [
      ['plannedAmount', roundHalfAway(planned, amountDecimals), amountDecimals],
      ['plannedPercent', percentOf(planned, total.allocated), 2],
    ];
    if (n <= quarter) {
      cells.push(['disbursed', total.disbursed[n - 1], amountDecimals], ['disbursedPercent', percentOf(total.disbursed[n - 1], total.allocated), 2]);
    }
    for (const [role, value, decimals] of cells) {
      const col = quarterColumn(table, role, n);
      if (col === undefined || value === null) continue;
      outputCell(table.sheet, line.row, col, 'budget', { kind: 'number', value, decimals }, style, sink, undefined, undefined, true);
    }
  }
}
