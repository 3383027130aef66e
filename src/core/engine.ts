/** The engine: a Grid in, a Report and the plan of edits out. Pure; never touches the workbook. */
import { hasValue } from './cell-grammar';
import { budgetFigures, extractBudgetLines, type BudgetFigures } from './budget';
import { budgetEdits, cumulativeRowEdits } from './budget-edits';
import { detectTables, quarterColumn, type DetectedTable } from './detect-tables';
import { extractIndicators, type IndicatorSource } from './extract-indicators';
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
  type Edit,
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
  indicators: IndicatorSource[];
  budget: ReturnType<typeof extractBudgetLines>;
}

export function recalculate(grid: Grid, options: EngineOptions = {}): EngineResult {
  const settings: Settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const found: FoundTable[] = [];
  for (const sheet of grid.sheets) {
    if (sheet.name.startsWith(SETTINGS_SHEET)) continue; // our settings and undo sheets
    for (const table of detectTables(sheet)) {
      const indicators = table.layout === 'D' ? [] : extractIndicators(table);
      const budget = table.layout === 'D' ? extractBudgetLines(table) : [];
      if (indicators.length || budget.length) found.push({ table, style: tableStyle(table), indicators, budget });
    }
  }

  const fiscalYear = options.fiscalYear ?? detectFiscalYear(grid);
  const quarter = options.quarter ?? detectQuarter(found) ?? 1;
  const warnings: Warning[] = [];
  const edits: Edit[] = [];
  let digits: DigitStyle = 'arabic';
  const warn = (sheet: string, findings: Finding[]) => {
    for (const f of findings) {
      warnings.push({ sheet, cell: cellAddress(f.ref.row, f.ref.col), code: f.code, message: inDigits(f.message, digits) });
    }
  };

  // A key per indicator (a new string each time) only when the user has corrected some indicator.
  const anyOverride = Object.keys(settings.overrides).length > 0;
  const indicators: IndicatorResult[] = [];
  const budget: BudgetResult[] = [];
  for (const { table, style, indicators: sources, budget: lines } of found) {
    const sheet = table.sheet.name;
    digits = style.digits;
    if (fiscalYear !== null) {
      const headerRows: number[] = [];
      for (let r = table.headerTop; r <= table.headerBottom; r++) headerRows.push(r);
      for (const w of headerDateWarnings(table.sheet, headerRows, fiscalYear)) warnings.push({ ...w, message: inDigits(w.message, digits) });
    }
    for (const src of sources) {
      const override = anyOverride ? settings.overrides[`${sheet}!${src.row + 1}`] : undefined;
      const fig = indicatorFigures(src, quarter, settings.tolerance, override);
      const flagged = fig.overall === 'behind';
      warn(sheet, fig.findings);
      const out = indicatorEdits(src, fig, style, flagged);
      edits.push(...out.edits);
      warn(sheet, out.findings);
      indicators.push({
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
        ...(fig.measure === 'cumulative' ? { base: fig.base ?? undefined, yearTarget: fig.yearTarget ?? undefined } : {}),
      });
    }
    const above: BudgetFigures[] = [];
    let totalFigures: BudgetFigures | null = null;
    for (const line of lines) {
      if (line.isCumulativeRow) {
        if (totalFigures) {
          const out = cumulativeRowEdits(table, line, totalFigures, quarter, style);
          edits.push(...out.edits);
          warn(sheet, out.findings);
        }
        continue;
      }
      const fig = budgetFigures(table, line, quarter, settings.tolerance, line.isTotal ? above : []);
      if (line.isTotal) totalFigures = fig;
      else above.push(fig);
      const flagged = fig.status === 'behind';
      warn(sheet, fig.findings);
      const out = budgetEdits(table, line, fig, quarter, style, flagged);
      edits.push(...out.edits);
      warn(sheet, out.findings);
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

  const tables: TableInfo[] = found.map(({ table, style, indicators: i, budget: b }) => ({
    sheet: table.sheet.name,
    layout: table.layout,
    range: rangeAddress({
      top: table.headerTop,
      left: table.left,
      bottom: Math.max(table.headerBottom, i.length ? i[i.length - 1].resultRow : 0, b.length ? b[b.length - 1].row : 0),
      right: table.right,
    }),
    indicators: i.length,
    budgetLines: b.filter((x) => !x.isCumulativeRow).length,
    digits: style.digits,
  }));
  const reportDigits: DigitStyle = settings.digits !== 'auto' ? settings.digits : workbookDigits(found);
  return { report: { fiscalYear, quarter, digits: reportDigits, tables, indicators, budget, warnings }, edits };
}

/** The latest quarter that has any result: a number, a level, or a status word in a result cell, or a disbursement. */
function detectQuarter(found: FoundTable[]): Quarter | null {
  const seen = new Set<number>();
  for (const { table, indicators, budget } of found) {
    for (const src of indicators) {
      src.results.forEach((r, i) => {
        if (!r.covered && (hasValue(r.parsed) || r.parsed.status)) seen.add(i + 1);
      });
    }
    for (const line of budget) {
      if (line.isCumulativeRow) continue;
      for (const q of [1, 2, 3, 4] as Quarter[]) {
        const col = quarterColumn(table, 'disbursed', q);
        if (col !== undefined && typeof table.sheet.values[line.row]?.[col] === 'number') seen.add(q);
      }
    }
  }
  return latestQuarter(seen);
}

function workbookDigits(found: FoundTable[]): DigitStyle {
  let thai = 0;
  let arabic = 0;
  for (const f of found) {
    const weight = f.indicators.length + f.budget.length;
    if (f.style.digits === 'thai') thai += weight;
    else arabic += weight;
  }
  return thai > arabic ? 'thai' : 'arabic';
}

/** Our messages speak in the table's digits; error values such as #DIV/0! keep theirs. */
function inDigits(message: string, digits: DigitStyle): string {
  if (digits === 'arabic') return message;
  return message.replace(/#[A-Z/0-9!?]+|[^#]+/g, (part) => (part.startsWith('#') ? part : toThaiDigits(part)));
}
