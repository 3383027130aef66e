/**
 * A quarter's figure made from its periods (DOMAIN.md, "The period axis"): for a count the sum of its months, for a
 * level or a rate the last month reported; running figures (รอบ ๖ / ๑๒ เดือน, or months typed as totals to date)
 * give a count's quarter as the growth since the quarter before.
 */
import { EMPTY_CELL, hasValue, type ParsedCell } from './cell-grammar';
import type { Reading } from './detect-tables';
import { roundHalfAway } from './thai-digits';
import type { Measure, Quarter } from './types';

/**
 * The four quarters' cells from the periods' cells (`periodQuarter[i]` is the quarter of period i). A quarter with no
 * figure keeps the last cell of its periods that says something (a dash, N/A, a note) so that it reads the same.
 */
export function quarterCells(cells: ParsedCell[], periodQuarter: readonly Quarter[], measure: Measure, reading: Reading): ParsedCell[] {
  const out: ParsedCell[] = [EMPTY_CELL, EMPTY_CELL, EMPTY_CELL, EMPTY_CELL];
  const sums: (number | null)[] = [null, null, null, null];
  const lasts: (number | null)[] = [null, null, null, null];
  const flags = [0, 0, 0, 0];
  for (let i = 0; i < cells.length; i++) {
    const p = cells[i];
    const q = periodQuarter[i] - 1;
    if (hasValue(p)) {
      sums[q] = (sums[q] ?? 0) + p.value!;
      lasts[q] = p.value;
      if (p.kind === 'level') flags[q] |= 1;
      if (p.thaiDigits) flags[q] |= 2;
    } else if (p.kind !== 'empty' && sums[q] === null) out[q] = p; // a dash, N/A, a note: the quarter reads as it
    if (p.deferred || p.dueInQ4 || p.note) out[q] = mergedFlags(out[q], p);
  }
  const byLast = measure === 'level' || measure === 'rate';
  let before = 0;
  for (let q = 0; q < 4; q++) {
    let v: number | null;
    if (byLast) v = lasts[q];
    else if (reading === 'running') {
      v = lasts[q] === null ? null : roundHalfAway(lasts[q]! - before, 6);
      if (lasts[q] !== null) before = lasts[q]!;
    } else v = sums[q] === null ? null : roundHalfAway(sums[q]!, 6);
    if (v !== null) out[q] = figureCell(out[q], v, (flags[q] & 1) !== 0, (flags[q] & 2) !== 0);
  }
  return out;
}

function figureCell(from: ParsedCell, value: number, level: boolean, thai: boolean): ParsedCell {
  return { ...from, kind: level ? 'level' : 'number', value, thaiDigits: thai, text: '', status: null, statusText: null };
}

function mergedFlags(into: ParsedCell, p: ParsedCell): ParsedCell {
  return {
    ...into,
    deferred: into.deferred || p.deferred,
    dueInQ4: into.dueInQ4 || p.dueInQ4,
    note: into.note ?? p.note,
  };
}
