/**
 * A budget line's typed amounts, checked beside its computation (DOMAIN.md, "Numbers as staff type them"): a negative
 * amount, or one far beyond the allocation's scale (1e15 disbursed of 500,000), is computed with and warned about; a
 * line with amounts disbursed and no allocation is kept (its amounts count in the total row) and warned about; so is
 * a line that spends more than its allocation (its remaining negative).
 */
import type { DetectedTable } from './detect-tables';
import { quarterColumn } from './detect-tables';
import { hasPeriodDisbursed, numberAt } from './budget-periods';
import type { Finding } from './indicator-figures';
import { ABSURD } from './indicator-checks';
import type { CellRole } from './warning-messages';
import type { Quarter } from './types';

const Q: Quarter[] = [1, 2, 3, 4];

/** Whether the line at `row` has an amount disbursed typed: to date, by quarter or by month. */
export function hasDisbursement(table: DetectedTable, row: number): boolean {
  if (!hasPeriodDisbursed(table)) return numberAt(table, row, table.columns.disbursedTotal) !== null;
  const months = table.months?.disbursed;
  if (months) {
    for (let m = 0; m < 12; m++) if (numberAt(table, row, months[m]) !== null) return true;
    return false;
  }
  for (const q of Q) if (numberAt(table, row, quarterColumn(table, 'disbursed', q)) !== null) return true;
  return false;
}

/** A line's typed amounts that are negative or beyond its allocation's scale, as findings; and a missing allocation. */
export function budgetInputFindings(table: DetectedTable, row: number, allocated: number | null, disbursedToDate: number | null, findings: Finding[]): void {
  const { columns } = table;
  if (allocated === null && disbursedToDate !== null) {
    findings.push({ ref: { row, col: columns.allocation! }, code: 'allocation-missing', args: { disbursed: disbursedToDate } });
  }
  const scale = allocated !== null && allocated > 0 ? allocated * 1000 : ABSURD;
  check(table, row, columns.allocation, 'allocation', ABSURD, findings);
  check(table, row, columns.commitment, 'commitment', scale, findings);
  if (!hasPeriodDisbursed(table)) check(table, row, columns.disbursedTotal, 'disbursed', scale, findings);
  // Each period's columns, by month or else by quarter (index 0 = ต.ค. or Q1), looked up once a line.
  const periods = table.months ?? table.quarters;
  const disbursed = periods.disbursed;
  const planned = periods.plannedAmount;
  for (let i = 0; i < (table.months ? 12 : 4); i++) {
    check(table, row, disbursed?.[i], 'disbursed', scale, findings);
    check(table, row, planned?.[i], 'planned-amount', scale, findings);
  }
}

function check(table: DetectedTable, row: number, col: number | undefined, role: CellRole, scale: number, findings: Finding[]): void {
  if (col === undefined) return;
  // Most cells hold a plain amount well inside the scale: however it reads (a % format reads it a hundred times
  // larger, a merge over it as nothing), it is not suspicious, and it is not read again through the grammar.
  const raw = table.sheet.values[row]?.[col];
  if (typeof raw === 'number' && raw >= 0 && raw * 100 < Math.min(scale, ABSURD)) return;
  const v = numberAt(table, row, col);
  if (v === null || (v >= 0 && v < ABSURD && v <= scale)) return;
  findings.push({ ref: { row, col: col! }, code: 'suspicious-number', args: { role, value: v, kind: v < 0 ? 'negative' : 'absurd' } });
}

/**
 * More disbursed (and committed) than allocated: the remaining is negative — an amount or the allocation is wrong, or
 * a transfer is not typed in. Computed with, and warned about at the remaining cell (else the amount disbursed).
 */
export function overspentFinding(table: DetectedTable, row: number, remaining: number | null, findings: Finding[]): void {
  if (remaining === null || remaining >= -1e-6) return;
  const col = table.columns.remaining ?? table.columns.disbursedTotal ?? table.columns.allocation!;
  findings.push({ ref: { row, col }, code: 'suspicious-number', args: { role: 'remaining', value: remaining, kind: 'negative' } });
}
