/**
 * Heading rows that carry their lines' sums (แผนงานพื้นฐาน 3,000,000 over its projects' 2,000,000 and 1,000,000): a
 * subtotal above its lines, not named รวม. Such a row is not a line of its own — counted, the table's รวมทั้งสิ้น would
 * be "corrected" to twice what it is. A row is one when its allocation and its amount disbursed are the sums of the
 * lines straight below it — two or more; one line only in a table where other headings sum two or more, and with an
 * amount disbursed that is not 0 (equal grants side by side say nothing) — unless a typed total row counts them in.
 */
import type { BudgetLineSource } from './budget';
import { disbursedBothWays, hasPeriodDisbursed, numberAt } from './budget-periods';
import type { DetectedTable } from './detect-tables';

/** Marks the lines that are subtotals of the lines below them (`sumsBelow`), as totals: not added into any sum. */
export function markSubtotalsAbove(table: DetectedTable, lines: BudgetLineSource[]): void {
  const n = lines.length;
  // NaN where a row has none: a list of plain numbers, not one boxed number per line.
  const allocation = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const l = lines[i];
    allocation[i] = (l.isTotal || l.isCumulativeRow ? null : numberAt(table, l.row, table.columns.allocation)) ?? NaN;
  }
  // Amounts disbursed are read only for the rows whose allocations add up (most tables: none), each once.
  const disbursed = new Array<number | null | undefined>(n).fill(undefined);
  const disbursedAt = (i: number): number | null => {
    let d = disbursed[i];
    if (d === undefined) d = disbursed[i] = lines[i].isTotal || lines[i].isCumulativeRow ? null : disbursedOf(table, lines[i].row);
    return d;
  };
  const sizes = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) sizes[i] = groupBelow(i, allocation, disbursedAt);
  // A heading over one line is one only in a table that shows the habit over two or more.
  if (!sizes.some((k) => k >= 2)) return;
  const marked: number[] = [];
  for (let i = 0; i < n; i++) if (sizes[i] >= 2 || (sizes[i] === 1 && disbursedAt(i))) marked.push(i);
  if (!marked.length || typedTotalsCountThem(table, lines, allocation, marked)) return;
  for (const i of marked) {
    lines[i].isTotal = true;
    lines[i].sumsBelow = true;
  }
}

/** How many lines straight below line i its allocation and amount disbursed are the sums of (0: none). */
function groupBelow(i: number, allocation: Float64Array, disbursedAt: (i: number) => number | null): number {
  const a = allocation[i];
  if (!(a > 0)) return 0;
  let sumA = 0;
  let count = 0;
  for (let k = i + 1; k < allocation.length && !Number.isNaN(allocation[k]) && sumA < a && !near(sumA, a); k++) {
    sumA += allocation[k];
    count++;
  }
  if (count === 0 || !near(sumA, a)) return 0;
  let sumD = 0;
  for (let k = i + 1; k <= i + count; k++) sumD += disbursedAt(k) ?? 0;
  return near(sumD, disbursedAt(i) ?? 0) ? count : 0;
}

/** Whether a typed total row's allocation is every row's above it with the heading rows counted in, not without. */
function typedTotalsCountThem(table: DetectedTable, lines: BudgetLineSource[], allocation: Float64Array, marked: number[]): boolean {
  const isMarked = new Set(marked);
  let withThem = 0;
  let without = 0;
  for (let i = 0; i < lines.length; i++) {
    const a = allocation[i];
    if (!Number.isNaN(a)) {
      withThem += a;
      if (!isMarked.has(i)) without += a;
      continue;
    }
    if (!lines[i].isTotal) continue;
    const typed = numberAt(table, lines[i].row, table.columns.allocation);
    if (typed !== null && near(typed, withThem) && !near(typed, without)) return true;
  }
  return false;
}

function disbursedOf(table: DetectedTable, row: number): number | null {
  if (!hasPeriodDisbursed(table)) return numberAt(table, row, table.columns.disbursedTotal);
  return disbursedBothWays(table, row)?.sum ?? null;
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(a));
}
