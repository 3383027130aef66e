/**
 * A budget by month with a ร้อยละ column under each month (เบิกจ่าย | ร้อยละ, or an amount planned | ร้อยละ): each
 * month's percent of the allocation, written where the cell is empty or typed (a formula is never overwritten, a
 * typed wrong figure is corrected with a warning). The percent is of the amount to date (disbursement) or of the
 * month's own amount (a plan), unless the table's own typed percents show the other (DOMAIN.md, "When the reading is
 * unsure, write nothing"): when they agree with neither on most cells, no month percent is written and each typed
 * one that disagrees is named.
 */
import type { BudgetFigures } from './budget';
import type { DetectedTable, QuarterRole } from './detect-tables';
import { numberAt } from './budget-periods';
import type { SheetGrid } from './grid';
import { ownParsed } from './parsed-grid';
import { outputCell, type EditSink } from './output-cell';
import { thaiRowStyle, type TableStyle } from './output-style';
import { percentOf, roundHalfAway } from './thai-digits';
import type { Quarter } from './types';
import type { CellRole } from './warning-messages';

type Base = 'to-date' | 'own';
type AmountRole = 'disbursed' | 'plannedAmount';

interface PercentColumns {
  amount: AmountRole;
  percent: QuarterRole;
  /** Without typed percents to tell: disbursement to date (as a quarter's ผลร้อยละ), a plan's own month. */
  usual: Base;
  role: CellRole;
}

const KINDS: PercentColumns[] = [
  { amount: 'disbursed', percent: 'disbursedPercent', usual: 'to-date', role: 'disbursed-percent' },
  { amount: 'plannedAmount', percent: 'plannedPercent', usual: 'own', role: 'percent' },
];
/** Rows looked at for typed percents. */
const SAMPLE = 400;
/** Per table and kind, the base its typed percents show (null: none agrees with most of them). */
const bases = new WeakMap<DetectedTable, Map<QuarterRole, Base | null>>();

export function monthPercentEdits(table: DetectedTable, row: number, fig: BudgetFigures, quarter: Quarter, style: TableStyle, sink: EditSink): void {
  const months = table.months;
  if (!months) return;
  for (const kind of KINDS) {
    const cols = months[kind.percent];
    if (!cols) continue;
    const base = baseOf(table, kind);
    const amounts = fig.monthsOfLines?.[kind.amount] ?? monthAmounts(table, row, kind.amount);
    const percents = percentsOf(table, kind.amount, amounts, fig.allocated, base ?? kind.usual);
    const rowStyle = style.digits !== 'thai' && typesThaiDigits(table, row, kind.amount) ? thaiRowStyle(style) : style;
    const last = kind.amount === 'disbursed' ? quarter * 3 : 12;
    for (let m = 0; m < last; m++) {
      const col = cols[m];
      const value = percents[m];
      if (col === undefined || value === null) continue;
      if (base !== null) {
        outputCell(table.sheet, row, col, 'budget', { kind: 'number', value, decimals: 2 }, rowStyle, sink, undefined, { code: 'percent-mismatch', role: kind.role });
        continue;
      }
      const typed = typedPercent(table.sheet, row, col);
      if (typed !== null && !nearPercent(typed, value)) {
        sink.findings.push({ ref: { row, col }, code: 'percent-mismatch', args: { role: kind.role, typed, computed: { value, decimals: 2 } } });
      }
    }
  }
}

/** A line's amounts by month: '-' is nothing; null where the month is not reported. */
function monthAmounts(table: DetectedTable, row: number, role: AmountRole): (number | null)[] {
  const cols = table.months![role];
  const out: (number | null)[] = new Array<number | null>(12).fill(null);
  if (!cols) return out;
  for (let m = 0; m < 12; m++) {
    const p = ownParsed(table.sheet, row, cols[m]);
    out[m] = p.kind === 'number' ? p.value : p.kind === 'dash' ? 0 : null;
  }
  return out;
}

/** Each reported month's percent of `allocated`: of the amount to date, or of the month's own amount. */
function percentsOf(table: DetectedTable, role: AmountRole, amounts: (number | null)[], allocated: number | null, base: Base): (number | null)[] {
  const running = role === 'disbursed' && table.reading === 'running'; // each month's cell already the total to date
  const out: (number | null)[] = new Array<number | null>(12).fill(null);
  let toDate = 0;
  for (let m = 0; m < 12; m++) {
    const v = amounts[m];
    if (v === null) continue;
    const own = running ? v - toDate : v;
    toDate = running ? v : toDate + v;
    out[m] = percentOf(roundHalfAway(base === 'own' ? own : toDate, 6), allocated);
  }
  return out;
}

/** The base the table's typed month percents show, decided once per table from its first lines. */
function baseOf(table: DetectedTable, kind: PercentColumns): Base | null {
  let known = bases.get(table);
  if (!known) bases.set(table, (known = new Map()));
  if (known.has(kind.percent)) return known.get(kind.percent)!;
  const cols = table.months![kind.percent]!;
  let evidence = 0;
  let toDate = 0;
  let own = 0;
  const last = Math.min(table.lastRow, table.firstRow + SAMPLE);
  for (let r = table.firstRow; r <= last; r++) {
    const allocated = numberAt(table, r, table.columns.allocation);
    if (allocated === null) continue;
    const amounts = monthAmounts(table, r, kind.amount);
    const byToDate = percentsOf(table, kind.amount, amounts, allocated, 'to-date');
    const byOwn = percentsOf(table, kind.amount, amounts, allocated, 'own');
    for (let m = 0; m < 12; m++) {
      const typed = cols[m] === undefined ? null : typedPercent(table.sheet, r, cols[m]!);
      if (typed === null || byToDate[m] === null) continue;
      evidence++;
      if (nearPercent(typed, byToDate[m]!)) toDate++;
      if (nearPercent(typed, byOwn[m]!)) own++;
    }
  }
  const counts = new Map<Base, number>([
    ['to-date', toDate],
    ['own', own],
  ]);
  const base = choosePercentBase(['to-date', 'own'] as const, counts, evidence, kind.usual);
  known.set(kind.percent, base);
  return base;
}

/**
 * The way of reading percents that most typed ones agree with (`usual` when none is typed, or on a tie); null when
 * none agrees with most of them. One typed figure that disagrees is a mistake to correct, not a reason to doubt the
 * reading (as reading-check.ts has it).
 */
export function choosePercentBase<B extends string>(ways: readonly B[], counts: Map<B, number>, evidence: number, usual: B): B | null {
  let best = usual;
  for (const w of ways) if ((counts.get(w) ?? 0) > (counts.get(best) ?? 0)) best = w;
  return evidence < 2 || (counts.get(best) ?? 0) * 2 >= evidence ? best : null;
}

export function typedPercent(sheet: SheetGrid, row: number, col: number): number | null {
  const p = ownParsed(sheet, row, col);
  return p.kind === 'number' ? p.value : null;
}

/** A typed percent, or a %-formatted fraction read as typed. */
export function nearPercent(typed: number, computed: number): boolean {
  const near = (a: number) => roundHalfAway(a, 2) === roundHalfAway(computed, 2);
  return near(typed) || near(typed * 100);
}

function typesThaiDigits(table: DetectedTable, row: number, role: AmountRole): boolean {
  if (ownParsed(table.sheet, row, table.columns.allocation).thaiDigits) return true;
  const cols = table.months![role]!;
  for (let m = 0; m < 12; m++) if (ownParsed(table.sheet, row, cols[m]).thaiDigits) return true;
  return false;
}
