/**
 * Finds KPI and budget tables by their headers, wherever they sit on a sheet, and reads each as DOMAIN.md's model:
 * columns with roles, a period axis, and rows (one per indicator, or แผน/ผล pairs). No list of layouts.
 */
import { columnCount, type SheetGrid } from './grid';
import type { ColumnLabel, ColumnRole } from './header-labels';
import { buildTable, type Unread } from './table-model';
import { columnLabels, headerBlock, headerSignature, isGroupRow, isHeaderCandidate, isSubRow, mayBeHeader, rowLabels } from './table-header';
import type { Quarter } from './types';

export { isPlanLabel, isResultLabel } from './table-rows';

export type SingleRole = Exclude<ColumnRole, QuarterRole>;
export type QuarterRole =
  | 'quarter'
  | 'planQuarter'
  | 'resultQuarter'
  | 'targetShare'
  | 'plannedAmount'
  | 'plannedPercent'
  | 'disbursed'
  | 'disbursedPercent';

/** How a table's periods run: quarters, months, rounds (รอบ ๖ / ๑๒ เดือน), or none (one result to date). */
export type PeriodAxis = 'quarter' | 'month' | 'half' | 'none';
/** One row per indicator, or a แผน row and a ผล row. */
export type RowShape = 'single' | 'pairs';
/**
 * How period figures add up: each its own (a quarter of months is their sum for a count), or running totals to
 * that period (a round of ๑๒ เดือน holds the year to date). Chosen against the table's own totals (reading-check.ts).
 */
export type Reading = 'own' | 'running';
/**
 * A budget's คงเหลือ: what is left after disbursements and commitments (ก่อหนี้ผูกพัน, PO), or after disbursements
 * only. Chosen against the table's own typed remaining figures (reading-check.ts).
 */
export type Remaining = 'net' | 'gross';
/** A budget's percent column: of the disbursements, or of what is spent (disbursed + committed). */
export type PercentBase = 'disbursed' | 'spent';
/**
 * Which row of a pair is the แผน row: as its label says, or (no label, or one that does not say) the first or the
 * second, chosen against the table's own typed totals and percentages (reading-check.ts).
 */
export type PairOrder = 'labels' | 'plan-first' | 'result-first';
/**
 * An indicator table's ร้อยละ column: the result as a percent of the annual target (DOMAIN.md's), or of the plan to
 * date (the plans through the reporting quarter). Chosen against the table's own typed percentages (reading-check.ts).
 */
export type PercentTo = 'target' | 'plan-to-date';

export interface DetectedTable {
  sheet: SheetGrid;
  kind: 'indicator' | 'budget';
  periods: PeriodAxis;
  rows: RowShape;
  reading: Reading;
  /** Budget tables with commitments and a remaining column: how the remaining is made. */
  remaining: Remaining;
  percentBase: PercentBase;
  /** A pairs table: which row of each pair is the แผน row. */
  pairOrder: PairOrder;
  /** An indicator table with a percent column: what the percent is of. */
  percentTo: PercentTo;
  headerTop: number;
  headerBottom: number;
  /** Data rows: from the row after the header to the last row before the next table (0-based, inclusive). */
  firstRow: number;
  lastRow: number;
  left: number;
  right: number;
  columns: Partial<Record<SingleRole, number>>;
  /** Budget tables: per role, the column of each quarter (index 0 = Q1). */
  quarters: Partial<Record<QuarterRole, (number | undefined)[]>>;
  /** Budget tables by month: per role, the column of each month (index 0 = ต.ค.); a quarter is made from its months. */
  months?: Partial<Record<QuarterRole, (number | undefined)[]>>;
  /**
   * Indicator tables: the column of each period's plan and result (index 0 = the axis's first: Q1, ต.ค., or
   * รอบ ๓ เดือน), and the quarter each period falls in. In a pairs table both lists are the same columns.
   */
  planCols: (number | undefined)[];
  resultCols: (number | undefined)[];
  periodQuarter: readonly Quarter[];
  /** Header rows repeated inside the table (page headers), to skip. */
  repeatedHeaderRows: number[];
}

/**
 * A table as one literal with its fields in one order: every table of a run, and of every run, then has one shape.
 * Made by spreading, a table took a new shape on each run, and the per-row code that reads it was compiled again
 * for each (a workbook of four kinds of table was half again slower than its tables one by one).
 */
export function detectedTable(t: DetectedTable): DetectedTable {
  return {
    sheet: t.sheet,
    kind: t.kind,
    periods: t.periods,
    rows: t.rows,
    reading: t.reading,
    remaining: t.remaining,
    percentBase: t.percentBase,
    pairOrder: t.pairOrder,
    percentTo: t.percentTo,
    headerTop: t.headerTop,
    headerBottom: t.headerBottom,
    firstRow: t.firstRow,
    lastRow: t.lastRow,
    left: t.left,
    right: t.right,
    columns: t.columns,
    quarters: t.quarters,
    months: t.months,
    planCols: t.planCols,
    resultCols: t.resultCols,
    periodQuarter: t.periodQuarter,
    repeatedHeaderRows: t.repeatedHeaderRows,
  };
}

/** What a sheet holds: the tables read, and headers that look like a table's but were not read (and why). */
export interface SheetReading {
  tables: DetectedTable[];
  unread: Unread[];
}

interface HeaderCandidate {
  row: number;
  labels: Map<number, ColumnLabel>;
}

export function detectTables(sheet: SheetGrid): DetectedTable[] {
  return readSheet(sheet).tables;
}

export function readSheet(sheet: SheetGrid): SheetReading {
  const width = columnCount(sheet);
  const rows = sheet.values.length;
  const candidates: HeaderCandidate[] = [];
  for (let r = 0; r < rows; r++) {
    if (!mayBeHeader(sheet, r)) continue;
    const labels = rowLabels(sheet, r, width);
    if (labels.size >= 3 && isHeaderCandidate(labels, sheet, r, width)) candidates.push({ row: r, labels });
  }

  const tables: DetectedTable[] = [];
  const unread: Unread[] = [];
  const tops = new Set<number>();
  let i = 0;
  while (i < candidates.length) {
    const { top, bottom } = headerBlock(sheet, candidates[i].row, width);
    while (candidates[i + 1] && candidates[i + 1].row <= bottom) i++; // a header whose rows each classify
    const signature = headerSignature(sheet, top, bottom, width);
    // The next header that is not a repeat of this one ends the table.
    const repeated: number[] = [];
    let j = i + 1;
    let end = rows - 1;
    for (; j < candidates.length; j++) {
      const r = candidates[j].row;
      const sigTop = isGroupRow(sheet, r - 1, width) && !(r - 1 <= bottom) ? r - 1 : r;
      const sigBottom = r + 1 < rows && isSubRow(sheet, r + 1, width) ? r + 1 : r;
      if (headerSignature(sheet, sigTop, sigBottom, width) === signature) {
        for (let k = sigTop; k <= sigBottom; k++) repeated.push(k);
        if (candidates[j + 1]?.row === sigBottom) j++;
        continue;
      }
      end = sigTop - 1;
      break;
    }
    if (!tops.has(top)) {
      tops.add(top);
      const built = buildTable(sheet, top, bottom, end, columnLabels(sheet, top, bottom, width), repeated);
      if ('unread' in built) unread.push(built.unread);
      else tables.push(built.table);
    }
    i = j;
  }
  return { tables, unread };
}

/** The column of a budget role's quarter. */
export function quarterColumn(table: DetectedTable, role: QuarterRole, q: Quarter): number | undefined {
  return table.quarters[role]?.[q - 1];
}
