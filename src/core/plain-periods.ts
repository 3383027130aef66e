/**
 * Months or quarters with no role word over them (ต.ค. … ก.ย. alone, ไตรมาส ๑–๔ alone) beside an allocation
 * (งบประมาณ (จัดสรร), งบประมาณที่ได้รับ) and no target: a budget's disbursements, period by period. An indicator
 * table has a target (เป้าหมาย, ค่าเป้าหมาย) or says แผน/ผล over its periods; without either, what the periods hold
 * is money spent against the allocation, and a person reads the table as a budget.
 */
import type { DetectedTable } from './detect-tables';
import type { Period } from './header-labels';

interface PlainPeriod {
  col: number;
  role: 'quarter' | 'planQuarter' | 'resultQuarter';
  period: Period;
}

/**
 * Puts `periods` into the months' or the quarters' budget columns when they are a budget's (a plain period or ผล: the
 * amount disbursed; แผน: the amount planned); says whether it did.
 */
export function plainPeriodsAsDisbursed(
  columns: DetectedTable['columns'],
  periods: readonly PlainPeriod[],
  quarters: DetectedTable['quarters'],
  months: NonNullable<DetectedTable['months']>,
): boolean {
  // A แผน/ผล column: rows of plans and results, read as such (month-percent-rows.ts).
  if (columns.allocation === undefined || columns.target !== undefined || columns.label !== undefined || periods.length === 0) return false;
  if (quarters.disbursed || months.disbursed || quarters.plannedAmount || months.plannedAmount) return false;
  const axis = periods[0].period.axis;
  if (axis === 'half' || periods.some((p) => p.period.axis !== axis)) return false;
  // Plain periods beside แผน/ผล ones: which is which is not said.
  const plain = periods.some((p) => p.role === 'quarter');
  if (plain && periods.some((p) => p.role !== 'quarter')) return false;
  const size = axis === 'month' ? 12 : 4;
  const disbursed = new Array<number | undefined>(size).fill(undefined);
  const planned = new Array<number | undefined>(size).fill(undefined);
  for (const p of periods) {
    const list = p.role === 'planQuarter' ? planned : disbursed;
    list[p.period.index] ??= p.col;
  }
  if (!disbursed.some((c) => c !== undefined)) return false;
  const into = axis === 'month' ? months : quarters;
  into.disbursed = disbursed;
  if (planned.some((c) => c !== undefined)) into.plannedAmount = planned;
  return true;
}
