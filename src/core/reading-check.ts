/**
 * A table's reading tested against the figures it already holds (DOMAIN.md, "When the reading is unsure, write
 * nothing"): typed totals, percentages and remaining amounts are evidence. A table whose columns can be read more
 * than one way takes the reading that agrees with most of its rows; when none agrees with most, nothing is written
 * into the table and the cells that disagree are named. The ways a table can be read:
 * - periods (months, rounds, quarters, a budget's months): each its own figure, or running totals to date;
 * - a budget's คงเหลือ beside ก่อหนี้ผูกพัน: net of the commitments, or of the disbursements only;
 * - a budget's percent beside ก่อหนี้ผูกพัน: of the disbursements, or of what is spent (disbursed + committed);
 * - แผน/ผล pairs whose labels do not say which row is which: the แผน row first, or the ผล row (labels that do say are
 *   never read the other way); when the typed figures fit both orders as well, nothing tells them apart: unsure;
 * - an indicator's ร้อยละ: of the annual target (DOMAIN.md's, kept on a tie), or of the plan to date.
 */
import { budgetFigures, type BudgetLineSource } from './budget';
import { disbursedBothWays, hasPeriodDisbursed } from './budget-periods';
import { detectedTable, type DetectedTable, type PairOrder, type PercentBase, type PercentTo, type Reading, type Remaining } from './detect-tables';
import { indicatorAt, quartersWithResults } from './extract-indicators';
import { shownParsed } from './parsed-grid';
import { cellAddress } from './address';
import { indicatorFigures, planToDatePercent } from './indicator-figures';
import { roundHalfAway } from './thai-digits';
import type { Quarter } from './types';
import type { CellRole, ReadingWay } from './warning-messages';

/** Rows looked at: the evidence of the first ones is enough, and a long table is not computed twice. */
const SAMPLE = 400;

export interface ReadingVerdict {
  table: DetectedTable;
  /** False when no reading agrees with most typed figures: the table is left alone. */
  sure: boolean;
  /** The typed cells that disagree with the best reading (for the warning), at most five. */
  disagreeing: string[];
  evidence: number;
  agreeing: number;
  /** What the typed figures that disagree are (totals, percentages, remaining amounts…), or those looked at. */
  figures: CellRole[];
  /** The ways the table's columns can be read. */
  ways: ReadingWay[];
}

interface Tally {
  evidence: number;
  agree: number;
  disagreeing: string[];
  /** The kinds of the figures looked at, and of those that disagree. */
  seen: CellRole[];
  wrong: CellRole[];
  /** Typed figures that agree (a row may hold several). */
  cells: number;
}

export function checkReading(table: DetectedTable, rows: number[], lines: BudgetLineSource[] = []): ReadingVerdict {
  const candidates = readingsOf(table);
  const sureOf = (t: Tally): ReadingVerdict => ({ table, sure: true, disagreeing: [], evidence: t.evidence, agreeing: t.agree, figures: [], ways: [] });
  if (candidates.length < 2) return sureOf(NO_TALLY);
  const tallyOf = (t: DetectedTable) => (t.kind === 'budget' ? budgetTally(t, lines) : indicatorTally(t, rows));
  const first = tallyOf(table);
  // Pairs whose order no label gives are always compared both ways: agreeing one way says nothing of the other.
  const orderUnknown = table.rows === 'pairs' && table.pairOrder !== 'labels';
  // Every typed figure agrees with the table as first read (or there is none): no other reading is tried, and the
  // engine's hot code never sees a second shape of the table (at 100,000 rows that cost more than the check).
  if (!orderUnknown && first.agree === first.evidence) return sureOf(first);
  const tallies = [first, ...candidates.slice(1).map(tallyOf)];
  let best = 0; // the table as first read, unless another agrees with more rows (or as many, and more figures)
  for (let i = 1; i < tallies.length; i++) if (better(tallies[i], tallies[best])) best = i;
  const t = tallies[best];
  // One typed figure that disagrees is a mistake to correct, not a reason to doubt the reading.
  let sure = t.evidence < 2 || t.agree * 2 >= t.evidence;
  if (orderUnknown) {
    // The other order must agree with fewer typed figures: with as many (or none typed), which row is the plan is a guess.
    const order = candidates[best].pairOrder;
    const rival = tallies.some((other, i) => candidates[i].pairOrder !== order && !better(t, other));
    if (t.agree === 0 || rival) sure = false;
  }
  const figures = t.wrong.length ? t.wrong : t.seen;
  return { table: candidates[best], sure, disagreeing: t.disagreeing, evidence: t.evidence, agreeing: t.agree, figures, ways: waysOf(table, candidates) };
}

function better(a: Tally, b: Tally): boolean {
  return a.agree > b.agree || (a.agree === b.agree && a.cells > b.cells);
}

const NO_TALLY: Tally = { evidence: 0, agree: 0, disagreeing: [], seen: [], wrong: [], cells: 0 };

/** The table as read first, then the other ways its columns can be read. */
export function readingsOf(table: DetectedTable): DetectedTable[] {
  const readings: Reading[] = [table.reading];
  const periods = table.kind === 'indicator' ? table.periods !== 'none' : !!(table.months?.disbursed ?? table.quarters.disbursed);
  if (periods) readings.push(table.reading === 'own' ? 'running' : 'own');
  const { commitment, remaining: remainingCol, disbursedTotalPercent, percent } = table.columns;
  const commitments = table.kind === 'budget' && commitment !== undefined;
  const remainings: Remaining[] = [table.remaining];
  if (commitments && remainingCol !== undefined) remainings.push(table.remaining === 'net' ? 'gross' : 'net');
  const bases: PercentBase[] = [table.percentBase];
  if (commitments && disbursedTotalPercent !== undefined) bases.push(table.percentBase === 'disbursed' ? 'spent' : 'disbursed');
  const orders: PairOrder[] = [table.pairOrder];
  if (table.rows === 'pairs' && table.pairOrder !== 'labels') orders.push(table.pairOrder === 'plan-first' ? 'result-first' : 'plan-first');
  const tos: PercentTo[] = [table.percentTo];
  if (table.kind === 'indicator' && percent !== undefined && table.planCols.some((c) => c !== undefined)) {
    tos.push(table.percentTo === 'target' ? 'plan-to-date' : 'target');
  }
  const out: DetectedTable[] = [];
  for (const reading of readings) {
    for (const remaining of remainings) {
      for (const percentBase of bases) {
        for (const pairOrder of orders) {
          for (const percentTo of tos) {
            const same =
              reading === table.reading &&
              remaining === table.remaining &&
              percentBase === table.percentBase &&
              pairOrder === table.pairOrder &&
              percentTo === table.percentTo;
            out.push(same ? table : detectedTable({ ...table, reading, remaining, percentBase, pairOrder, percentTo }));
          }
        }
      }
    }
  }
  return out;
}

/** The ways in which the candidates differ from the table as first read. */
function waysOf(table: DetectedTable, candidates: DetectedTable[]): ReadingWay[] {
  const has = (f: (c: DetectedTable) => boolean) => candidates.some(f);
  const ways: ReadingWay[] = [];
  if (has((c) => c.reading !== table.reading)) ways.push('periods');
  if (has((c) => c.pairOrder !== table.pairOrder)) ways.push('pair-order');
  if (has((c) => c.percentTo !== table.percentTo || c.percentBase !== table.percentBase)) ways.push('percent-of');
  if (has((c) => c.remaining !== table.remaining)) ways.push('remaining');
  return ways;
}

/** Each typed total and percentage of the indicators, against the reading's. */
function indicatorTally(table: DetectedTable, rows: number[]): Tally {
  const t: Tally = { evidence: 0, agree: 0, disagreeing: [], seen: [], wrong: [], cells: 0 };
  const { total, percent } = table.columns;
  const n = Math.min(rows.length, SAMPLE);
  // Of the plan to date: the plans through the latest quarter with a result, as the table's typed percentages were.
  const toDate = table.percentTo === 'plan-to-date' ? latestQuarter(table, rows, n) : null;
  for (let i = 0; i < n; i++) {
    const src = indicatorAt(table, rows[i]);
    // Quarter 4: every result typed so far counts, as a typed total counts them.
    const fig = indicatorFigures(src, 4, 0, {}, []);
    const computed = toDate === null ? fig.percent : planToDatePercent(fig.measure, fig.plan, fig.total, fig.yearSum, fig.straightLine, toDate);
    checkRow(t, table, src.resultRow, [
      [total, fig.total, 'total'],
      [percent, computed, 'percent'],
    ]);
  }
  return t;
}

/** The latest quarter in which one of the first `n` indicators has a result (Q1 when none has). */
function latestQuarter(table: DetectedTable, rows: number[], n: number): Quarter {
  const seen = new Set<number>();
  for (let i = 0; i < n; i++) quartersWithResults(table, rows[i], seen);
  return Math.max(1, ...seen) as Quarter;
}

/** Budget lines: the typed remaining, disbursed to date (where periods make it) and percent, against the reading's. */
function budgetTally(table: DetectedTable, lines: BudgetLineSource[]): Tally {
  const t: Tally = { evidence: 0, agree: 0, disagreeing: [], seen: [], wrong: [], cells: 0 };
  const { remaining, disbursedTotal, disbursedTotalPercent } = table.columns;
  const periods = hasPeriodDisbursed(table);
  let n = 0;
  for (let i = 0; i < lines.length && n < SAMPLE; i++) {
    const line = lines[i];
    if (line.isTotal || line.isCumulativeRow) continue;
    n++;
    const fig = budgetFigures(table, line, 4, 0, null);
    checkRow(t, table, line.row, [
      [remaining, fig.remaining, 'remaining'],
      [periods ? disbursedTotal : undefined, fig.disbursedToDate, 'disbursed-total'],
      [disbursedTotalPercent, fig.columnPercent, 'disbursed-percent'],
    ]);
    if (periods) withinAllocation(t, table, line.row);
  }
  return t;
}

/**
 * The allocation as evidence: where the periods added up come to more than it (beyond 5 %: transfers aside) and the
 * last one typed does not, only running totals fit — 100,000 … 700,000 to date of 1,000,000 are not 2,580,000 spent.
 */
function withinAllocation(t: Tally, table: DetectedTable, row: number): void {
  const allocation = table.columns.allocation;
  const allocated = typedNumber(table, row, allocation);
  const both = allocated !== null && allocated > 0 ? disbursedBothWays(table, row) : null;
  if (!both || both.last > allocated! || both.sum <= allocated! * 1.05) return;
  t.evidence++;
  if (!t.seen.includes('allocation')) t.seen.push('allocation');
  if (table.reading === 'running') {
    t.agree++;
    t.cells++;
    return;
  }
  if (!t.wrong.includes('allocation')) t.wrong.push('allocation');
  if (t.disagreeing.length < 5) t.disagreeing.push(cellAddress(row, allocation!));
}

/**
 * A row's typed figures (column, the reading's figure, what it is) against the reading's: the row agrees when every
 * one does, and the first that does not is named. The figures that agree are counted too, to tell apart two readings
 * that agree with as many rows (a ผล row's typed percent agrees one way and is not looked at the other).
 */
function checkRow(t: Tally, table: DetectedTable, row: number, checks: [number | undefined, number | null, CellRole][]): void {
  let seen = false;
  let wrong = -1;
  for (let i = 0; i < checks.length; i++) {
    const [col, computed, role] = checks[i];
    const typed = typedNumber(table, row, col);
    if (typed === null || computed === null) continue;
    seen = true;
    if (!t.seen.includes(role)) t.seen.push(role);
    const agrees = role === 'percent' || role === 'disbursed-percent' ? nearPercent(typed, computed) : near(typed, computed);
    if (agrees) t.cells++;
    else {
      if (!t.wrong.includes(role)) t.wrong.push(role);
      if (wrong < 0) wrong = col!;
    }
  }
  if (!seen) return;
  t.evidence++;
  if (wrong < 0) t.agree++;
  else if (t.disagreeing.length < 5) t.disagreeing.push(cellAddress(row, wrong));
}

function typedNumber(table: DetectedTable, row: number, col: number | undefined): number | null {
  if (col === undefined) return null;
  const p = shownParsed(table.sheet, row, col);
  return p.kind === 'number' || p.kind === 'level' ? p.value : null;
}

function near(a: number, b: number): boolean {
  return roundHalfAway(a, 2) === roundHalfAway(b, 2);
}

/** A typed percent, or a %-formatted fraction read as typed. */
function nearPercent(typed: number, computed: number): boolean {
  return near(typed, computed) || near(typed * 100, computed);
}
