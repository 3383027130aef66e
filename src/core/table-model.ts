/** A header's column labels turned into a table of the model: its kind, its period axis, its row shape. */
import { detectedTable, type DetectedTable, type PeriodAxis, type QuarterRole, type SingleRole } from './detect-tables';
import { cellValue, shownValue, type SheetGrid } from './grid';
import { cellParsed } from './parsed-grid';
import { cellAddress, rangeAddress } from './address';
import { plainPeriodsAsDisbursed } from './plain-periods';
import type { ColumnLabel, Period } from './header-labels';
import { findLabelColumn, namedInTwos } from './table-rows';
import { notProgressReason, spreadOverColumns } from './unread-tables';
import { keepTableShape, noColumns, noPeriodColumns } from './table-shapes';
import type { Quarter } from './types';

/** A header that looks like a table's and was not read: what it lacks, or why it is not a progress table. */
export interface Unread {
  sheet: string;
  /** The header's cells, 'B3:K4'. */
  range: string;
  /** The header cells that were recognised, 'B3 ตัวชี้วัด'. */
  cells: string[];
  reason: 'no-name' | 'no-result' | 'not-progress' | 'unsure';
  /** For 'not-progress': what kind of table it is ('staff-list', 'scoring'). */
  detail?: string;
}

const BUDGET_QUARTER_ROLES = new Set<string>(['targetShare', 'plannedAmount', 'plannedPercent', 'disbursed', 'disbursedPercent']);
const PERIOD_ROLES = new Set<string>(['quarter', 'planQuarter', 'resultQuarter']);

interface PeriodColumn {
  col: number;
  role: 'quarter' | 'planQuarter' | 'resultQuarter';
  period: Period;
}

const MONTH_QUARTERS: readonly Quarter[] = Object.freeze([1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4] as Quarter[]);
const QUARTERS: readonly Quarter[] = Object.freeze([1, 2, 3, 4] as Quarter[]);

export function buildTable(
  sheet: SheetGrid,
  top: number,
  bottom: number,
  end: number,
  labels: Map<number, ColumnLabel>,
  repeated: number[],
): { table: DetectedTable } | { unread: Unread } {
  const cols = [...labels.keys()].sort((a, b) => a - b);
  const left = cols[0];
  const right = cols[cols.length - 1];
  const unread = (reason: Unread['reason'], detail?: string) => ({ unread: unreadOf(sheet, top, bottom, left, right, labels, reason, detail) });
  const notProgress = notProgressReason(sheet, top, bottom, left, right);
  if (notProgress) return unread('not-progress', notProgress);

  const first = bottom + 1;
  const labelCol = findLabelColumn(sheet, first, end, left, right);
  const columns = noColumns();
  const quarters = noPeriodColumns();
  const months = noPeriodColumns();
  const periodCols: PeriodColumn[] = [];
  const monthPercents: { col: number; month: number }[] = [];
  const quarterTotals: (number | undefined)[] = [undefined, undefined, undefined, undefined];
  for (const c of cols) {
    const l = labels.get(c)!;
    if (c === labelCol) continue;
    if (BUDGET_QUARTER_ROLES.has(l.role)) {
      if (l.quarter === null) {
        // 'เบิกจ่าย' with no quarter: an annual table's disbursed-to-date column.
        if (l.role === 'disbursed' && columns.disbursedTotal === undefined) columns.disbursedTotal = c;
        continue;
      }
      if (l.period?.axis === 'month') {
        const list = (months[l.role as QuarterRole] ??= new Array<number | undefined>(12).fill(undefined));
        if (list[l.period.index] === undefined) list[l.period.index] = c;
        continue;
      }
      const list = (quarters[l.role as QuarterRole] ??= [undefined, undefined, undefined, undefined]);
      if (list[l.quarter - 1] === undefined) list[l.quarter - 1] = c;
    } else if (l.role === 'percent' && l.period?.axis === 'month') {
      monthPercents.push({ col: c, month: l.period.index }); // ร้อยละ under a month: a budget's, placed below
    } else if (PERIOD_ROLES.has(l.role) && l.period) {
      periodCols.push({ col: c, role: l.role as PeriodColumn['role'], period: l.period });
    } else if (l.quarter !== null) {
      // A quarter's own total (รวม under ไตรมาสที่ beside its months): a budget's disbursed in that quarter.
      if (l.role === 'total' && l.period?.axis === 'quarter') quarterTotals[l.quarter - 1] ??= c;
      continue; // a quarter's own total, percent or status: not the table's
    } else if (columns[l.role as SingleRole] === undefined) {
      columns[l.role as SingleRole] = c;
    }
  }
  if (labelCol !== null) columns.label = labelCol;
  if (columns.netAllocation !== undefined) columns.allocation = columns.netAllocation;

  const base = {
    sheet,
    headerTop: top,
    headerBottom: bottom,
    firstRow: first,
    lastRow: Math.max(first, end),
    right,
    columns,
    quarters,
    // Checked against the typed remaining figures and percentages (reading-check.ts).
    remaining: 'net' as const,
    percentBase: 'disbursed' as const,
    pairOrder: 'labels' as DetectedTable['pairOrder'],
    percentTo: 'target' as DetectedTable['percentTo'],
    repeatedHeaderRows: repeated,
    months: undefined as DetectedTable['months'],
  };
  // Indicator words in the header (ตัวชี้วัด, เป้าหมาย, ผลการดำเนินงาน, a หน่วยนับ column): a KPI table with a budget column.
  const kpi = columns.unit !== undefined || headerSays(sheet, top, bottom, left, right, INDICATOR_WORDS);
  const plainBudget = !kpi && plainPeriodsAsDisbursed(columns, periodCols, quarters, months);
  if (plainBudget) periodCols.length = 0;
  if (isBudget(columns, quarters, months)) {
    columns.budgetName ??= columns.program ?? columns.name ?? columns.project;
    columns.disbursedTotalPercent ??= columns.percent; // a budget's plain ร้อยละ: the percent disbursed
    if (columns.budgetName === undefined) {
      const name = leftmostTextColumn(sheet, first, end, columns.allocation ?? columns.disbursedTotal ?? right);
      if (name === null) return unread('no-name');
      columns.budgetName = name;
    }
    const byMonth = countOf(months.disbursed) + countOf(months.plannedAmount) > 0;
    // A lone รวม beside the periods' disbursements: what is disbursed to date.
    if (byMonth || countOf(quarters.disbursed) > 0) columns.disbursedTotal ??= columns.total;
    if (countOf(months.disbursed) > 0 && countOf(quarterTotals) > 0) quarters.disbursed ??= quarterTotals;
    if (byMonth) for (const p of monthPercents) placeMonthPercent(months, p.col, p.month);
    const table = detectedTable({
      ...base,
      kind: 'budget',
      periods: byMonth ? 'month' : countOf(quarters.disbursed) + countOf(quarters.plannedAmount) > 0 ? 'quarter' : 'none',
      rows: 'single',
      // Quarter columns of disbursement are cumulative (ผลเบิกจ่ายสะสม); months are each their own unless headed สะสม.
      // So are the amounts under a plain month or quarter, or under ผล beside แผน.
      reading: (byMonth || plainBudget) && !saysCumulative(sheet, top, bottom, byMonth ? months.disbursed : quarters.disbursed) ? 'own' : 'running',
      months: byMonth ? months : undefined,
      left: Math.min(left, columns.budgetName),
      planCols: [],
      resultCols: [],
      periodQuarter: QUARTERS,
    });
    return { table: keepTableShape(table) };
  }

  const name = columns.name ?? columns.project ?? columns.program;
  if (name === undefined) return unread('no-name');
  // A แผน/ผล column whose cells do not say which row is which, over names in twos: pairs, their order read from
  // the typed figures (reading-check.ts).
  const unlabelled = labelCol === null && columns.label !== undefined && namedInTwos(sheet, first, end, name);
  if (unlabelled) base.pairOrder = 'plan-first';
  const pairs = labelCol !== null || unlabelled;
  const axis = periodAxis(periodCols);
  const size = axis === 'month' ? 12 : 4;
  const planCols: (number | undefined)[] = new Array<number | undefined>(size).fill(undefined);
  const resultCols: (number | undefined)[] = new Array<number | undefined>(size).fill(undefined);
  for (const p of periodCols) {
    if (p.period.axis !== axis) continue;
    const i = p.period.index;
    if (pairs) {
      planCols[i] ??= p.col;
      resultCols[i] ??= p.col;
    } else if (p.role === 'planQuarter') planCols[i] ??= p.col;
    else resultCols[i] ??= p.col; // a period with no แผน/ผล word in a one-row table holds results
  }
  if (axis === 'none') {
    // One result column to date; a lone ผลสะสม/รวม column is that column.
    if (columns.resultToDate === undefined && columns.total !== undefined && !pairs) {
      columns.resultToDate = columns.total;
      columns.total = undefined;
    }
    if (columns.resultToDate === undefined) return unread('no-result');
    // 'ผลการดำเนินงาน' merged over several columns whose own headings say nothing read: which holds the result to
    // date is not known (the first may be quarter 1's). Unsure: nothing written.
    if (spreadOverColumns(sheet, top, bottom, first, columns.resultToDate, labels)) return unread('unsure');
  } else if (columns.resultToDate !== undefined) {
    // 'ผลการดำเนินงาน ณ …' beside the periods: the result to date, written; beside a total of its own, the periods'
    // results stand (it is never read over them).
    columns.total ??= columns.resultToDate;
    columns.resultToDate = undefined;
  }
  if (axis !== 'none' && !resultCols.some((c) => c !== undefined)) return unread('no-result');
  const table = detectedTable({
    ...base,
    kind: 'indicator',
    periods: axis,
    rows: pairs ? 'pairs' : 'single',
    // Rounds hold the year to date; so do periods headed สะสม (ผลสะสม ไตรมาส ๑ …), unless their typed totals say otherwise.
    reading: axis === 'half' || saysCumulative(sheet, top, bottom, resultCols) ? 'running' : 'own',
    left: Math.min(left, labelCol ?? left, name),
    planCols,
    resultCols,
    periodQuarter: axis === 'month' ? MONTH_QUARTERS : QUARTERS,
  });
  return { table: keepTableShape(table) };
}

/** The finest axis with a result: months over quarters over rounds. */
function periodAxis(periodCols: PeriodColumn[]): PeriodAxis {
  let month = false;
  let quarter = false;
  let half = false;
  for (const p of periodCols) {
    if (p.period.axis === 'month') month = true;
    else if (p.period.axis === 'quarter') quarter = true;
    else half = true;
  }
  return month ? 'month' : quarter ? 'quarter' : half ? 'half' : 'none';
}

/**
 * A ร้อยละ column under a month is the percent of the amount left of it in that month: แผนร้อยละ beside the planned
 * amount, ผลร้อยละ beside the disbursement (เบิกจ่าย | ร้อยละ under each month).
 */
function placeMonthPercent(months: NonNullable<DetectedTable['months']>, col: number, month: number): void {
  const left = (c: number | undefined) => (c !== undefined && c < col ? c : -1);
  const planned = left(months.plannedAmount?.[month]);
  const disbursed = left(months.disbursed?.[month]);
  if (planned < 0 && disbursed < 0) return;
  const role = disbursed > planned ? 'disbursedPercent' : 'plannedPercent';
  const list = (months[role] ??= new Array<number | undefined>(12).fill(undefined));
  list[month] ??= col;
}

function countOf(list: (number | undefined)[] | undefined): number {
  return list ? list.filter((c) => c !== undefined).length : 0;
}

function isBudget(columns: DetectedTable['columns'], quarters: DetectedTable['quarters'], months: NonNullable<DetectedTable['months']>): boolean {
  const budgetQuarters = countOf(quarters.disbursed) + countOf(quarters.plannedAmount) + countOf(months.disbursed) + countOf(months.plannedAmount);
  const annual = budgetQuarters === 0 && columns.allocation !== undefined && columns.disbursedTotal !== undefined;
  return annual || (budgetQuarters >= 1 && (columns.allocation !== undefined || columns.disbursedTotal !== undefined));
}

const INDICATOR_WORDS = /ตัวชี้วัด|เป้าหมาย|ดำเนินงาน/;

/** Whether a header cell of the table says `words`. */
function headerSays(sheet: SheetGrid, top: number, bottom: number, left: number, right: number, words: RegExp): boolean {
  for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) if (words.test(shownTextAt(sheet, r, c))) return true;
  return false;
}

/** Whether the header over period columns says สะสม (figures to date: a budget's disbursement, an indicator's results). */
function saysCumulative(sheet: SheetGrid, top: number, bottom: number, cols: (number | undefined)[] | undefined): boolean {
  for (const c of cols ?? []) {
    if (c === undefined) continue;
    for (let r = top; r <= bottom; r++) if (/สะสม/.test(shownTextAt(sheet, r, c))) return true;
  }
  return false;
}

function shownTextAt(sheet: SheetGrid, row: number, col: number): string {
  const v = shownValue(sheet, row, col);
  return typeof v === 'string' ? v : '';
}

/** A budget table whose name columns have no header: the leftmost column of text left of the allocation. */
function leftmostTextColumn(sheet: SheetGrid, from: number, to: number, before: number): number | null {
  for (let c = 0; c < before; c++) {
    for (let r = from; r <= Math.min(to, from + 50); r++) {
      const v = cellValue(sheet, r, c);
      if (typeof v === 'string' && v.trim() && cellParsed(sheet, r, c).kind === 'text') return c;
    }
  }
  return null;
}

function unreadOf(
  sheet: SheetGrid,
  top: number,
  bottom: number,
  left: number,
  right: number,
  labels: Map<number, ColumnLabel>,
  reason: Unread['reason'],
  detail?: string,
): Unread {
  const cells: string[] = [];
  for (const c of [...labels.keys()].sort((a, b) => a - b)) {
    for (let r = top; r <= bottom; r++) {
      const v = cellValue(sheet, r, c);
      if (typeof v === 'string' && v.trim()) {
        cells.push(`${cellAddress(r, c)} ${v.trim().replace(/\s+/g, ' ')}`);
        break;
      }
    }
  }
  return { sheet: sheet.name, range: rangeAddress({ top, left, bottom, right }), cells, reason, detail };
}
