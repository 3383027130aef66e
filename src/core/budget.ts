/** Budget disbursement lines (layout D): planned and actual shares per quarter, totals, status against plan. */
import { cellKind, type ParsedCell } from './cell-grammar';
import { ownParsed } from './parsed-grid';
import type { DetectedTable } from './detect-tables';
import { quarterColumn } from './detect-tables';
import { disbursedThrough, hasPeriodDisbursed, numberAt, perQuarter, sharesThrough } from './budget-periods';
import type { Finding } from './indicator-figures';
import type { CellRole } from './warning-messages';
import { cellValue } from './grid';
import { budgetStatus } from './status';
import { budgetInputFindings, hasDisbursement, overspentFinding } from './budget-checks';
import { markSubtotalsAbove } from './budget-subtotals';
import { isTotalName } from './table-rows';
import { shareKey, type LinesAbove, type MonthSums } from './budget-above';
import { percentOf, roundHalfAway } from './thai-digits';
import type { Quarter, Status } from './types';

export interface BudgetLineSource {
  table: DetectedTable;
  row: number;
  name: string;
  isTotal: boolean;
  /** The row of cumulative figures under the total row, if any. */
  isCumulativeRow: boolean;
  /** A heading row carrying the sums of the lines below it (budget-subtotals.ts): a total of its typed figures. */
  sumsBelow: boolean;
}

export interface BudgetFigures {
  allocated: number | null;
  disbursedToDate: number | null;
  /** Committed (ก่อหนี้ผูกพัน, PO) as typed; on the total row the lines' sum. */
  committed: number | null;
  /** Allocated − disbursed (− committed when the table's remaining is net of them). */
  remaining: number | null;
  percent: number | null;
  /** What the table's percent column holds: `percent`, or the share spent (disbursed + committed) where it reads so. */
  columnPercent: number | null;
  plannedPercent: number | null;
  targetPercent: number | null;
  status: Status;
  findings: Finding[];
  /** A total row of a budget by month: its lines' month cells, summed (its own month cells are checked against them). */
  monthsOfLines: MonthSums | null;
  /** A total row: its lines' own disbursement of each quarter, summed (its quarter cells where they are each their own). */
  quartersOfLines: (number | null)[] | null;
  // Quarter by quarter (index 0 = Q1):
  plannedAmount: (number | null)[];
  /** Cumulative disbursed at the end of each quarter; null where not reported (after the reporting quarter). */
  disbursed: (number | null)[];
  targetShare: (number | null)[];
  plannedPercentByQuarter: (number | null)[];
  disbursedPercentByQuarter: (number | null)[];
}

const Q: Quarter[] = [1, 2, 3, 4];

function parsedAt(table: DetectedTable, row: number, col: number | undefined): ParsedCell {
  return ownParsed(table.sheet, row, col);
}

export { numberAt };

const TOTAL_LINE = /สรุปภาพรวม|^รวมทั้งสิ้น|^รวม$|^ภาพรวม|^รวมทั้งหมด/;
const SPACES = /\s+/g;
/** รวม, spaced or not: every total line's name has it once its spaces are taken out (a copy spared for the others). */
const MAY_BE_TOTAL = /ร\s*ว\s*ม/;

export function extractBudgetLines(table: DetectedTable): BudgetLineSource[] {
  const nameCol = table.columns.budgetName!;
  const out: BudgetLineSource[] = [];
  let sawTotal = false;
  for (let r = table.firstRow; r <= table.lastRow; r++) {
    const name = lineName(table, r, nameCol);
    const allocated = numberAt(table, r, table.columns.allocation);
    if (name) {
      const isTotal = MAY_BE_TOTAL.test(name) && (TOTAL_LINE.test(name.replace(SPACES, '')) || isTotalName(name));
      // A name with no allocation is a heading, unless it has amounts disbursed (warned about: budget-checks.ts).
      if (allocated === null && !isTotal && !hasDisbursement(table, r)) continue;
      out.push({ table, row: r, name, isTotal, isCumulativeRow: false, sumsBelow: false });
      sawTotal ||= isTotal;
    } else if (sawTotal && allocated === null && hasQuarterFigures(table, r)) {
      out.push({ table, row: r, name: '', isTotal: false, isCumulativeRow: true, sumsBelow: false });
      break;
    }
  }
  markSubtotalsAbove(table, out);
  return out;
}

/** Letters: a name, not a figure typed as text. */
const NAMED = /[ก-ฮA-Za-z]/;

/** The line's name: its name cell, with the text of the cells up to the allocation ('แผนงาน… / งบลงทุน'). */
function lineName(table: DetectedTable, row: number, nameCol: number): string {
  const allocation = table.columns.allocation ?? nameCol + 1;
  let name = '';
  for (let c = nameCol; c < Math.max(allocation, nameCol + 1); c++) {
    const v = cellValue(table.sheet, row, c);
    // The name cell's text is the name even when it starts with the line's number ('1.1 โครงการ…').
    if (typeof v === 'string' && (cellKind(v) === 'text' || (c === nameCol && NAMED.test(v)))) {
      const part = v.trim();
      if (part) name = name ? `${name} / ${part}` : part;
    }
    if (c === nameCol && !name) break;
  }
  return name;
}

function hasQuarterFigures(table: DetectedTable, r: number): boolean {
  return Q.some((q) => numberAt(table, r, quarterColumn(table, 'plannedAmount', q)) !== null);
}

/** The sum of the first `n` values that are stated (null when none is), rounded off binary noise. */
function sumOf(values: (number | null)[], n = values.length): number | null {
  let sum: number | null = null;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v !== null) sum = (sum ?? 0) + v;
  }
  return sum === null ? null : roundHalfAway(sum, 6);
}

function rounded(sum: number | null): number | null {
  return sum === null ? null : roundHalfAway(sum, 6);
}

export function budgetFigures(
  table: DetectedTable,
  line: BudgetLineSource,
  quarter: Quarter,
  tolerance: number,
  linesAbove: LinesAbove | null,
): BudgetFigures {
  const findings: Finding[] = [];
  const row = line.row;
  let allocated = numberAt(table, row, table.columns.allocation);
  let plannedAmount = perQuarter(table, row, 'plannedAmount');
  let disbursed = disbursedThrough(table, row, quarter);
  const targetShare = perQuarter(table, row, 'targetShare');

  if (line.isTotal && linesAbove && linesAbove.count) {
    allocated = rounded(linesAbove.allocated);
    plannedAmount = linesAbove.plannedAmount.map(rounded);
    disbursed = linesAbove.disbursed.map((d, i) => (i < quarter ? rounded(d) : null));
    targetShareFindings(table, row, targetShare, linesAbove.shareCounts, findings);
  }
  errorCells(table, row, findings);

  const plannedPercentByQuarter: (number | null)[] = [null, null, null, null];
  const disbursedPercentByQuarter: (number | null)[] = [null, null, null, null];
  for (let i = 0; i < 4; i++) {
    plannedPercentByQuarter[i] = percentOf(plannedAmount[i], allocated);
    if (i < quarter) disbursedPercentByQuarter[i] = percentOf(disbursed[i], allocated);
  }
  // An annual table has no quarter columns: its disbursed-to-date column is an input.
  const annual = !hasPeriodDisbursed(table);
  const sums = line.isTotal && linesAbove && linesAbove.count ? linesAbove : null;
  const totalOfLines = annual && sums ? rounded(sums.toDate) : null;
  const disbursedToDate = annual ? (totalOfLines ?? numberAt(table, row, table.columns.disbursedTotal)) : latestThrough(disbursed, quarter);
  const committed = sums && sums.committed !== null ? rounded(sums.committed) : numberAt(table, row, table.columns.commitment);
  const warned = findings.length;
  if (!line.isTotal) budgetInputFindings(table, row, allocated, disbursedToDate, findings);
  const remaining = remainingOf(table, allocated, disbursedToDate, committed);
  if (!line.isTotal && findings.length === warned) overspentFinding(table, row, remaining, findings);
  const percent = percentOf(disbursedToDate, allocated);
  const spent = table.percentBase === 'spent' && disbursedToDate !== null ? roundHalfAway(disbursedToDate + (committed ?? 0), 6) : null;
  const columnPercent = spent === null ? percent : percentOf(spent, allocated);
  const plannedSum = sumOf(plannedAmount, quarter);
  const plannedPercent =
    plannedSum !== null
      ? percentOf(plannedSum, allocated)
      : sharesThrough(perQuarter(table, row, 'plannedPercent'), quarter);
  const targetPercent = sharesThrough(targetShare, quarter);
  const status = budgetStatus(percent, plannedPercent, tolerance);
  return {
    allocated,
    disbursedToDate,
    committed,
    remaining,
    percent,
    columnPercent,
    plannedPercent,
    targetPercent,
    status,
    findings,
    monthsOfLines: sums ? sums.months : null,
    quartersOfLines: sums ? Array.from(sums.ownDisbursed, (v) => (Number.isNaN(v) ? null : roundHalfAway(v, 6))) : null,
    plannedAmount,
    disbursed,
    targetShare,
    plannedPercentByQuarter,
    disbursedPercentByQuarter,
  };
}

/** What is left of the allocation: after disbursements, and after commitments when the table's remaining is net. */
function remainingOf(table: DetectedTable, allocated: number | null, disbursed: number | null, committed: number | null): number | null {
  if (allocated === null || disbursed === null) return null;
  const net = table.remaining === 'net' && table.columns.commitment !== undefined;
  return roundHalfAway(allocated - disbursed - (net ? (committed ?? 0) : 0), 6);
}

function latestThrough(values: (number | null)[], quarter: Quarter): number | null {
  for (let i = quarter - 1; i >= 0; i--) if (values[i] !== null) return values[i];
  return null;
}

/** Input cells of the line that hold an error value, each with what it should have held. */
function errorCells(table: DetectedTable, row: number, findings: Finding[]): void {
  checkError(table, row, table.columns.allocation, 'allocation', findings);
  for (const q of Q) {
    checkError(table, row, quarterColumn(table, 'plannedAmount', q), 'planned-amount', findings, q);
    checkError(table, row, quarterColumn(table, 'disbursed', q), 'disbursed', findings, q);
  }
}

/** One input cell: a finding when it holds an error value. */
function checkError(table: DetectedTable, row: number, col: number | undefined, role: CellRole, findings: Finding[], quarter?: Quarter): void {
  if (col === undefined) return;
  const v = cellValue(table.sheet, row, col);
  if (v === null || (typeof v === 'number' && Number.isFinite(v))) return; // most cells: no error, nothing to parse
  const parsed = parsedAt(table, row, col);
  if (parsed.kind !== 'error') return;
  findings.push({ ref: { row, col }, code: 'unreadable-cell', args: { role, quarter, error: parsed.error } });
}

/** The total row's target shares should be those the lines above share. */
function targetShareFindings(
  table: DetectedTable,
  row: number,
  totalShares: (number | null)[],
  counts: Map<string, number>,
  findings: Finding[],
): void {
  const [common] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [''];
  if (!common || shareKey(totalShares) === common || totalShares.every((x) => x === null)) return;
  const col = quarterColumn(table, 'targetShare', 1) ?? table.columns.budgetName!;
  findings.push({
    ref: { row, col },
    code: 'budget-target-mismatch',
    args: { total: totalShares, lines: common.split('/').map((x) => (x === '' ? null : Number(x))) },
  });
}
