/** The engine: a Grid in, a Report and the plan of edits out. Pure; never touches the workbook. */
import { budgetFigures, type BudgetFigures, type BudgetLineSource } from './budget';
import { addLineAbove, closeGroup, membersOf, noTableLines } from './budget-above';
import { budgetEdits, cumulativeRowEdits } from './budget-edits';
import { EditList } from './edit-list';
import type { DetectedTable } from './detect-tables';
import { indicatorAt } from './extract-indicators';
import type { Grid } from './grid';
import { cellAddress, rangeAddress } from './address';
import { indicatorEdits } from './indicator-edits';
import { indicatorFigures, type Finding } from './indicator-figures';
import type { EditSink } from './output-cell';
import type { TableStyle } from './output-style';
import { readSheetTables, type FoundTable } from './read-tables';
import { totalRowEdits } from './total-rows';
import { percentRowEdits } from './month-percent-rows';
import { groupHeadings, tableTitle } from './table-headings';
import { SETTINGS_SHEET } from './settings';
import { completed, type Steps } from './steps';
import type { Money } from './money';
import { reportingRound } from './reporting-round';
import {
  DEFAULT_SETTINGS,
  type BudgetResult,
  type DigitStyle,
  type EngineOptions,
  type EngineResult,
  type IndicatorResult,
  type Quarter,
  type Settings,
  type SkippedTable,
  type TableInfo,
  type Warning,
} from './types';

/** The plans of an indicator with none typed (one list, read only, shared by all of them). */
const NO_PLAN: (number | null)[] = Object.freeze([null, null, null, null]) as (number | null)[];

/** Indicators and budget lines computed between two steps of `recalculation`. */
export const STEP = 5_000;

/** The engine in one go. */
export function recalculate(grid: Grid, options: EngineOptions = {}): EngineResult {
  return completed(recalculation(grid, options));
}

/**
 * The engine a step at a time: it yields how far it is (0 to 1) after each sheet's tables are found and every
 * STEP indicators or budget lines, so a caller can give the task pane a turn to show progress on a big workbook
 * (about a second at 100,000 rows), and returns what `recalculate` does.
 *
 * Indicators are read from the grid as they are computed and not kept (at 100,000 rows keeping them all until the
 * end cost more in garbage collection than the computing): a first pass finds the tables, their indicators' rows
 * and, when no quarter is given, the latest quarter with results; the second computes.
 */
export function* recalculation(grid: Grid, options: EngineOptions = {}): Steps<EngineResult> {
  const settings: Settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const all: FoundTable[] = [];
  const skipped: SkippedTable[] = [];
  const warnings: Warning[] = [];
  for (const sheet of grid.sheets) {
    if (sheet.name.startsWith(SETTINGS_SHEET)) continue; // our settings and undo sheets
    yield 0;
    readSheetTables(sheet, null, all, skipped, warnings);
  }
  // The year and quarter reported, and the tables of that year (the others are skipped, left alone).
  const round = reportingRound(grid, all, options);
  const { fiscalYear, quarter, kept: found } = round;
  skipped.push(...round.skipped);
  warnings.push(...round.warnings);
  let expected = 0; // edits: about three output cells an indicator, five a budget line
  let work = 0;
  for (const f of found) {
    expected += 3 * f.indicatorRows.length + 5 * f.budget.length;
    work += f.indicatorRows.length + f.budget.length;
  }
  const edits = new EditList(expected);
  // Output cells append their edits to `edits` and their findings here, turned into warnings after each line.
  const sink: EditSink = { edits, findings: [] };
  // A key per indicator (a new string each time) only when the user has corrected some indicator.
  const overrides = Object.keys(settings.overrides).length > 0 ? settings.overrides : null;
  const indicators: IndicatorResult[] = [];
  const budget: BudgetResult[] = [];
  let done = 0;
  const lineUsed: TableWork['lineUsed'] = { value: null };
  for (const { table, style, indicatorRows: rows, totalRows, budget: lines, money } of found) {
    const { straightLine } = settings;
    const w: TableWork = { table, sheet: table.sheet.name, style, quarter, tolerance: settings.tolerance, overrides, sink, warnings, straightLine, lineUsed, money };
    // A plain function per line, called from a small loop: a generator takes optimised code only when resumed (every
    // STEP lines), and V8 compiled this one again on every run (85-100 ms on a compile thread, its code holding the
    // last run's objects), while a function per line is optimised after a few hundred lines and kept.
    const groups = groupHeadings(table, rows, totalRows);
    for (let i = 0; i < rows.length; i++) {
      if (++done % STEP === 0) yield done / work;
      const result = indicatorResult(w, rows[i]);
      result.group = groups[i];
      indicators.push(result);
    }
    if (totalRows.length) {
      totalRowEdits(table, totalRows, indicators.slice(indicators.length - rows.length), style, sink);
      flush(w);
    }
    if (table.rows === 'pairs' && table.periods === 'month') {
      percentRowEdits(table, rows, indicators.slice(indicators.length - rows.length), quarter, style, sink);
      flush(w);
    }
    const above = noTableLines();
    let totalFigures: BudgetFigures | null = null;
    // The table's total rows and how many lines each sums: those that sum every line are the whole (รวมทั้งสิ้น).
    const totals: { result: BudgetResult; count: number }[] = [];
    // A total row above every line (รวมทั้งสิ้น straight under the header) sums the lines below it: made after them.
    let top: { line: BudgetLineSource; at: number } | null = null;
    for (let i = 0; i < lines.length; i++) {
      if (++done % STEP === 0) yield done / work;
      const line = lines[i];
      if (line.isCumulativeRow) {
        if (totalFigures) cumulativeRowResult(w, line, totalFigures);
        continue;
      }
      // A heading carrying its lines' sums is computed from its typed figures and added into no sum.
      const members = line.isTotal && !line.sumsBelow ? membersOf(above, table, line.row) : null;
      if (members && members.count === 0 && top === null && lineBelow(lines, i)) {
        top = { line, at: budget.length };
        continue;
      }
      const fig = budgetFigures(table, line, quarter, settings.tolerance, members);
      const result = budgetResult(w, line, fig);
      if (line.sumsBelow) {
        budget.push(result);
        continue;
      }
      if (members) {
        totalFigures = fig;
        totals.push({ result, count: members.count });
        closeGroup(above);
      } else addLineAbove(above.group, fig, table, line.row);
      budget.push(result);
    }
    closeGroup(above);
    if (top) {
      const result = budgetResult(w, top.line, budgetFigures(table, top.line, quarter, settings.tolerance, above.all));
      totals.push({ result, count: above.all.count });
      budget.splice(top.at, 0, result);
    }
    for (const t of totals) t.result.whole = t.count === above.all.count;
  }

  if (!found.length) {
    warnings.push({
      sheet: '',
      cell: '',
      code: 'no-table',
      args: {},
    });
  }

  const tables: TableInfo[] = found.map(({ table, style, indicatorRows: i, budget: b, money }) => ({
    sheet: table.sheet.name,
    kind: table.kind,
    periods: table.periods,
    rows: table.rows,
    unit: money?.unit ?? null,
    range: rangeAddress({
      top: table.headerTop,
      left: table.left,
      bottom: Math.max(table.headerBottom, i.length ? i[i.length - 1] + (table.rows === 'pairs' ? 1 : 0) : 0, b.length ? b[b.length - 1].row : 0),
      right: table.right,
    }),
    indicators: i.length,
    budgetLines: b.filter((x) => !x.isCumulativeRow).length,
    digits: style.digits,
    title: tableTitle(table),
  }));
  const reportDigits: DigitStyle = settings.digits !== 'auto' ? settings.digits : workbookDigits(found);
  const { quarterSource } = round;
  const asOf = round.asOf && { sheet: round.asOf.sheet, cell: round.asOf.cell, text: round.asOf.text, date: round.asOf.date };
  const straightLine = lineUsed.value;
  const report = { fiscalYear, quarter, quarterSource, asOf, digits: reportDigits, tables, skipped, indicators, budget, warnings, straightLine };
  return { report, edits };
}

/** What each indicator and budget line of a table is computed with, the same for all of them. */
interface TableWork {
  table: DetectedTable;
  sheet: string;
  style: TableStyle;
  quarter: Quarter;
  tolerance: number;
  /** The user's corrections, or null when there are none (then no key is made per indicator). */
  overrides: Settings['overrides'] | null;
  sink: EditSink;
  warnings: Warning[];
  straightLine: boolean;
  /** Whether some indicator had only an annual target: the report's `straightLine`. */
  lineUsed: { value: boolean | null };
  money: Money | null;
}

/** One indicator: read from the grid, computed, its edits planned and its findings warned of; the result kept. */
function indicatorResult(w: TableWork, r: number): IndicatorResult {
  const src = indicatorAt(w.table, r);
  const override = w.overrides ? w.overrides[`${w.sheet}!${src.row + 1}`] : undefined;
  // The figures' findings go to the sink's list, before those of the output cells: warned of together.
  const fig = indicatorFigures(src, w.quarter, w.tolerance, override, w.sink.findings, w.straightLine);
  const flagged = fig.overall === 'behind';
  if (fig.straightLine !== null) w.lineUsed.value = w.lineUsed.value === true || fig.straightLine;
  indicatorEdits(src, fig, w.style, flagged, w.sink);
  flush(w);
  return {
    sheet: w.sheet,
    row: src.row + 1,
    name: src.name,
    unit: fig.unit,
    measure: fig.measure,
    direction: fig.direction,
    target: fig.target,
    plan: fig.straightLine ? NO_PLAN : fig.plan, // as typed: the straight line is said by `straightLine`
    result: fig.result,
    total: fig.total,
    percent: fig.percent,
    status: fig.status,
    overall: fig.overall,
    flagged,
    dueQuarter: fig.dueQuarter,
    straightLine: fig.straightLine,
    notes: fig.notes,
    // Present on every result (undefined unless cumulative): one shape for 100,000 of them.
    base: fig.base ?? undefined,
    yearTarget: fig.yearTarget ?? undefined,
    group: null, // set by the caller, from the table's heading rows
    number: src.number,
  };
}

/** Whether a budget line (not a total row) comes after `lines[i]`. */
function lineBelow(lines: readonly BudgetLineSource[], i: number): boolean {
  for (let k = i + 1; k < lines.length; k++) if (!lines[k].isTotal && !lines[k].isCumulativeRow) return true;
  return false;
}

/** One budget line (or the total row) whose figures are computed: its edits planned, its findings warned of. */
function budgetResult(w: TableWork, line: BudgetLineSource, fig: BudgetFigures): BudgetResult {
  const flagged = fig.status === 'behind';
  warn(w, fig.findings);
  budgetEdits(w.table, line, fig, w.quarter, w.style, flagged, w.sink, w.money?.decimals);
  flush(w);
  const { columns } = w.table;
  // One literal, its fields in one order (one shape for every line), set out by what they are.
  return {
    sheet: w.sheet, row: line.row + 1, name: line.name, isTotal: line.isTotal, whole: false,
    unit: w.money?.unit, decimals: w.money?.decimals,
    allocated: fig.allocated, disbursed: fig.disbursedToDate, percent: fig.percent,
    // Only where the table has the column: the summary and the JSON speak of no other.
    committed: columns.commitment === undefined ? null : fig.committed,
    remaining: columns.remaining === undefined ? null : fig.remaining,
    plannedPercent: fig.plannedPercent, targetPercent: fig.targetPercent, status: fig.status, flagged,
    plannedAmount: fig.plannedAmount, disbursedByQuarter: fig.disbursed,
  };
}

/** The row of cumulative figures under a budget table's total row. */
function cumulativeRowResult(w: TableWork, line: BudgetLineSource, total: BudgetFigures): void {
  cumulativeRowEdits(w.table, line, total, w.quarter, w.style, w.sink, w.money?.decimals);
  flush(w);
}

function warn(w: TableWork, findings: Finding[]): void {
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    // One literal of one shape (a rest and a spread per warning cost a tenth of a run where a quarter of 100,000
    // indicators are warned about).
    w.warnings.push({ sheet: w.sheet, cell: cellAddress(f.ref.row, f.ref.col), code: f.code, args: f.args } as Warning);
  }
}

/** The output cells' findings, as warnings after those of the figures. */
function flush(w: TableWork): void {
  warn(w, w.sink.findings);
  w.sink.findings.length = 0;
}

function workbookDigits(found: FoundTable[]): DigitStyle {
  let thai = 0;
  let arabic = 0;
  for (const f of found) {
    const weight = f.indicatorRows.length + f.budget.length;
    if (f.style.digits === 'thai') thai += weight;
    else arabic += weight;
  }
  return thai > arabic ? 'thai' : 'arabic';
}
