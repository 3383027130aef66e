/**
 * Reads the workbook into core's Grid through Office.js: every sheet's used range (values, number formats, fills),
 * which cells hold formulas, and merged areas. Our own sheets (settings, undo, our summaries) are left out.
 *
 * Round trips: 1 sync lists the sheets and names; 1 sync gets every sheet's used range and its one fill colour;
 * then the cells with their formula cells and merged areas, all sheets' row blocks queued together in as few
 * syncs as the ~4 MB budget allows (Excel on the web refuses a request or a response over 5 MB: at 100,000 rows
 * the addresses of the merged areas and formula cells alone pass it, so they come per block, with the cells).
 * Blocks are sized by what a cell of their sheet measured so far; the first cell sync takes a share of every
 * sheet, so from the second on every sheet is measured and each sync is filled to the budget. The number of
 * syncs grows with the data's size in 4 MB steps, never with rows.
 *
 * Number formats: they come with the cells in the first cell sync, so a workbook that fits there is read whole in
 * one. When reading the rest without them saves syncs (a big workbook: formats are about a third of what a cell
 * weighs), the rest of the cells come without, and then only the formats the engine reads (core/format-needs.ts:
 * a table's style sample and its output columns), in syncs of their own, each holding up to the budget of ranges in
 * its request and up to the budget of formats in its response (nextFormatBatch). The bench's mixed workbook of
 * 100,000 rows is read in 14 syncs (15 while a format sync counted its request and response against one budget).
 *
 * Fills: the engine compares an output cell's fill with the flag colour (so a second run changes nothing) and the
 * fill an output cell had is what ย้อนกลับ puts back, so fills are read, as cheaply as the workbook allows:
 * - the used range's one colour (second sync): most sheets have none, and nothing more is read;
 * - else, when every cell left fits in the next sync with its fill, each cell's fill along (getCellProperties,
 *   ExcelApi 1.9, about 40 bytes a cell: more than its value and format);
 * - else each column's one colour is probed in the first cell sync (Range.format.fill.color over the used
 *   range's rows, null when the column is mixed; runs of columns past 64 columns), a column of one colour is
 *   stored from its probe, and only the mixed columns are read cell by cell, from the next sync on (with the
 *   first sync's rows). One red status cell makes its column mixed, not the sheet: at 100,000 rows with flags in
 *   a few output columns the fills are 11 MB instead of 77 MB.
 * A white fill reads as no fill (Excel answers '#FFFFFF' for both).
 * The settings sheet's column A is read along (second sync), so a recalculation needs no extra round trip.
 * Error values arrive as their text ('#DIV/0!'); a cell whose text is exactly an error literal is read as an error.
 *
 * Requirement sets: ExcelApi 1.13 (getMergedAreasOrNullObject), 1.9 (getSpecialCellsOrNullObject,
 * getCellProperties), 1.4 (names): all within the manifest's minimum 1.13.
 */
import type { Progress } from '../core/pipeline';
import { formatNeeds } from '../core/format-needs';
import { inRange, type CellRange, type CellValue, type Grid, type SheetGrid } from '../core/grid';
import { mapped, refusedAsTooLarge } from './errors';
import type { ExcelRun } from './excel-run';
import { parseAreas } from '../core/address';
import { ERROR_LITERALS } from '../core/grid';
import { isOwnHiddenSheet, SETTINGS_SHEET, summarySheets } from './own-sheets';
import { OFFICE_COST, utf8Bytes } from './payload';
import { payloadBudget } from './requirements';

/**
 * First guesses of what a cell costs in a response: its value (with its share of the merged and formula
 * addresses), its number format, and its fill when read per cell. Corrected from what arrives, per sheet; a sync
 * refused as too large is retried in halves (reads change nothing).
 */
const FIRST_BYTES_PER_CELL = 30;
const FIRST_FORMAT_BYTES_PER_CELL = 12;
const FIRST_FILL_BYTES_PER_CELL = 40;
/** What a cell is taken to cost over its sheet's measured average. */
const MARGIN = 1.02;
/** At most this many fill probes per sheet (a wider used range is probed in runs of columns), and per sync. */
const MAX_PROBES = 64;
const MAX_PROBES_PER_SYNC = 512;
/**
 * What a probe adds to a request: its range, the range's format and fill, and the load (OFFICE_COST), ten times what
 * its answer adds to the response ({"color":"#FFFFFF"}).
 */
const PROBE_BYTES = OFFICE_COST.range + 2 * OFFICE_COST.object + OFFICE_COST.action;
/** The progress bar's share for the cells when the number formats are read after them. */
const READ_SHARE_OF_CELLS = 0.85;

export interface WorkbookIndex {
  grid: Grid;
  /** Every sheet's name, in order, ours included. */
  sheetNames: string[];
  /** Sheets whose protection is on (nothing can be written there). */
  protectedSheets: string[];
  /** Column A of the settings sheet (`_kpi_progress`), when there is one: core/settings.ts parses it. */
  settingsChunks: string[] | null;
  /** Our summary sheets and the names that mark them. */
  summaries: Map<string, string[]>;
}


export function readGrid(run: ExcelRun, onProgress?: Progress): Promise<Grid> {
  return readWorkbook(run, onProgress).then((index) => index.grid);
}

/** Columns `from`…`from + count - 1`, as offsets from the used range's left column. */
interface ColumnRun {
  from: number;
  count: number;
}

interface SheetPlan {
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

interface Block {
  plan: SheetPlan;
  start: number; // offset from plan.top
  rows: number;
  /** false: only the mixed columns' fills of rows whose cells came before the probe answered. */
  cells: boolean;
}

/** How a block's fills are read in a sync: every cell's, the mixed columns' cells', or none. */
type FillRead = 'all' | 'runs' | 'none';

/** readGrid, also telling which sheets are ours: what workbook-actions needs to write the summary. */
export function readWorkbook(run: ExcelRun, onProgress?: Progress): Promise<WorkbookIndex> {
  return mapped(() =>
    run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name,items/protection/protected');
      const names = context.workbook.names.load('items/name,items/formula');
      await context.sync();

      const sheetNames = sheets.items.map((s) => s.name);
      const summaries = summarySheets(
        names.items.map((n) => ({ name: n.name, formula: n.formula })),
        sheetNames,
      );
      const sources = sheets.items.filter((s) => !isOwnHiddenSheet(s.name) && !summaries.has(s.name));

      const shapes = sources.map((ws) => {
        const used = ws.getUsedRange(true).load('rowIndex,columnIndex,rowCount,columnCount');
        // One colour for the whole used range (usually none) spares reading any fill.
        const fill = used.format.fill.load('color');
        return { ws, used, fill };
      });
      const settingsSheet = sheets.items.find((s) => s.name === SETTINGS_SHEET);
      const settingsRange = settingsSheet?.getUsedRange(true).load('values,rowIndex,columnIndex');
      await context.sync();

      const plans: SheetPlan[] = shapes.map(({ ws, used, fill }) => {
        const grid: SheetGrid = { name: ws.name, values: [], formats: [], formulas: [], fills: [], merges: [] };
        const plan: SheetPlan = {
          name: ws.name,
          top: used.rowIndex,
          left: used.columnIndex,
          rows: used.rowCount,
          cols: used.columnCount,
          grid,
          fills: 'unknown',
          mixed: [],
          unfilled: [],
          unformatted: [],
          seen: { bytes: 0, cells: 0 },
          formatSeen: { bytes: 0, cells: 0 },
          mergeKeys: new Set(),
        };
        if (fill.color !== null) {
          plan.fills = 'uniform';
          fillColumns(plan, { from: 0, count: plan.cols }, fill.color);
        }
        return plan;
      });

      let pending: Block[] = plans.map((plan) => ({ plan, start: 0, rows: plan.rows, cells: true }));
      const totalRows = plans.reduce((n, p) => n + p.rows, 0);
      let doneRows = 0;
      const fillSeen = { bytes: 0, cells: 0 };
      // Number formats come with the cells in the first cell sync: a workbook that fits there is read whole, in
      // one. After it, when it saves syncs (a big workbook), the rest of the cells come without their formats, and
      // then only the formats the engine reads (formatNeeds).
      let formatsAlong = true;
      let decided = false;
      let readShare = 1;
      // Blocks are sized to the measured cost and a little more (a sheet is denser in places), doubled after a
      // refused sync; the budget itself is 1 MB under the limit.
      let scale = MARGIN;
      onProgress?.(0, totalRows);
      const budget = payloadBudget(context);
      const sheetBytes = (plan: SheetPlan) => {
        if (plan.seen.cells) return plan.seen.bytes / plan.seen.cells;
        const all = plans.reduce((a, p) => ({ bytes: a.bytes + p.seen.bytes, cells: a.cells + p.seen.cells }), { bytes: 0, cells: 0 });
        return all.cells ? all.bytes / all.cells : FIRST_BYTES_PER_CELL;
      };
      const fillBytes = () => (fillSeen.cells ? fillSeen.bytes / fillSeen.cells : FIRST_FILL_BYTES_PER_CELL);
      const cellBytes = (plan: SheetPlan) => sheetBytes(plan) + (formatsAlong ? formatBytes(plan) : 0);
      const rowBytes = (block: Block, fills: FillRead) =>
        scale * ((block.cells ? block.plan.cols * cellBytes(block.plan) : 0) + fillColumnCount(block.plan, fills) * fillBytes());

      // Until every row is read, and every sheet probed whose rows were read without their fills.
      while (pending.length || plans.some((p) => p.unfilled.length)) {
        // Every sheet not of one colour read per cell in this sync when all that is left fits; else its columns are
        // probed in this sync and only the mixed ones read per cell, from the next sync on.
        const unknown = plans.filter((p) => p.fills === 'unknown');
        const measured = (plan: SheetPlan) => plan.seen.cells > 0;
        let { batch, rest } = takeBlocks(pending, budget, (b) => rowBytes(b, fillRead(b, false)), measured);
        const probing = unknown.length > 0 && (rest.length > 0 || unknown.some((p) => p.unfilled.length));
        let probed: SheetPlan[] = [];
        let runsPerSheet = MAX_PROBES;
        if (probing) {
          // Many sheets: as many as MAX_PROBES_PER_SYNC probes take (one sheet at least), the others in later syncs.
          // Probes take at most a quarter of the request (under a small limit a sheet is probed in fewer, wider runs).
          const most = Math.max(1, Math.min(MAX_PROBES_PER_SYNC, Math.floor(budget / 4 / PROBE_BYTES)));
          runsPerSheet = Math.min(MAX_PROBES, most);
          let count = 0;
          probed = unknown.filter((p, i) => (count += probeRuns(p, runsPerSheet).length) <= most || i === 0);
          const probeBytes = probed.reduce((n, p) => n + probeRuns(p, runsPerSheet).length, 0) * PROBE_BYTES;
          ({ batch, rest } = takeBlocks(pending, budget - probeBytes, (b) => rowBytes(b, fillRead(b, true)), measured));
        }
        const reads = batch.map((block) => {
          const { plan } = block;
          const ws = context.workbook.worksheets.getItem(plan.name);
          const fills = fillRead(block, probing);
          const runs = fills === 'all' ? [{ from: 0, count: plan.cols }] : fills === 'runs' ? plan.mixed : [];
          const fillProps = runs.map((r) => ({
            run: r,
            props: ws
              .getRangeByIndexes(plan.top + block.start, plan.left + r.from, block.rows, r.count)
              .getCellProperties({ format: { fill: { color: true } } }),
          }));
          if (!block.cells) return { block, cells: null, fillProps };
          const range = ws
            .getRangeByIndexes(plan.top + block.start, plan.left, block.rows, plan.cols)
            .load(formatsAlong ? 'values,numberFormat' : 'values');
          // Merged areas and formula cells per block, with its cells: on a large sheet their addresses alone pass
          // the 5 MB a response may carry. Excel answers the merged areas whose top-left cell is in the block.
          const merged = range.getMergedAreasOrNullObject().load('address');
          const formulas = range.getSpecialCellsOrNullObject('Formulas').load('address');
          return { block, cells: { range, merged, formulas }, fillProps };
        });
        const probes = probed.map((plan) => {
          const ws = context.workbook.worksheets.getItem(plan.name);
          return {
            plan,
            runs: probeRuns(plan, runsPerSheet).map((run) => ({
              run,
              fill: ws.getRangeByIndexes(plan.top, plan.left + run.from, plan.rows, run.count).format.fill.load('color'),
            })),
          };
        });
        // One sync per 4 MB piece, not per row.
        const halves = await syncOrHalve(context, batch, (b, n) => ({ ...b, start: b.start + n }));
        if (halves) {
          pending = [...halves, ...rest];
          scale *= 2;
          continue;
        }
        pending = rest;
        scale = MARGIN;
        const withFormats = formatsAlong;
        for (const { block, cells, fillProps } of reads) {
          const { plan } = block;
          for (const { run, props } of fillProps) {
            fillSeen.bytes += utf8Bytes(props.value);
            fillSeen.cells += block.rows * run.count;
            storeFills(plan, block.start, run, props.value);
          }
          if (!cells) continue;
          const { range, merged, formulas } = cells;
          let bytes = utf8Bytes(range.values);
          if (withFormats) {
            plan.formatSeen.bytes += utf8Bytes(range.numberFormat);
            plan.formatSeen.cells += block.rows * plan.cols;
          } else plan.unformatted.push({ start: block.start, rows: block.rows });
          if (!merged.isNullObject) {
            bytes += utf8Bytes(merged.address);
            addMerges(plan, parseAreas(merged.address));
          }
          if (!formulas.isNullObject) {
            bytes += utf8Bytes(formulas.address);
            markFormulas(plan.grid, parseAreas(formulas.address));
          }
          plan.seen.bytes += bytes;
          plan.seen.cells += block.rows * plan.cols;
          if (plan.fills === 'unknown' && !fillProps.length) plan.unfilled.push({ start: block.start, rows: block.rows });
          storeCells(block, range.values, withFormats ? (range.numberFormat as string[][]) : null);
          doneRows += block.rows;
        }
        const fillsOnly: Block[] = [];
        for (const { plan, runs } of probes) {
          plan.fills = 'columns';
          for (const { run, fill } of runs) {
            if (fill.color === null) addRun(plan.mixed, run);
            else fillColumns(plan, run, fill.color);
          }
          // The rows read before the probe answered still need their mixed columns' fills.
          if (plan.mixed.length) for (const u of plan.unfilled) fillsOnly.push({ plan, ...u, cells: false });
          plan.unfilled = [];
        }
        pending = [...fillsOnly, ...pending];
        if (!decided && reads.some((r) => r.cells)) {
          decided = true;
          const left = pending.filter((b) => b.cells).map((b) => ({ plan: b.plan, cells: b.rows * b.plan.cols, bytes: sheetBytes(b.plan) }));
          formatsAlong = !(left.length && deferringPays(plans, left, budget));
          if (!formatsAlong) readShare = READ_SHARE_OF_CELLS; // the formats follow: their share of the bar
        }
        onProgress?.(doneRows * readShare, totalRows);
      }
      const grid: Grid = { sheets: plans.map((p) => trim(p.grid)) };
      const pieces = formatPieces(plans, formatNeeds(grid));
      const guess = LONGER_FORMATS * Math.max(...plans.map(formatBytes));
      await readFormats(context, pieces, budget, guess, (done, total) =>
        onProgress?.(totalRows * (READ_SHARE_OF_CELLS + (1 - READ_SHARE_OF_CELLS) * (done / total)), totalRows),
      );
      let settingsChunks: string[] | null = null;
      if (settingsRange && settingsRange.rowIndex === 0 && settingsRange.columnIndex === 0) {
        settingsChunks = [];
        for (const row of settingsRange.values) {
          if (typeof row[0] !== 'string' || row[0] === '') break;
          settingsChunks.push(row[0]);
        }
      }
      return {
        grid,
        sheetNames,
        protectedSheets: sheets.items.filter((s) => s.protection.protected).map((s) => s.name),
        settingsChunks,
        summaries,
      };
    }),
  );
}

/**
 * Whether reading the cells still to come without their number formats, then the formats the engine reads, takes
 * fewer syncs than reading them along. What the engine reads is estimated on the rows read so far (formatNeeds on
 * what is there), the formats it reads taken as longer than the average (output cells carry the long ones).
 */
function deferringPays(plans: SheetPlan[], left: { plan: SheetPlan; cells: number; bytes: number }[], budget: number): boolean {
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
function formatBytes(plan: SheetPlan): number {
  return plan.formatSeen.cells ? plan.formatSeen.bytes / plan.formatSeen.cells : FIRST_FORMAT_BYTES_PER_CELL;
}

/** The share of a sheet's columns whose formats the engine reads, in the last row read (past the style samples). */
function neededShare(plan: SheetPlan, areas: CellRange[]): number {
  const row = plan.grid.values.length - 1;
  let needed = 0;
  for (let c = plan.left; c < plan.left + plan.cols; c++) {
    if (areas.some((a) => inRange(a, row, c))) needed++;
  }
  return plan.cols ? needed / plan.cols : 0;
}

/** Output cells carry the longer formats ('[$-D01041E]#,##0.00' against 'General'): what their formats weigh. */
const LONGER_FORMATS = 1.5;

/** A rectangle of cells whose number formats are still to read (sheet rows and columns, 0-based). */
interface FormatPiece {
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
function formatPieces(plans: SheetPlan[], needs: Map<string, CellRange[]>): FormatPiece[] {
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
 * that fit (one row at least a sync). The request (a range a piece) and the response (`perCell` bytes a cell) are
 * each held under the budget, since Excel on the web limits each: counted together, the 5,000 ranges of 100,000
 * rows took half of a sync's budget from its formats, and cost a sync.
 */
export function nextFormatBatch<P extends { top: number; rows: number; cols: number }>(
  pending: readonly P[],
  budget: number,
  perCell: number,
): { batch: P[]; rest: P[] } {
  const batch: P[] = [];
  const rest = [...pending];
  let request = budget;
  let response = budget;
  while (rest.length) {
    const p = rest[0];
    const fit = request < RANGE_BYTES ? 0 : Math.floor((response - RANGE_RESPONSE_BYTES) / (perCell * p.cols));
    const rows = Math.min(p.rows, batch.length ? fit : Math.max(1, fit));
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

/**
 * Reads the number formats of `pieces`, as many per sync as the budget holds (pieces cut by rows to fit), a sync
 * refused as too large retried in halves, as the cells are.
 */
async function readFormats(
  context: Excel.RequestContext,
  pieces: FormatPiece[],
  budget: number,
  guess: number,
  onProgress: Progress,
): Promise<void> {
  const total = pieces.reduce((n, p) => n + p.rows * p.cols, 0);
  // These are the long formats of output cells: measured here, from the first guess on (twice the average cell's).
  const seen = { bytes: 0, cells: 0 };
  let done = 0;
  let scale = MARGIN;
  let pending = pieces;
  while (pending.length) {
    const perCell = scale * (seen.cells ? seen.bytes / seen.cells : guess);
    const { batch, rest } = nextFormatBatch(pending, budget, perCell);
    const loads = batch.map((p) => ({
      p,
      range: context.workbook.worksheets.getItem(p.plan.name).getRangeByIndexes(p.top, p.left, p.rows, p.cols).load('numberFormat'),
    }));
    // One sync per 4 MB piece, not per row.
    const halves = await syncOrHalve(context, batch, (p, n) => ({ ...p, top: p.top + n }));
    if (halves) {
      pending = [...halves, ...rest];
      scale *= 2;
      continue;
    }
    pending = rest;
    scale = MARGIN;
    for (const { p, range } of loads) {
      const formats = range.numberFormat as string[][];
      seen.bytes += utf8Bytes(formats);
      seen.cells += p.rows * p.cols;
      const g = p.plan.grid;
      formats.forEach((row, i) =>
        row.forEach((f, j) => {
          if (f && f !== 'General') (g.formats![p.top + i] ??= [])[p.left + j] = f;
        }),
      );
      done += p.rows * p.cols;
    }
    onProgress(done, total);
  }
}


function fillRead(block: Block, probing: boolean): FillRead {
  const { plan } = block;
  if (plan.fills === 'unknown') return probing ? 'none' : 'all';
  if (plan.fills === 'columns' && plan.mixed.length) return 'runs';
  return 'none';
}

function fillColumnCount(plan: SheetPlan, fills: FillRead): number {
  if (fills === 'all') return plan.cols;
  if (fills === 'runs') return plan.mixed.reduce((n, r) => n + r.count, 0);
  return 0;
}

/** The column runs a sheet's fills are probed by: each column, or runs of columns past `most` columns. */
function probeRuns(plan: SheetPlan, most: number): ColumnRun[] {
  const width = Math.max(1, Math.ceil(plan.cols / most));
  const runs: ColumnRun[] = [];
  for (let from = 0; from < plan.cols; from += width) runs.push({ from, count: Math.min(width, plan.cols - from) });
  return runs;
}

/** Adds a mixed run, joined to the last one when they touch (one read for both). */
function addRun(runs: ColumnRun[], run: ColumnRun): void {
  const last = runs[runs.length - 1];
  if (last && last.from + last.count === run.from) last.count += run.count;
  else runs.push({ ...run });
}

/**
 * Syncs the reads queued for `batch`: null when Excel answered, or, when it refused the sync as too large, the
 * batch's reads each cut in two by rows, in order, to queue again (reads change nothing). `later` moves a read's
 * first row down. Any other failure, or a refusal of reads of one row, is thrown.
 */
async function syncOrHalve<T extends { rows: number }>(
  context: Excel.RequestContext,
  batch: T[],
  later: (read: T, rows: number) => T,
): Promise<T[] | null> {
  try {
    await context.sync();
    return null;
  } catch (e) {
    if (!refusedAsTooLarge(e) || batch.every((r) => r.rows === 1)) throw e;
    return batch.flatMap((r) => {
      if (r.rows === 1) return [r];
      const half = Math.ceil(r.rows / 2);
      return [{ ...r, rows: half }, { ...later(r, half), rows: r.rows - half }];
    });
  }
}

/**
 * Whole or partial blocks from the front of `pending`, as many rows as `budget` bytes hold (at least one row per
 * sync), and what is left. Sheets whose cost is not measured yet first take an equal share each (after this sync
 * every sheet's cost is known, so the next syncs are packed full); what is left of the budget then goes in order.
 */
function takeBlocks(
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
    let rows = Math.min(block.rows, Math.floor(bytes / per));
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

function addMerges(plan: SheetPlan, areas: CellRange[]): void {
  for (const a of areas) {
    const key = `${a.top}:${a.left}:${a.bottom}:${a.right}`;
    if (plan.mergeKeys.has(key)) continue;
    plan.mergeKeys.add(key);
    plan.grid.merges!.push(a);
  }
}

/** A colour Excel answered for every cell of `run` (all rows of the used range): stored unless white (no fill). */
function fillColumns(plan: SheetPlan, run: ColumnRun, colour: string): void {
  const fill = colour.replace('#', '').toUpperCase();
  if (fill === 'FFFFFF') return;
  for (let r = plan.top; r < plan.top + plan.rows; r++) {
    const row = (plan.grid.fills![r] ??= []);
    for (let c = plan.left + run.from; c < plan.left + run.from + run.count; c++) row[c] = fill;
  }
}

function markFormulas(grid: SheetGrid, areas: CellRange[]): void {
  for (const a of areas) {
    for (let r = a.top; r <= a.bottom; r++) {
      const row = (grid.formulas![r] ??= []);
      for (let c = a.left; c <= a.right; c++) row[c] = true;
    }
  }
}

function storeCells(block: Block, values: unknown[][], formats: string[][] | null): void {
  const g = block.plan.grid;
  const top = block.plan.top + block.start;
  const left = block.plan.left;
  values.forEach((row, i) => {
    const r = top + i;
    row.forEach((v, j) => {
      const c = left + j;
      const value = cellValue(v);
      if (value !== null) (g.values[r] ??= [])[c] = value;
      const f = formats?.[i]?.[j];
      if (f && f !== 'General') (g.formats![r] ??= [])[c] = f;
    });
  });
}

/** Per-cell fills of `run` from row offset `start`; a white fill reads as none (Excel answers '#FFFFFF' for both). */
function storeFills(plan: SheetPlan, start: number, run: ColumnRun, props: Excel.CellProperties[][]): void {
  const g = plan.grid;
  props.forEach((row, i) => {
    const r = plan.top + start + i;
    row.forEach((p, j) => {
      const color = p?.format?.fill?.color;
      if (color && color.toUpperCase() !== '#FFFFFF') (g.fills![r] ??= [])[plan.left + run.from + j] = color.replace('#', '').toUpperCase();
    });
  });
}

function cellValue(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'string' && ERROR_LITERALS.includes(v)) return { error: v };
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

/** Rows from A1 with no holes, as the Grid's readers expect (`values[r]` always an array). */
function trim(grid: SheetGrid): SheetGrid {
  for (let r = 0; r < grid.values.length; r++) grid.values[r] ??= [];
  return grid;
}
