/**
 * The engine's first pass over a sheet: its tables read (and their readings checked against their own figures), the
 * rows of each, the quarters with results, and what was skipped and why.
 */
import { extractBudgetLines, type BudgetLineSource } from './budget';
import { quartersDisbursed } from './budget-periods';
import { readSheet, type DetectedTable } from './detect-tables';
import { quartersWithResults, tableRows } from './extract-indicators';
import { type SheetGrid } from './grid';
import { rangeAddress } from './address';
import { tableMoney, type Money } from './money';
import { tableStyle, type TableStyle } from './output-style';
import { checkReading } from './reading-check';
import { otherTables } from './unread-tables';
import type { SkippedTable, Warning } from './types';

export interface FoundTable {
  table: DetectedTable;
  style: TableStyle;
  /** The first row of each indicator: each is read when computed and not kept. */
  indicatorRows: number[];
  /** The result rows of its total rows (รวม, รวมทั้งสิ้น), checked against the indicators above them. */
  totalRows: number[];
  budget: BudgetLineSource[];
  /** The quarters in which the table has a result or a disbursement (the reporting round is chosen from them). */
  quarters: Set<number>;
  /** A budget table's unit of money and decimals. */
  money: Money | null;
}

/**
 * Reads a sheet's tables into `found` and what it skipped into `skipped`; adds the quarters with results to `seen`
 * when given (no quarter was asked for).
 */
export function readSheetTables(sheet: SheetGrid, seen: Set<number> | null, found: FoundTable[], skipped: SkippedTable[], warnings: Warning[]): void {
  const reading = readSheet(sheet);
  for (const u of reading.unread) skipped.push({ sheet: u.sheet, range: u.range, reason: u.reason, detail: u.detail, cells: u.cells });
  for (const u of otherTables(sheet, reading.tables, reading.unread)) skipped.push(u);
  for (const detected of reading.tables) {
    const budgetTable = detected.kind === 'budget';
    const rows = budgetTable ? { indicators: [], totals: [] } : tableRows(detected);
    const detectedLines = budgetTable ? extractBudgetLines(detected) : [];
    const verdict = checkReading(detected, rows.indicators, detectedLines);
    const table = verdict.table;
    if (!verdict.sure) {
      skipped.push({ sheet: sheet.name, range: headerRange(table), reason: 'unsure', cells: verdict.disagreeing });
      warnings.push({
        sheet: sheet.name,
        cell: verdict.disagreeing[0] ?? headerRange(table).split(':')[0],
        code: 'unsure-reading',
        args: {
          cells: verdict.disagreeing,
          disagreeing: verdict.evidence - verdict.agreeing,
          evidence: verdict.evidence,
          figures: verdict.figures,
          ways: verdict.ways,
        },
      });
      continue;
    }
    const budget = table === detected ? detectedLines : extractBudgetLines(table);
    const quarters = new Set<number>();
    // Rows are looked at until every quarter the table has a result column for has a result (most tables: a few).
    const possible = resultQuarters(table);
    for (let i = 0; i < rows.indicators.length && quarters.size < possible; i++) quartersWithResults(table, rows.indicators[i], quarters);
    quartersWithDisbursement(table, budget, quarters);
    if (seen) for (const q of quarters) seen.add(q);
    if (rows.indicators.length || budget.length) {
      const money = budget.length ? tableMoney(table) : null;
      found.push({ table, style: tableStyle(table), indicatorRows: rows.indicators, totalRows: rows.totals, budget, quarters, money });
    }
  }
}

function headerRange(table: DetectedTable): string {
  return rangeAddress({ top: table.headerTop, left: table.left, bottom: table.headerBottom, right: table.right });
}

/** How many quarters the table has a result column for: once each has a result, no later row adds one. */
function resultQuarters(table: DetectedTable): number {
  const qs = new Set<number>();
  for (let i = 0; i < table.resultCols.length; i++) if (table.resultCols[i] !== undefined) qs.add(table.periodQuarter[i]);
  return qs.size;
}

/** How many quarters the table has a disbursement column for (a month's counts for its quarter). */
function disbursedQuarters(table: DetectedTable): number {
  const qs = new Set<number>();
  const months = table.months?.disbursed;
  if (months) for (let m = 0; m < months.length; m++) if (months[m] !== undefined) qs.add(((m / 3) | 0) + 1);
  const quarters = table.quarters.disbursed;
  if (!months && quarters) for (let i = 0; i < quarters.length; i++) if (quarters[i] !== undefined) qs.add(i + 1);
  return qs.size;
}

/** The quarters in which some budget line of the table has a disbursement, added to `seen`. */
function quartersWithDisbursement(table: DetectedTable, budget: BudgetLineSource[], seen: Set<number>): void {
  // Lines are looked at until every quarter the table has a disbursement column for has one (most tables: a few).
  const possible = disbursedQuarters(table);
  for (let i = 0; i < budget.length && seen.size < possible; i++) {
    const line = budget[i]; // indexed, once per line: see buildMergeIndex in grid.ts
    if (line.isCumulativeRow) continue;
    quartersDisbursed(table, line.row, seen);
  }
}
