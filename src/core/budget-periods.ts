/**
 * A budget line's figures per quarter, from quarter columns or from month columns (DOMAIN.md, "The period axis"):
 * money by month adds up to its quarter; disbursement typed as running totals (เบิกจ่ายสะสม, or months read so
 * against the table's own totals) is the last month reported.
 */
import type { DetectedTable, QuarterRole } from './detect-tables';
import { quarterColumn } from './detect-tables';
import { ownNumber, ownParsed } from './parsed-grid';
import { roundHalfAway } from './thai-digits';
import type { Quarter } from './types';

const Q: Quarter[] = [1, 2, 3, 4];

export function numberAt(table: DetectedTable, row: number, col: number | undefined): number | null {
  return ownNumber(table.sheet, row, col);
}

/** Whether the table has disbursement per period (quarters or months); without, its disbursed column is typed. */
export function hasPeriodDisbursed(table: DetectedTable): boolean {
  return someColumn(table.quarters.disbursed) || someColumn(table.months?.disbursed);
}

/** A loop, not some() and a function made per call: asked once per budget line. */
function someColumn(cols: readonly (number | undefined)[] | undefined): boolean {
  if (cols) for (let i = 0; i < cols.length; i++) if (cols[i] !== undefined) return true;
  return false;
}

/** A role's figure per quarter: its quarter column's, or the sum of its months'. */
export function perQuarter(table: DetectedTable, row: number, role: QuarterRole): (number | null)[] {
  const out: (number | null)[] = [null, null, null, null];
  const months = table.months?.[role];
  if (months) {
    for (let m = 0; m < 12; m++) {
      const v = numberAt(table, row, months[m]);
      if (v !== null) out[m / 3 | 0] = roundHalfAway((out[m / 3 | 0] ?? 0) + v, 6);
    }
    return out;
  }
  for (let i = 0; i < 4; i++) out[i] = numberAt(table, row, quarterColumn(table, role, Q[i]));
  return out;
}

/**
 * Disbursed to the end of each quarter through the reporting quarter: '-' counts as nothing disbursed. Months (and
 * quarters) are each their own (summed to date) or running totals (the last one reported in the quarter), as the
 * table reads.
 */
export function disbursedThrough(table: DetectedTable, row: number, quarter: Quarter): (number | null)[] {
  const out: (number | null)[] = [null, null, null, null];
  const months = table.months?.disbursed;
  if (months) {
    let sum = 0;
    for (let m = 0; m < 12 && m / 3 < quarter; m++) {
      const p = ownParsed(table.sheet, row, months[m]);
      const q = m / 3 | 0;
      if (p.kind === 'number') {
        sum += p.value!;
        out[q] = roundHalfAway(table.reading === 'running' ? p.value! : sum, 6);
      } else if (p.kind === 'dash' && table.reading === 'own') out[q] ??= roundHalfAway(sum, 6);
    }
    return out;
  }
  // Quarter columns are running totals (ผลเบิกจ่าย of the Budget Bureau's form), or each quarter's own amount (ผล beside
  // แผน): then summed to date.
  let sum = 0;
  for (let i = 0; i < 4; i++) {
    const p = ownParsed(table.sheet, row, quarterColumn(table, 'disbursed', Q[i]));
    if (p.kind === 'number') {
      sum += p.value!;
      out[i] = table.reading === 'running' ? p.value : roundHalfAway(sum, 6);
    } else if (i < quarter && p.kind === 'dash') out[i] = table.reading === 'running' ? 0 : roundHalfAway(sum, 6);
  }
  return out;
}

/** The quarters in which the line at `row` has a disbursement typed (a number, or text that reads as one: '๒๐๐,๐๐๐'), added to `seen`. */
export function quartersDisbursed(table: DetectedTable, row: number, seen: Set<number>): void {
  const values = table.sheet.values[row];
  if (!values) return;
  const months = table.months?.disbursed;
  if (months) {
    for (let m = 0; m < 12; m++) {
      const q = ((m / 3) | 0) + 1;
      if (!seen.has(q) && typedAmount(table, row, values, months[m])) seen.add(q); // a quarter seen is not looked at again
    }
    return;
  }
  for (let q = 1 as Quarter; q <= 4; q++) if (!seen.has(q) && typedAmount(table, row, values, quarterColumn(table, 'disbursed', q))) seen.add(q);
}

/** A number typed in the cell: most are numbers; text is parsed only when it is there. */
function typedAmount(table: DetectedTable, row: number, values: readonly unknown[], col: number | undefined): boolean {
  if (col === undefined) return false;
  const v = values[col];
  return typeof v === 'number' || (typeof v === 'string' && numberAt(table, row, col) !== null);
}

/**
 * A line's disbursement cells (months, else quarters) read both ways: their sum (each its own) and the last one
 * typed (running totals); null when none is typed.
 */
export function disbursedBothWays(table: DetectedTable, row: number): { sum: number; last: number } | null {
  const cols = table.months?.disbursed ?? table.quarters.disbursed;
  if (!cols) return null;
  let sum = 0;
  let last: number | null = null;
  for (let i = 0; i < cols.length; i++) {
    const v = numberAt(table, row, cols[i]);
    if (v === null) continue;
    sum += v;
    last = v;
  }
  return last === null ? null : { sum, last };
}

/**
 * A line's share of its allocation due by `quarter` (แผนร้อยละ, เป้าร้อยละ): the quarters' shares added up, or, where
 * they are typed to date (เป้าร้อยละสะสม 32 / 54 / 75 / 93: never falling, adding up past 100), the latest through
 * `quarter`.
 */
export function sharesThrough(shares: readonly (number | null)[], quarter: Quarter): number | null {
  let all = 0;
  let rising = true;
  let before: number | null = null;
  for (let i = 0; i < shares.length; i++) {
    const v = shares[i];
    if (v === null) continue;
    all += v;
    if (before !== null && v < before) rising = false;
    before = v;
  }
  const toDate = rising && all > 100.5;
  let out: number | null = null;
  for (let i = 0; i < quarter && i < shares.length; i++) {
    const v = shares[i];
    if (v !== null) out = toDate ? v : (out ?? 0) + v;
  }
  return out === null ? null : roundHalfAway(out, 6);
}
