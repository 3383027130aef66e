/**
 * A table's reading tested against the figures it already holds (DOMAIN.md, "When the reading is unsure, write
 * nothing"): typed totals, percentages and remaining amounts are evidence. A table whose columns can be read more
 * than one way takes the reading that agrees with most of its rows; when none agrees with most, nothing is written
 * into the table and the cells that disagree are named. The ways a table can be read:
 * - periods (months, rounds, quarters, a budget's months): each its own figure, or running totals to date;
 * - a budget's คงเหลือ beside ก่อหนี้ผูกพัน: net of the commitments, or of the disbursements only;
 * - a budget's percent beside ก่อหนี้ผูกพัน: of the disbursements, or of what is spent (disbursed + committed).
 */
import { budgetFigures, type BudgetLineSource } from './budget';
import { hasPeriodDisbursed } from './budget-periods';
import type { DetectedTable, PercentBase, Reading, Remaining } from './detect-tables';
import { indicatorAt } from './extract-indicators';
import { shownParsed } from './parsed-grid';
import { cellAddress } from './address';
import { indicatorFigures } from './indicator-figures';
import { roundHalfAway } from './thai-digits';

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
}

interface Tally {
  evidence: number;
  agree: number;
  disagreeing: string[];
}

export function checkReading(table: DetectedTable, rows: number[], lines: BudgetLineSource[] = []): ReadingVerdict {
  const candidates = readingsOf(table);
  if (candidates.length < 2) return { table, sure: true, disagreeing: [], evidence: 0, agreeing: 0 };
  const tallyOf = (t: DetectedTable) => (t.kind === 'budget' ? budgetTally(t, lines) : indicatorTally(t, rows));
  const first = tallyOf(table);
  // Every typed figure agrees with the table as first read (or there is none): no other reading is tried, and the
  // engine's hot code never sees a second shape of the table (at 100,000 rows that cost more than the check).
  if (first.agree === first.evidence) return { table, sure: true, disagreeing: [], evidence: first.evidence, agreeing: first.agree };
  const tallies = [first, ...candidates.slice(1).map(tallyOf)];
  let best = 0; // the table as first read, unless another agrees with more rows
  for (let i = 1; i < tallies.length; i++) if (tallies[i].agree > tallies[best].agree) best = i;
  const t = tallies[best];
  // One typed figure that disagrees is a mistake to correct, not a reason to doubt the reading.
  const sure = t.evidence < 2 || t.agree * 2 >= t.evidence;
  return { table: candidates[best], sure, disagreeing: t.disagreeing, evidence: t.evidence, agreeing: t.agree };
}

/** The table as read first, then the other ways its columns can be read. */
export function readingsOf(table: DetectedTable): DetectedTable[] {
  const readings: Reading[] = [table.reading];
  const periods = table.kind === 'indicator' ? table.periods !== 'none' : !!table.months?.disbursed;
  if (periods) readings.push(table.reading === 'own' ? 'running' : 'own');
  const { commitment, remaining: remainingCol, disbursedTotalPercent } = table.columns;
  const commitments = table.kind === 'budget' && commitment !== undefined;
  const remainings: Remaining[] = [table.remaining];
  if (commitments && remainingCol !== undefined) remainings.push(table.remaining === 'net' ? 'gross' : 'net');
  const bases: PercentBase[] = [table.percentBase];
  if (commitments && disbursedTotalPercent !== undefined) bases.push(table.percentBase === 'disbursed' ? 'spent' : 'disbursed');
  const out: DetectedTable[] = [];
  for (const reading of readings) {
    for (const remaining of remainings) {
      for (const percentBase of bases) {
        const same = reading === table.reading && remaining === table.remaining && percentBase === table.percentBase;
        out.push(same ? table : { ...table, reading, remaining, percentBase });
      }
    }
  }
  return out;
}

function indicatorTally(table: DetectedTable, rows: number[]): Tally {
  const t: Tally = { evidence: 0, agree: 0, disagreeing: [] };
  const { total, percent } = table.columns;
  const n = Math.min(rows.length, SAMPLE);
  for (let i = 0; i < n; i++) {
    const src = indicatorAt(table, rows[i]);
    // Quarter 4: every result typed so far counts, as a typed total counts them.
    const fig = indicatorFigures(src, 4, 0, {}, []);
    const typedTotal = typedNumber(table, src.resultRow, total);
    const typedPercent = typedNumber(table, src.resultRow, percent);
    if (typedTotal !== null && fig.total !== null) count(t, near(typedTotal, fig.total), src.resultRow, total!);
    else if (typedPercent !== null && fig.percent !== null) count(t, nearPercent(typedPercent, fig.percent), src.resultRow, percent!);
  }
  return t;
}

/** Budget lines: the typed remaining, disbursed to date (where periods make it) and percent, against the reading's. */
function budgetTally(table: DetectedTable, lines: BudgetLineSource[]): Tally {
  const t: Tally = { evidence: 0, agree: 0, disagreeing: [] };
  const { remaining, disbursedTotal, disbursedTotalPercent } = table.columns;
  const periods = hasPeriodDisbursed(table);
  let n = 0;
  for (let i = 0; i < lines.length && n < SAMPLE; i++) {
    const line = lines[i];
    if (line.isTotal || line.isCumulativeRow) continue;
    n++;
    const fig = budgetFigures(table, line, 4, 0, null);
    const checks: [number | undefined, number | null, boolean][] = [
      [remaining, fig.remaining, false],
      [periods ? disbursedTotal : undefined, fig.disbursedToDate, false],
      [disbursedTotalPercent, fig.columnPercent, true],
    ];
    let seen = false;
    let wrong: number | undefined;
    for (const [col, computed, isPercent] of checks) {
      const typed = typedNumber(table, line.row, col);
      if (typed === null || computed === null) continue;
      seen = true;
      if (!(isPercent ? nearPercent(typed, computed) : near(typed, computed))) wrong ??= col;
    }
    if (seen) count(t, wrong === undefined, line.row, wrong ?? 0);
  }
  return t;
}

function count(t: Tally, agrees: boolean, row: number, col: number): void {
  t.evidence++;
  if (agrees) t.agree++;
  else if (t.disagreeing.length < 5) t.disagreeing.push(cellAddress(row, col));
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
