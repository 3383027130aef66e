/** The budget table's computed cells: planned and actual percentages, totals, the total row and the cumulative row. */
import type { BudgetFigures, BudgetLineSource } from './budget';
import type { DetectedTable, QuarterRole } from './detect-tables';
import { quarterColumn } from './detect-tables';
import type { Finding } from './indicator-figures';
import { outputCell, type OutputRequest } from './output-cell';
import type { TableStyle } from './output-style';
import { percentOf, roundHalfAway } from './thai-digits';
import type { Edit, Quarter } from './types';

const Q: Quarter[] = [1, 2, 3, 4];

export function budgetEdits(
  table: DetectedTable,
  line: BudgetLineSource,
  fig: BudgetFigures,
  quarter: Quarter,
  style: TableStyle,
  flagged: boolean,
): { edits: Edit[]; findings: Finding[] } {
  const edits: Edit[] = [];
  const findings: Finding[] = [];
  const put = (col: number | undefined, value: number | null, decimals: number, extra: Partial<OutputRequest> = {}) => {
    if (col === undefined || value === null) return;
    const o = outputCell({
      sheet: table.sheet,
      ref: { row: line.row, col },
      reason: 'budget',
      value: { kind: 'number', value: roundHalfAway(value, decimals), decimals },
      style,
      dashForZero: true,
      ...extra,
    });
    if (o.edit) edits.push(o.edit);
    findings.push(...o.findings);
  };
  const q = (role: QuarterRole, n: Quarter) => quarterColumn(table, role, n);

  if (line.isTotal) {
    const mismatch = { code: 'total-mismatch' as const, what: 'ผลรวม' };
    put(table.columns.allocation, fig.allocated, 4, { mismatch });
    for (const n of Q) {
      put(q('plannedAmount', n), fig.plannedAmount[n - 1], 4, { mismatch });
      if (n <= quarter) put(q('disbursed', n), fig.disbursed[n - 1], 4, { mismatch });
    }
  }
  for (const n of Q) {
    put(q('plannedPercent', n), fig.plannedPercentByQuarter[n - 1], 2);
    if (n <= quarter) put(q('disbursedPercent', n), fig.disbursedPercentByQuarter[n - 1], 2, n === quarter ? { flagged } : {});
  }
  const annual = !table.quarters.disbursed?.some((c) => c !== undefined);
  if (!annual) put(table.columns.disbursedTotal, fig.disbursedToDate, 4, { mismatch: { code: 'total-mismatch', what: 'ผลการเบิกจ่ายรวม' } });
  put(table.columns.disbursedTotalPercent, fig.percent, 2, { flagged, mismatch: { code: 'percent-mismatch', what: 'ร้อยละการเบิกจ่าย' } });
  return { edits, findings };
}

/** The row of cumulative figures under the total row: planned amount and share, disbursed and share, to the end of each quarter. */
export function cumulativeRowEdits(
  table: DetectedTable,
  line: BudgetLineSource,
  total: BudgetFigures,
  quarter: Quarter,
  style: TableStyle,
): { edits: Edit[]; findings: Finding[] } {
  const edits: Edit[] = [];
  const findings: Finding[] = [];
  let planned = 0;
  for (const n of Q) {
    planned += total.plannedAmount[n - 1] ?? 0;
    if (n === 1) continue; // the first quarter's cumulative figures are the quarter's own, left as typed
    const cells: [QuarterRole, number | null, number][] = [
      ['plannedAmount', roundHalfAway(planned, 4), 4],
      ['plannedPercent', percentOf(planned, total.allocated), 2],
    ];
    if (n <= quarter) {
      cells.push(['disbursed', total.disbursed[n - 1], 4], ['disbursedPercent', percentOf(total.disbursed[n - 1], total.allocated), 2]);
    }
    for (const [role, value, decimals] of cells) {
      const col = quarterColumn(table, role, n);
      if (col === undefined || value === null) continue;
      const o = outputCell({
        sheet: table.sheet,
        ref: { row: line.row, col },
        reason: 'budget',
        value: { kind: 'number', value, decimals },
        style,
        dashForZero: true,
      });
      if (o.edit) edits.push(o.edit);
      findings.push(...o.findings);
    }
  }
  return { edits, findings };
}
