/**
 * How readWorkbook (src/excel/read-grid.ts) cuts the reading of the used ranges into syncs: blocks of rows per
 * sheet, sized by what a cell of the sheet measured so far, as many per sync as the byte budget holds and never a
 * range over the cells a read may ask for (Excel answers null past 5,000,000: office-js #4783, #6781). Pure: tested
 * on plain arrays (test/excel/office-plan.test.ts).
 */
import type { SheetGrid } from '../grid';
import { OFFICE_COST } from './payload';

/**
 * First guesses of what a cell costs in a response: its value (with its share of the merged and formula
 * addresses), its number format, and its fill when read per cell. Corrected from what arrives, per sheet; a sync
 * refused as too large is retried in halves (reads change nothing).
 */
export const FIRST_BYTES_PER_CELL = 30;
export const FIRST_FORMAT_BYTES_PER_CELL = 12;
export const FIRST_FILL_BYTES_PER_CELL = 40;
/** What a cell is taken to cost over its sheet's measured average. */
export const MARGIN = 1.02;
/** At most this many fill probes per sheet (a wider used range is probed in runs of columns), and per sync. */
export const MAX_PROBES = 64;
export const MAX_PROBES_PER_SYNC = 512;
/**
 * What a probe adds to a request: its range, the range's format and fill, and the load (OFFICE_COST), ten times what
 * its answer adds to the response ({"color":"#FFFFFF"}).
 */
export const PROBE_BYTES = OFFICE_COST.range + 2 * OFFICE_COST.object + OFFICE_COST.action;
/** The progress bar's share for the cells when the number formats are read after them. */
export const READ_SHARE_OF_CELLS = 0.85;
/**
 * The most cells one range read asks for. Excel answers `values: null` (no error) past 5,000,000 cells (office-js
 * #4783, #6781; Range.values note, office-js-docs-pr #5821): the desktop's byte budget alone would ask for more
 * (a stray value at row 1,000,000 made a 9,453,825-cell read). A fifth under the limit.
 */
export const MAX_READ_CELLS = 4_000_000;

/** Columns `from`…`from + count - 1`, as offsets from the used range's left column. */
export interface ColumnRun {
  from: number;
  count: number;
}

export interface SheetPlan {
  name: string;
  top: number;
  left: number;
  rows: number;
  cols: number;
  grid: SheetGrid;
  /**
   * 'uniform': one colour everywhere (already stored); 'unknown': not one colour, columns not probed yet;
   * 'columns': probed, the columns of one colour stored, `mixed` read per cell.
   */
  fills: 'uniform' | 'unknown' | 'columns';
  mixed: ColumnRun[];
  /** Rows read while the fills were 'unknown' and not read with them: their mixed columns are read once probed. */
  unfilled: { start: number; rows: number }[];
  /** Rows whose cells were read without their number formats (formatNeeds decides which of those are read). */
  unformatted: { start: number; rows: number }[];
  /** Response bytes and cells of this sheet's blocks so far (values, addresses): the next block's size. */
  seen: { bytes: number; cells: number };
  /** The same for the number formats read with the cells. */
  formatSeen: { bytes: number; cells: number };
  /** Merged areas already stored (an area crossing two blocks may be answered for both). */
  mergeKeys: Set<string>;
}

export interface Block {
  plan: SheetPlan;
  start: number; // offset from plan.top
  rows: number;
  /** false: only the mixed columns' fills of rows whose cells came before the probe answered. */
  cells: boolean;
}

/** How a block's fills are read in a sync: every cell's, the mixed columns' cells', or none. */
export type FillRead = 'all' | 'runs' | 'none';

export function fillRead(block: Block, probing: boolean): FillRead {
  const { plan } = block;
  if (plan.fills === 'unknown') return probing ? 'none' : 'all';
  if (plan.fills === 'columns' && plan.mixed.length) return 'runs';
  return 'none';
}

export function fillColumnCount(plan: SheetPlan, fills: FillRead): number {
  if (fills === 'all') return plan.cols;
  if (fills === 'runs') return plan.mixed.reduce((n, r) => n + r.count, 0);
  return 0;
}

/** The column runs a sheet's fills are probed by: each column, or runs of columns past `most` columns. */
export function probeRuns(plan: SheetPlan, most: number): ColumnRun[] {
  const width = Math.max(1, Math.ceil(plan.cols / most));
  const runs: ColumnRun[] = [];
  for (let from = 0; from < plan.cols; from += width) runs.push({ from, count: Math.min(width, plan.cols - from) });
  return runs;
}

/** Adds a mixed run, joined to the last one when they touch (one read for both). */
export function addRun(runs: ColumnRun[], run: ColumnRun): void {
  const last = runs[runs.length - 1];
  if (last && last.from + last.count === run.from) last.count += run.count;
  else runs.push({ ...run });
}

/**
 * Whole or partial blocks from the front of `pending`, as many rows as `budget` bytes hold (at least one row per
 * sync), and what is left. Sheets whose cost is not measured yet first take an equal share each (after this sync
 * every sheet's cost is known, so the next syncs are packed full); what is left of the budget then goes in order.
 */
export function takeBlocks(
  pending: Block[],
  budget: number,
  rowBytes: (block: Block) => number,
  measured: (plan: SheetPlan) => boolean,
): { batch: Block[]; rest: Block[] } {
  const batch: Block[] = [];
  let left = budget;
  /** Takes up to `bytes` of a block's rows into the batch; the rows not taken, or null. */
  const take = (block: Block, bytes: number): Block | null => {
    const per = Math.max(1, rowBytes(block));
    // Never a range over MAX_READ_CELLS (Excel answers null past 5,000,000 cells).
    const most = block.cells ? Math.max(1, Math.floor(MAX_READ_CELLS / block.plan.cols)) : block.rows;
    let rows = Math.min(block.rows, most, Math.floor(bytes / per));
    if (rows < 1) {
      if (batch.length) return block;
      rows = 1;
    }
    batch.push({ ...block, rows });
    left -= rows * per;
    return rows < block.rows ? { ...block, start: block.start + rows, rows: block.rows - rows } : null;
  };
  let queue = pending;
  const fresh = new Set(pending.filter((b) => b.cells && !measured(b.plan)).map((b) => b.plan));
  if (fresh.size > 1) {
    queue = [];
    for (const block of pending) {
      const share = block.cells && fresh.delete(block.plan) ? left / (fresh.size + 1) : 0;
      const rest = share ? take(block, share) : block;
      if (rest) queue.push(rest);
    }
  }
  for (let i = 0; i < queue.length; i++) {
    const rest = take(queue[i], left);
    if (rest) return { batch, rest: [rest, ...queue.slice(i + 1)] };
  }
  return { batch, rest: [] };
}

/** The plan of a sheet whose used range is `rows` × `cols` from (`top`, `left`). */
export function newSheetPlan(name: string, top: number, left: number, rows: number, cols: number): SheetPlan {
  const grid: SheetGrid = { name, values: [], formats: [], formulas: [], fills: [], merges: [] };
  return {
    name, top, left, rows, cols, grid,
    fills: 'unknown', mixed: [], unfilled: [], unformatted: [],
    seen: { bytes: 0, cells: 0 }, formatSeen: { bytes: 0, cells: 0 }, mergeKeys: new Set(),
  };
}

/** Reads cut in two by rows, in order, to queue again (`later` moves a read's first row down); a one-row read stays. */
export function halves<T extends { rows: number }>(batch: T[], later: (read: T, rows: number) => T): T[] {
  return batch.flatMap((r) => {
    if (r.rows === 1) return [r];
    const half = Math.ceil(r.rows / 2);
    return [{ ...r, rows: half }, { ...later(r, half), rows: r.rows - half }];
  });
}

/** Reads still to go, and how generously the next sync's are sized over what a cell measured (MARGIN, doubling). */
export interface ReadQueue<T> {
  pending: T[];
  scale: number;
}

/**
 * After a sync of the reads taken from the front of `queue.pending` (`rest`: those not taken). When some must go
 * again (refused as too large, or answered null: `again`, already cut in halves) they go first and the next sync is
 * sized twice as generously; else the reads taken are done and the size goes back to MARGIN. True when the sync's
 * answers stand and can be stored.
 */
export function afterSync<T>(queue: ReadQueue<T>, rest: T[], again: T[] | null): boolean {
  if (again) {
    queue.pending = [...again, ...rest];
    queue.scale *= 2;
    return false;
  }
  queue.pending = rest;
  queue.scale = MARGIN;
  return true;
}
