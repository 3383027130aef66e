/**
 * A table's reading tested against the figures it already holds (DOMAIN.md, "When the reading is unsure, write
 * nothing"): typed totals and percentages are evidence. A table whose periods can be read more than one way (months
 * or rounds: each its own figure, or running totals) takes the reading that agrees with most of its rows; when
 * none agrees with most, nothing is written into the table and the cells that disagree are named.
 */
import type { DetectedTable, Reading } from './detect-tables';
import { indicatorAt } from './extract-indicators';
import { shownParsed } from './parsed-grid';
import { cellAddress } from './address';
import { indicatorFigures } from './indicator-figures';
import { roundHalfAway } from './thai-digits';

/** Rows looked at: the evidence of the first ones is enough, and a long table is not computed twice. */
const SAMPLE = 400;

export interface ReadingVerdict {
  table: DetectedTable;
  /** Null when no reading agrees with most typed figures: the table is left alone. */
  sure: boolean;
  /** The typed cells that disagree with the best reading (for the warning), at most five. */
  disagreeing: string[];
  evidence: number;
  agreeing: number;
}

interface Tally {
  reading: Reading;
  evidence: number;
  agree: number;
  disagreeing: string[];
}

export function checkReading(table: DetectedTable, rows: number[]): ReadingVerdict {
  if (table.kind !== 'indicator' || (table.periods !== 'month' && table.periods !== 'half')) {
    return { table, sure: true, disagreeing: [], evidence: 0, agreeing: 0 };
  }
  const readings: Reading[] = table.reading === 'own' ? ['own', 'running'] : ['running', 'own'];
  const tallies = readings.map((reading) => tally({ ...table, reading }, rows));
  let best = tallies[0];
  for (const t of tallies) if (t.agree > best.agree) best = t;
  const chosen = best.reading === table.reading ? table : { ...table, reading: best.reading };
  // One typed figure that disagrees is a mistake to correct, not a reason to doubt the reading.
  const sure = best.evidence < 2 || best.agree * 2 >= best.evidence;
  return { table: chosen, sure, disagreeing: best.disagreeing, evidence: best.evidence, agreeing: best.agree };
}

function tally(table: DetectedTable, rows: number[]): Tally {
  const t: Tally = { reading: table.reading, evidence: 0, agree: 0, disagreeing: [] };
  const { total, percent } = table.columns;
  const n = Math.min(rows.length, SAMPLE);
  for (let i = 0; i < n; i++) {
    const src = indicatorAt(table, rows[i]);
    // Quarter 4: every result typed so far counts, as a typed total counts them.
    const fig = indicatorFigures(src, 4, 0, {}, []);
    const typedTotal = typedNumber(table, src.resultRow, total);
    const typedPercent = typedNumber(table, src.resultRow, percent);
    let agrees: boolean | null = null;
    let cell = '';
    if (typedTotal !== null && fig.total !== null) {
      agrees = near(typedTotal, fig.total);
      cell = cellAddress(src.resultRow, total!);
    } else if (typedPercent !== null && fig.percent !== null) {
      agrees = near(typedPercent, fig.percent) || near(typedPercent * 100, fig.percent); // a %-formatted fraction
      cell = cellAddress(src.resultRow, percent!);
    }
    if (agrees === null) continue;
    t.evidence++;
    if (agrees) t.agree++;
    else if (t.disagreeing.length < 5) t.disagreeing.push(cell);
  }
  return t;
}

function typedNumber(table: DetectedTable, row: number, col: number | undefined): number | null {
  if (col === undefined) return null;
  const p = shownParsed(table.sheet, row, col);
  return p.kind === 'number' || p.kind === 'level' ? p.value : null;
}

function near(a: number, b: number): boolean {
  return roundHalfAway(a, 2) === roundHalfAway(b, 2);
}
