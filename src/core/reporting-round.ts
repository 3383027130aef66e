/**
 * The round a workbook reports: its fiscal year (the user's, else the latest year of a table with results, else the
 * year its titles name most, else the year its as-of dates fall in), the tables of that year (a table of another
 * year is skipped, never written), and the reporting quarter (the user's pick, else the as-of dates that agree, else the latest quarter with a result).
 */
import { asOfIn, reportingQuarter, type AsOf } from './as-of';
import type { DetectedTable } from './detect-tables';
import { cellAddress, rangeAddress } from './address';
import type { Grid } from './grid';
import { fiscalYearOf } from './fiscal';
import { detectFiscalYear } from './period';
import { chooseTargetYear, tableFiscalYear } from './table-year';
import type { Quarter, SkippedTable, TableInfo, Warning } from './types';

/**
 * Whether the workbook reports a round (รอบ ๓/๖/๙/๑๒ เดือน, a quarter): some table has periods. When none has (one
 * result to date in each), the summary's title, the pane and the command line name the as-of date if there is one,
 * else no round, never the quarter 1 the reader falls back to.
 */
export function reportsARound(tables: readonly Pick<TableInfo, 'periods'>[]): boolean {
  return tables.length === 0 || tables.some((t) => t.periods !== 'none');
}

export interface RoundTable {
  table: DetectedTable;
  /** The quarters in which the table has any result (or disbursement). */
  quarters: Set<number>;
}


export interface Round<T extends RoundTable> {
  fiscalYear: number | null;
  quarter: Quarter;
  quarterSource: 'user' | 'as-of' | 'results';
  asOf: AsOf | null;
  kept: T[];
  skipped: SkippedTable[];
  warnings: Warning[];
}

/** The fiscal year the tables' as-of dates fall in ('ณ วันที่ ๓๑ มีนาคม ๒๕๖๘': 2568), when they name one; the latest. */
function asOfFiscalYear(tables: readonly RoundTable[]): number | null {
  let year: number | null = null;
  for (const t of tables) {
    for (const a of asOfIn(t.table)) if (a.date) year = Math.max(year ?? 0, fiscalYearOf(a.date.year, a.date.month));
  }
  return year;
}

export function reportingRound<T extends RoundTable>(
  grid: Grid,
  tables: T[],
  options: { fiscalYear?: number; quarter?: Quarter },
): Round<T> {
  const years = tables.map((t) => tableFiscalYear(t.table));
  let fiscalYear = options.fiscalYear ?? null;
  if (fiscalYear === null) {
    // The latest year of a table with results; of any table; else what the workbook's titles name most.
    for (let i = 0; i < tables.length; i++) if (years[i] !== null && tables[i].quarters.size && years[i]! > (fiscalYear ?? 0)) fiscalYear = years[i];
    for (let i = 0; i < tables.length && fiscalYear === null; i++) if (years[i] !== null && years[i]! > (fiscalYear ?? 0)) fiscalYear = years[i];
    fiscalYear ??= detectFiscalYear(grid) ?? asOfFiscalYear(tables);
  }
  const kept: T[] = [];
  const skipped: SkippedTable[] = [];
  const warnings: Warning[] = [];
  const seen = new Set<number>();
  const asOf: AsOf[] = [];
  for (let i = 0; i < tables.length; i++) {
    const t = tables[i];
    const year = years[i];
    if (fiscalYear !== null && year !== null && year !== fiscalYear) {
      const range = rangeAddress({ top: t.table.headerTop, left: t.table.left, bottom: t.table.headerBottom, right: t.table.right });
      skipped.push({ sheet: t.table.sheet.name, range, reason: 'other-year', fiscalYear: year, cells: [] });
      const cell = cellAddress(t.table.headerTop, t.table.left);
      warnings.push({ sheet: t.table.sheet.name, cell, code: 'other-year', args: { fiscalYear: year, reported: fiscalYear } });
      continue;
    }
    if (fiscalYear !== null) {
      const others = chooseTargetYear(t.table, fiscalYear);
      if (others) {
        warnings.push({
          sheet: t.table.sheet.name,
          cell: cellAddress(t.table.headerTop, t.table.left),
          code: 'target-year',
          args: { years: others, reported: fiscalYear },
        });
      }
    }
    kept.push(t);
    for (const q of t.quarters) seen.add(q);
    asOf.push(...asOfIn(t.table));
  }
  const rq = reportingQuarter(asOf, fiscalYear, seen, options.quarter);
  warnings.push(...rq.warnings);
  return { fiscalYear, quarter: rq.quarter, quarterSource: rq.source, asOf: rq.asOf, kept, skipped, warnings };
}
