/**
 * A table by month in แผน/ผล row pairs with a ร้อยละ row under each pair (a budget kept as แผน | ผล | ร้อยละ): each
 * reported month's percent written into that row — of the result to date over the line's allocation (or its
 * target), unless the table's typed percents show another way (the month's own result over the allocation, over
 * the month's plan, or the result to date over the plan to date). A typed wrong percent is corrected with a warning,
 * a formula is never overwritten; when the typed percents agree with no way on most cells, none is written and each
 * one that disagrees is named (DOMAIN.md, "When the reading is unsure, write nothing").
 */
import type { DetectedTable } from './detect-tables';
import { cellValue } from './grid';
import { ownParsed, shownParsed } from './parsed-grid';
import { outputCell, type EditSink } from './output-cell';
import { thaiRowStyle, type TableStyle } from './output-style';
import { planRowOf, resultRowOf } from './table-rows';
import { percentOf, roundHalfAway } from './thai-digits';
import type { IndicatorResult, Quarter } from './types';
import { choosePercentBase, nearPercent, typedPercent } from './budget-month-percent';

const PERCENT_LABEL = /^\s*(?:ร้อยละ|%)\s*$/;
const BASES = ['to-date', 'own', 'of-plan', 'of-plan-to-date'] as const;
type Base = (typeof BASES)[number];
const MISMATCH = { code: 'percent-mismatch', role: 'percent' } as const;
/** Indicators looked at for typed percents. */
const SAMPLE = 400;

interface PercentRow {
  row: number;
  percents: Record<Base, (number | null)[]>;
  thai: boolean;
}

/** `rows`: where the table's indicators start; `results`: their results, in the same order. */
export function percentRowEdits(table: DetectedTable, rows: number[], results: IndicatorResult[], quarter: Quarter, style: TableStyle, sink: EditSink): void {
  if (table.rows !== 'pairs' || table.periods !== 'month' || table.columns.label === undefined) return;
  const found: PercentRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const p = percentRow(table, rows[i], results[i]);
    if (p) found.push(p);
  }
  if (!found.length) return;
  const cols = table.resultCols;
  const counts = new Map<Base, number>();
  let evidence = 0;
  for (const p of found.slice(0, SAMPLE)) {
    for (let m = 0; m < 12; m++) {
      const typed = cols[m] === undefined ? null : typedPercent(table.sheet, p.row, cols[m]!);
      if (typed === null || p.percents['to-date'][m] === null) continue;
      evidence++;
      for (const b of BASES) if (p.percents[b][m] !== null && nearPercent(typed, p.percents[b][m]!)) counts.set(b, (counts.get(b) ?? 0) + 1);
    }
  }
  const base = choosePercentBase(BASES, counts, evidence, 'to-date');
  for (const p of found) {
    const rowStyle = p.thai && style.digits !== 'thai' ? thaiRowStyle(style) : style;
    for (let m = 0; m < quarter * 3; m++) {
      const col = cols[m];
      const value = p.percents[base ?? 'to-date'][m];
      if (col === undefined || value === null) continue;
      if (base !== null) {
        outputCell(table.sheet, p.row, col, 'percent', { kind: 'number', value, decimals: 2 }, rowStyle, sink, undefined, MISMATCH);
        continue;
      }
      const typed = typedPercent(table.sheet, p.row, col);
      if (typed !== null && !nearPercent(typed, value)) {
        sink.findings.push({ ref: { row: p.row, col }, code: 'percent-mismatch', args: { role: 'percent', typed, computed: { value, decimals: 2 } } });
      }
    }
  }
}

/** The ร้อยละ row under an indicator's pair, with each way's percent per month (null where no result is reported). */
function percentRow(table: DetectedTable, row: number, result: IndicatorResult): PercentRow | null {
  if (result.measure !== 'count') return null; // a level or a rate has no result to date to divide
  const planRow = planRowOf(table, row);
  const resultRow = resultRowOf(table, row);
  const under = Math.max(planRow, resultRow) + 1;
  const label = cellValue(table.sheet, under, table.columns.label!);
  if (under > table.lastRow || typeof label !== 'string' || !PERCENT_LABEL.test(label)) return null;
  const allocated = figureAt(table, row, table.columns.allocation) ?? figureAt(table, resultRow, table.columns.allocation);
  const whole = allocated ?? result.target;
  const percents: PercentRow['percents'] = { 'to-date': [], own: [], 'of-plan': [], 'of-plan-to-date': [] };
  const running = table.reading === 'running';
  let thai = false;
  let done = 0;
  let planned = 0;
  let lastPlan = 0;
  for (let m = 0; m < 12; m++) {
    const r = ownParsed(table.sheet, resultRow, table.resultCols[m]);
    const p = ownParsed(table.sheet, planRow, table.planCols[m]);
    thai ||= !!r.thaiDigits;
    const plan = p.kind === 'number' ? p.value! : null;
    const planOwn = plan === null ? null : running ? plan - lastPlan : plan;
    if (plan !== null) {
      planned = running ? plan : planned + plan;
      lastPlan = plan;
    }
    const v = r.kind === 'number' ? r.value! : r.kind === 'dash' ? (running ? done : 0) : null;
    if (v === null) {
      for (const b of BASES) percents[b].push(null);
      continue;
    }
    const own = running ? v - done : v;
    done = roundHalfAway(running ? v : done + v, 6);
    percents['to-date'].push(percentOf(done, whole));
    percents.own.push(percentOf(own, whole));
    percents['of-plan'].push(percentOf(own, planOwn));
    percents['of-plan-to-date'].push(percentOf(done, plan === null && !planned ? null : roundHalfAway(planned, 6)));
  }
  return { row: under, percents, thai };
}

function figureAt(table: DetectedTable, row: number, col: number | undefined): number | null {
  if (col === undefined) return null;
  const p = shownParsed(table.sheet, row, col);
  return p.kind === 'number' ? p.value : null;
}
