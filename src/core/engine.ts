/** The engine: a Grid in, a Report and the plan of edits out. Pure; never touches the workbook. */
import { addLineAbove, budgetFigures, extractBudgetLines, noLinesAbove, type BudgetFigures } from './budget';
import { budgetEdits, cumulativeRowEdits } from './budget-edits';
import { EditList } from './edit-list';
import { detectTables, quarterColumn, type DetectedTable } from './detect-tables';
import { indicatorAt, indicatorRows, quartersWithResults, resultRowOf } from './extract-indicators';
import { cellAddress, rangeAddress, type Grid } from './grid';
import { indicatorEdits } from './indicator-edits';
import { indicatorFigures, type Finding } from './indicator-figures';
import { tableStyle, type TableStyle } from './output-style';
import { toThaiDigits } from './thai-digits';
import { SETTINGS_SHEET } from './settings';
import { detectFiscalYear, headerDateWarnings, latestQuarter } from './period';
import {
  DEFAULT_SETTINGS,
  type BudgetResult,
  type DigitStyle,
  type EngineOptions,
  type EngineResult,
  type IndicatorResult,
  type Quarter,
  type Settings,
  type TableInfo,
  type Warning,
} from './types';

interface FoundTable {
  table: DetectedTable;
  style: TableStyle;
  /** The first row of each indicator: each is read when computed and not kept. */
  indicatorRows: number[];
  budget: ReturnType<typeof extractBudgetLines>;
}

/** Indicators and budget lines computed between two steps of `recalculation`. */
export const STEP = 5_000;

/** The engine in one go. */
export function recalculate(grid: Grid, options: EngineOptions = {}): EngineResult {
  const steps = recalculation(grid, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
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
export function* recalculation(grid: Grid, options: EngineOptions = {}): Generator<number, EngineResult, void> {
  const settings: Settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const found: FoundTable[] = [];
  const seen = new Set<number>();
  for (const sheet of grid.sheets) {
    if (sheet.name.startsWith(SETTINGS_SHEET)) continue; // our settings and undo sheets
    yield 0;
    for (const table of detectTables(sheet)) {
      const rows = table.layout === 'D' ? [] : indicatorRows(table);
      const budget = table.layout === 'D' ? extractBudgetLines(table) : [];
      if (options.quarter === undefined) {
        for (const r of rows) quartersWithResults(table, r, seen);
        quartersWithDisbursement(table, budget, seen);
      }
      if (rows.length || budget.length) found.push({ table, style: tableStyle(table), indicatorRows: rows, budget });
    }
  }

  const fiscalYear = options.fiscalYear ?? detectFiscalYear(grid);
  const quarter = options.quarter ?? latestQuarter(seen) ?? 1;
  const warnings: Warning[] = [];
  let expected = 0; // edits: about three output cells an indicator, five a budget line
  let work = 0;
  for (const f of found) {
    expected += 3 * f.indicatorRows.length + 5 * f.budget.length;
    work += f.indicatorRows.length + f.budget.length;
  }
  const edits = new EditList(expected);
  let done = 0;
  let digits: DigitStyle = 'arabic';
  const warn = (sheet: string, findings: Finding[]) => {
    for (const f of findings) {
      warnings.push({ sheet, cell: cellAddress(f.ref.row, f.ref.col), code: f.code, message: inDigits(f.message, digits) });
    }
  };
  // Output cells append their edits to `edits` and their findings here, turned into warnings after each line.
  const sink = { edits, findings: [] as Finding[] };
  const flush = (sheet: string) => {
    warn(sheet, sink.findings);
    sink.findings.length = 0;
  };

  // A key per indicator (a new string each time) only when the user has corrected some indicator.
  const anyOverride = Object.keys(settings.overrides).length > 0;
  const indicators: IndicatorResult[] = [];
  const budget: BudgetResult[] = [];
  for (const { table, style, indicatorRows: rows, budget: lines } of found) {
    const sheet = table.sheet.name;
    digits = style.digits;
    if (fiscalYear !== null) {
      const headerRows: number[] = [];
      for (let r = table.headerTop; r <= table.headerBottom; r++) headerRows.push(r);
      for (const w of headerDateWarnings(table.sheet, headerRows, fiscalYear)) warnings.push({ ...w, message: inDigits(w.message, digits) });
    }
    for (const r of rows) {
      if (++done % STEP === 0) yield done / work;
      const src = indicatorAt(table, r);
      const override = anyOverride ? settings.overrides[`${sheet}!${src.row + 1}`] : undefined;
      const fig = indicatorFigures(src, quarter, settings.tolerance, override);
      const flagged = fig.overall === 'behind';
      warn(sheet, fig.findings);
      indicatorEdits(src, fig, style, flagged, sink);
      flush(sheet);
      const result: IndicatorResult = {
        sheet,
        row: src.row + 1,
        name: src.name,
        unit: fig.unit,
        measure: fig.measure,
        direction: fig.direction,
        target: fig.target,
        plan: fig.plan,
        result: fig.result,
        total: fig.total,
        percent: fig.percent,
        status: fig.status,
        overall: fig.overall,
        flagged,
        dueQuarter: fig.dueQuarter,
        notes: fig.notes,
        // Present on every result (undefined unless cumulative): one shape for 100,000 of them.
        base: fig.base ?? undefined,
        yearTarget: fig.yearTarget ?? undefined,
      };
      indicators.push(result);
    }
    const above = noLinesAbove();
    let totalFigures: BudgetFigures | null = null;
    for (const line of lines) {
      if (++done % STEP === 0) yield done / work;
      if (line.isCumulativeRow) {
        if (totalFigures) {
          cumulativeRowEdits(table, line, totalFigures, quarter, style, sink);
          flush(sheet);
        }
        continue;
      }
      const fig = budgetFigures(table, line, quarter, settings.tolerance, line.isTotal ? above : null);
      if (line.isTotal) totalFigures = fig;
      else addLineAbove(above, fig);
      const flagged = fig.status === 'behind';
      warn(sheet, fig.findings);
      budgetEdits(table, line, fig, quarter, style, flagged, sink);
      flush(sheet);
      budget.push({
        sheet,
        row: line.row + 1,
        name: line.name,
        isTotal: line.isTotal,
        allocated: fig.allocated,
        disbursed: fig.disbursedToDate,
        percent: fig.percent,
        plannedPercent: fig.plannedPercent,
        targetPercent: fig.targetPercent,
        status: fig.status,
        flagged,
        plannedAmount: fig.plannedAmount,
        disbursedByQuarter: fig.disbursed,
      });
    }
  }

  if (!found.length) {
    warnings.push({
      sheet: '',
      cell: '',
      code: 'no-table',
      message: 'ไม่พบตารางตัวชี้วัดหรือตารางงบประมาณ: หัวตารางต้องมีคำอย่าง ตัวชี้วัด, แผน, ผล, ไตรมาส หรือ งปม.ที่ได้รับ',
    });
  }

  const tables: TableInfo[] = found.map(({ table, style, indicatorRows: i, budget: b }) => ({
    sheet: table.sheet.name,
    layout: table.layout,
    range: rangeAddress({
      top: table.headerTop,
      left: table.left,
      bottom: Math.max(table.headerBottom, i.length ? resultRowOf(table, i[i.length - 1]) : 0, b.length ? b[b.length - 1].row : 0),
      right: table.right,
    }),
    indicators: i.length,
    budgetLines: b.filter((x) => !x.isCumulativeRow).length,
    digits: style.digits,
  }));
  const reportDigits: DigitStyle = settings.digits !== 'auto' ? settings.digits : workbookDigits(found);
  return { report: { fiscalYear, quarter, digits: reportDigits, tables, indicators, budget, warnings }, edits };
}

/** The reporting quarter is the latest with any result (quartersWithResults) or a disbursement. */
function quartersWithDisbursement(table: DetectedTable, budget: ReturnType<typeof extractBudgetLines>, seen: Set<number>): void {
  for (const line of budget) {
    if (line.isCumulativeRow) continue;
    for (const q of [1, 2, 3, 4] as Quarter[]) {
      const col = quarterColumn(table, 'disbursed', q);
      if (col !== undefined && typeof table.sheet.values[line.row]?.[col] === 'number') seen.add(q);
    }
  }
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

/** Our messages speak in the table's digits; error values such as #DIV/0! keep theirs. */
function inDigits(message: string, digits: DigitStyle): string {
  if (digits === 'arabic') return message;
  if (message === lastInDigits.message) return lastInDigits.thai; // one warning repeated down a table: one copy
  const thai = message.replace(/#[A-Z/0-9!?]+|[^#]+/g, (part) => (part.startsWith('#') ? part : toThaiDigits(part)));
  lastInDigits = { message, thai };
  return thai;
}
let lastInDigits = { message: '', thai: '' };
