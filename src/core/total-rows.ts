/**
 * Total rows of indicator tables (รวม, รวมทั้งสิ้น, สรุปภาพรวม) checked against the indicators they sum: the total
 * column gets the members' sum (a typed total that disagrees is corrected and warned about; a formula is never
 * overwritten, only warned about), and each period's typed figure that disagrees is warned about, never changed.
 */
import type { DetectedTable } from './detect-tables';
import { mergeAt } from './grid';
import { ownParsed, shownParsed } from './parsed-grid';
import { resultRowOf } from './table-rows';
import { outputCell, type EditSink } from './output-cell';
import type { TableStyle } from './output-style';
import { decimalsOf, roundHalfAway } from './thai-digits';
import type { IndicatorResult, Quarter } from './types';

const TOTAL_ROW_MISMATCH = { code: 'total-mismatch', role: 'total' } as const;

/** `results`: the table's indicators, top to bottom; `totalRows`: the result rows of its total rows (0-based). */
export function totalRowEdits(table: DetectedTable, totalRows: number[], results: IndicatorResult[], style: TableStyle, sink: EditSink): void {
  let from = -1;
  for (const row of totalRows) {
    let members = results.filter((r) => r.row - 1 > from && r.row - 1 < row);
    if (!members.length) members = results.filter((r) => r.row - 1 < row); // a grand total under sub-totals
    from = row;
    if (!members.length || !summable(members)) continue;
    let sum: number | null = null;
    for (const m of members) if (m.total !== null) sum = (sum ?? 0) + m.total;
    if (sum !== null && table.columns.total !== undefined) {
      const value = roundHalfAway(sum, 6);
      outputCell(table.sheet, row, table.columns.total, 'total', { kind: 'number', value, decimals: decimalsOf(value) }, style, sink, undefined, TOTAL_ROW_MISMATCH);
    }
    periodFindings(table, row, members, sink);
  }
}

/** Counts of one unit add up; levels, rates and different units do not. */
function summable(members: IndicatorResult[]): boolean {
  const unit = members[0].unit;
  return members.every((m) => (m.measure === 'count' || m.measure === 'cumulative') && m.unit === unit);
}

/** A quarter's typed figure on the total row that is not the sum of the members' results. */
function periodFindings(table: DetectedTable, row: number, members: IndicatorResult[], sink: EditSink): void {
  if (table.periods === 'month' && table.reading === 'own') return monthFindings(table, row, members, sink);
  if (table.periods !== 'quarter' || table.reading !== 'own') return;
  for (let q = 0; q < 4; q++) {
    const col = table.resultCols[q];
    if (col === undefined) continue;
    const m = mergeAt(table.sheet, row, col);
    if (m && (m.top !== row || m.left !== col)) continue;
    const typed = shownParsed(table.sheet, row, col);
    if (typed.kind !== 'number') continue;
    let sum = 0;
    for (const member of members) sum += member.result[q] ?? 0;
    sum = roundHalfAway(sum, 6);
    if (roundHalfAway(typed.value!, 6) === sum) continue;
    sink.findings.push({
      ref: { row, col },
      code: 'total-row-mismatch',
      args: { quarter: (q + 1) as Quarter, typed: typed.text || typed.value!, computed: { value: sum }, from: members[0].row, to: members[members.length - 1].row },
    });
  }
}

/**
 * In a table by month, each month's typed figure on the total row against the sum of the members' cells of that
 * month ('-' is nothing): input, so warned about, never changed, as a quarter's.
 */
function monthFindings(table: DetectedTable, row: number, members: IndicatorResult[], sink: EditSink): void {
  for (let m = 0; m < table.resultCols.length; m++) {
    const col = table.resultCols[m];
    if (col === undefined) continue;
    const typed = ownParsed(table.sheet, row, col);
    if (typed.kind !== 'number') continue;
    let sum = 0;
    for (const member of members) {
      const p = shownParsed(table.sheet, resultRowOf(table, member.row - 1), col);
      if (p.kind === 'number') sum += p.value!;
    }
    sum = roundHalfAway(sum, 6);
    if (roundHalfAway(typed.value!, 6) === sum) continue;
    sink.findings.push({
      ref: { row, col },
      code: 'total-row-mismatch',
      args: { quarter: table.periodQuarter[m], month: ((m + 9) % 12) + 1, typed: typed.text || typed.value!, computed: { value: sum }, from: members[0].row, to: members[members.length - 1].row },
    });
  }
}
