/**
 * The number formats of a big workbook: whether reading them apart pays, which areas (core/format-needs.ts) within
 * the rows read without them, and how many of those a sync holds. Pure.
 */
import { inRange, type CellRange } from '../grid';
import { formatNeeds } from '../format-needs';
import { OFFICE_COST } from './payload';
import { FIRST_FORMAT_BYTES_PER_CELL, MAX_READ_CELLS, type SheetPlan } from './read-plan';

/**
 * Whether reading the cells still to come without their number formats, then the formats the engine reads, takes
 * fewer syncs than reading them along. What the engine reads is estimated on the rows read so far (formatNeeds on
 * what is there), the formats it reads taken as longer than the average (output cells carry the long ones).
 */
export function deferringPays(plans: SheetPlan[], left: { plan: SheetPlan; cells: number; bytes: number }[], budget: number): boolean {
  const needs = formatNeeds({ sheets: plans.map((p) => ({ ...p.grid, values: Array.from(p.grid.values, (r) => r ?? []) })) });
  let values = 0;
  let formats = 0;
  let along = 0;
  for (const { plan, cells, bytes } of left) {
    const perCell = formatBytes(plan);
    values += cells * bytes;
    along += cells * (bytes + perCell);
    formats += cells * neededShare(plan, needs.get(plan.name) ?? []) * perCell * LONGER_FORMATS;
  }
  return Math.ceil(values / budget) + Math.ceil(formats / budget) < Math.ceil(along / budget);
}

/** What a cell's number format has cost in this sheet's responses so far. */
export function formatBytes(plan: SheetPlan): number {
  return plan.formatSeen.cells ? plan.formatSeen.bytes / plan.formatSeen.cells : FIRST_FORMAT_BYTES_PER_CELL;
}

/** The share of a sheet's columns whose formats the engine reads, in the last row read (past the style samples). */
export function neededShare(plan: SheetPlan, areas: CellRange[]): number {
  const row = plan.grid.values.length - 1;
  let needed = 0;
  for (let c = plan.left; c < plan.left + plan.cols; c++) {
    if (areas.some((a) => inRange(a, row, c))) needed++;
  }
  return plan.cols ? needed / plan.cols : 0;
}

/** Output cells carry the longer formats ('[$-D01041E]#,##0.00' against 'General'): what their formats weigh. */
export const LONGER_FORMATS = 1.5;

/** A rectangle of cells whose number formats are still to read (sheet rows and columns, 0-based). */
export interface FormatPiece {
  plan: SheetPlan;
  top: number;
  left: number;
  rows: number;
  cols: number;
}

/** What a range adds to a request: its path and the load (OFFICE_COST). */
const RANGE_BYTES = OFFICE_COST.range + OFFICE_COST.action;
/** What a range adds to a response besides its cells' formats (the result's wrapping, with room to spare). */
const RANGE_RESPONSE_BYTES = 64;

/** The areas formatNeeds names, within the rows each sheet's cells were read without their formats. */
export function formatPieces(plans: SheetPlan[], needs: Map<string, CellRange[]>): FormatPiece[] {
  const pieces: FormatPiece[] = [];
  for (const plan of plans) {
    const areas = needs.get(plan.name);
    if (!areas || !plan.unformatted.length) continue;
    // Blocks read one after another make one band of rows: one range per area, not one per block.
    const bands: { start: number; rows: number }[] = [];
    for (const u of [...plan.unformatted].sort((a, b) => a.start - b.start)) {
      const last = bands[bands.length - 1];
      if (last && last.start + last.rows === u.start) last.rows += u.rows;
      else bands.push({ ...u });
    }
    for (const band of bands) {
      const from = plan.top + band.start;
      const to = from + band.rows - 1;
      for (const a of areas) {
        const top = Math.max(a.top, from);
        const bottom = Math.min(a.bottom, to);
        const left = Math.max(a.left, plan.left);
        const right = Math.min(a.right, plan.left + plan.cols - 1);
        if (top <= bottom && left <= right) pieces.push({ plan, top, left, rows: bottom - top + 1, cols: right - left + 1 });
      }
    }
  }
  return pieces;
}

/**
 * The pieces of formats the next sync reads: whole pieces from the front while they fit, then the rows of the next
 * that fit (one row at least a sync). The request (a range a piece) and the response (`perCell` bytes a cell, per
 * piece: sheets' formats differ in length) are each held under the budget, since Excel on the web limits each:
 * counted together, the 5,000 ranges of 100,000 rows took half of a sync's budget from its formats, and cost a sync.
 */
export function nextFormatBatch<P extends { top: number; rows: number; cols: number }>(
  pending: readonly P[],
  budget: number,
  perCellOf: number | ((piece: P) => number),
): { batch: P[]; rest: P[] } {
  const cost = typeof perCellOf === 'number' ? () => perCellOf : perCellOf;
  const batch: P[] = [];
  const rest = [...pending];
  let request = budget;
  let response = budget;
  while (rest.length) {
    const p = rest[0];
    const perCell = cost(p);
    const fit = request < RANGE_BYTES ? 0 : Math.floor((response - RANGE_RESPONSE_BYTES) / (perCell * p.cols));
    // Never a range over MAX_READ_CELLS: Excel answers null past 5,000,000 cells.
    const most = Math.max(1, Math.floor(MAX_READ_CELLS / p.cols));
    const rows = Math.min(p.rows, most, batch.length ? fit : Math.max(1, fit));
    if (rows < 1) break;
    batch.push({ ...p, rows });
    request -= RANGE_BYTES;
    response -= RANGE_RESPONSE_BYTES + rows * p.cols * perCell;
    if (rows < p.rows) {
      rest[0] = { ...p, top: p.top + rows, rows: p.rows - rows };
      break;
    }
    rest.shift();
  }
  return { batch, rest };
}
