/**
 * Reads the workbook into core's Grid through Office.js: every sheet's used range (values, number formats, fills),
 * which cells hold formulas, and merged areas. Our own sheets (settings, undo, our summaries) are left out.
 *
 * Round trips: 1 sync lists the sheets and names; 1 sync gets every sheet's used range and its one fill colour;
 * then the cells with their formula cells and merged areas, all sheets' row blocks queued together in as few
 * syncs as the ~4 MB budget allows (Excel on the web refuses a request or a response over 5 MB: at 100,000 rows
 * the addresses of the merged areas and formula cells alone pass it, so they come per block, with the cells).
 * The number of syncs grows with the data's size in 4 MB steps, never with rows.
 *
 * Fills: the engine compares an output cell's fill with the flag colour (so a second run changes nothing) and an
 * edit's `before.fill` is what ย้อนกลับ puts back, so fills are read: first the used range's one colour (most
 * sheets have none: nothing more to read), else every cell's (getCellProperties, ExcelApi 1.9, about half the
 * bytes of a block). A white fill reads as no fill (Excel answers '#FFFFFF' for both).
 * The settings sheet's column A is read along (second sync), so a recalculation needs no extra round trip.
 * Error values arrive as their text ('#DIV/0!'); a cell whose text is exactly an error literal is read as an error.
 *
 * Requirement sets: ExcelApi 1.13 (getMergedAreasOrNullObject), 1.9 (getSpecialCellsOrNullObject,
 * getCellProperties), 1.4 (names): all within the manifest's minimum 1.13.
 */
import type { CellRange, CellValue, Grid, SheetGrid } from '../core/grid';
import { mapped, officeCode } from './errors';
import type { ExcelRun } from './excel-run';
import { parseAreas } from './memory/address';
import { ERROR_LITERALS } from './memory/state';
import { isOwnHiddenSheet, SETTINGS_SHEET, summarySheets } from './own-sheets';
import { utf8Bytes } from './payload';
import { payloadBudget } from './requirements';

/**
 * First guess of a cell's share of a response (value and number format; fills when read per cell double it),
 * corrected from what arrives; a sync refused as too large is retried in halves (reads change nothing).
 */
const FIRST_BYTES_PER_CELL = 40;

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

export type Progress = (done: number, total: number) => void;

export function readGrid(run: ExcelRun, onProgress?: Progress): Promise<Grid> {
  return readWorkbook(run, onProgress).then((index) => index.grid);
}

interface SheetPlan {
  name: string;
  top: number;
  left: number;
  rows: number;
  cols: number;
  grid: SheetGrid;
  /** 'uniform': one colour everywhere (already stored); 'cells': read each cell's fill. */
  fills: 'uniform' | 'cells';
  /** Merged areas already stored (an area crossing two blocks may be answered for both). */
  mergeKeys: Set<string>;
}

interface Block {
  plan: SheetPlan;
  start: number; // offset from plan.top
  rows: number;
}

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
        // One colour for the whole used range (usually none) spares reading each cell's fill.
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
          fills: 'cells',
          mergeKeys: new Set(),
        };
        if (fill.color !== null) {
          plan.fills = 'uniform';
          if (fill.color.toUpperCase() !== '#FFFFFF') fillAll(plan, fill.color.replace('#', '').toUpperCase());
        }
        return plan;
      });

      const pending: Block[] = plans.map((plan) => ({ plan, start: 0, rows: plan.rows }));
      const totalRows = plans.reduce((n, p) => n + p.rows, 0);
      let doneRows = 0;
      let bytesPerCell = FIRST_BYTES_PER_CELL;
      onProgress?.(0, totalRows);
      const budget = payloadBudget(context);
      while (pending.length) {
        const perCell = bytesPerCell * (pending[0].plan.fills === 'cells' ? 2 : 1);
        const batch = takeBlocks(pending, Math.max(1, Math.floor(budget / perCell)));
        const reads = batch.map((block) => {
          const ws = context.workbook.worksheets.getItem(block.plan.name);
          const range = ws
            .getRangeByIndexes(block.plan.top + block.start, block.plan.left, block.rows, block.plan.cols)
            .load('values,numberFormat');
          const fills = block.plan.fills === 'cells' ? range.getCellProperties({ format: { fill: { color: true } } }) : null;
          // Merged areas and formula cells per block, with its cells: on a large sheet their addresses alone pass
          // the 5 MB a response may carry. Excel answers the merged areas whose top-left cell is in the block.
          const merged = range.getMergedAreasOrNullObject().load('address');
          const formulas = range.getSpecialCellsOrNullObject('Formulas').load('address');
          return { block, range, fills, merged, formulas };
        });
        try {
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 4 MB piece, not per row
          await context.sync();
        } catch (e) {
          const code = officeCode(e);
          const tooBig = code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded';
          if (!tooBig || batch.every((b) => b.rows === 1)) throw e;
          pending.unshift(...splitInHalves(batch));
          bytesPerCell *= 2;
          continue;
        }
        let bytes = 0;
        let cells = 0;
        for (const { block, range, fills, merged, formulas } of reads) {
          bytes += utf8Bytes(range.values) + utf8Bytes(range.numberFormat) + (fills ? utf8Bytes(fills.value) : 0);
          if (!merged.isNullObject) {
            bytes += utf8Bytes(merged.address);
            addMerges(block.plan, parseAreas(merged.address));
          }
          if (!formulas.isNullObject) {
            bytes += utf8Bytes(formulas.address);
            markFormulas(block.plan.grid, parseAreas(formulas.address));
          }
          cells += block.rows * block.plan.cols;
          storeBlock(block, range.values, range.numberFormat as string[][], fills ? fills.value : null);
          doneRows += block.rows;
        }
        // What arrived sets the next guess (with a margin): dense sheets get smaller blocks, sparse ones bigger.
        bytesPerCell = Math.max(8, Math.ceil((1.25 * bytes) / Math.max(1, cells)));
        onProgress?.(doneRows, totalRows);
      }
      let settingsChunks: string[] | null = null;
      if (settingsRange && settingsRange.rowIndex === 0 && settingsRange.columnIndex === 0) {
        settingsChunks = [];
        for (const row of settingsRange.values) {
          if (typeof row[0] !== 'string' || row[0] === '') break;
          settingsChunks.push(row[0]);
        }
      }
      return {
        grid: { sheets: plans.map((p) => trim(p.grid)) },
        sheetNames,
        protectedSheets: sheets.items.filter((s) => s.protection.protected).map((s) => s.name),
        settingsChunks,
        summaries,
      };
    }),
  );
}

/** The blocks of a refused sync, each cut in two, in order. */
function splitInHalves(blocks: Block[]): Block[] {
  return blocks.flatMap((b) => {
    if (b.rows === 1) return [b];
    const half = Math.ceil(b.rows / 2);
    return [
      { plan: b.plan, start: b.start, rows: half },
      { plan: b.plan, start: b.start + half, rows: b.rows - half },
    ];
  });
}

/** Takes whole or partial sheet blocks from the front of `pending` up to `budgetCells` cells. */
function takeBlocks(pending: Block[], budgetCells: number): Block[] {
  const out: Block[] = [];
  let left = budgetCells;
  while (pending.length && left > 0) {
    const block = pending[0];
    const cols = Math.max(1, block.plan.cols);
    const rows = Math.min(block.rows, Math.max(1, Math.floor(left / cols)));
    if (rows < block.rows && out.length && rows * cols < left / 2) break; // leave a big block for the next sync
    out.push({ plan: block.plan, start: block.start, rows });
    left -= rows * cols;
    if (rows === block.rows) pending.shift();
    else pending[0] = { plan: block.plan, start: block.start + rows, rows: block.rows - rows };
  }
  return out;
}

function addMerges(plan: SheetPlan, areas: CellRange[]): void {
  for (const a of areas) {
    const key = `${a.top}:${a.left}:${a.bottom}:${a.right}`;
    if (plan.mergeKeys.has(key)) continue;
    plan.mergeKeys.add(key);
    plan.grid.merges!.push(a);
  }
}

function fillAll(plan: SheetPlan, colour: string): void {
  for (let r = plan.top; r < plan.top + plan.rows; r++) {
    const row = (plan.grid.fills![r] ??= []);
    for (let c = plan.left; c < plan.left + plan.cols; c++) row[c] = colour;
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

function storeBlock(
  block: Block,
  values: unknown[][],
  formats: string[][],
  props: Excel.CellProperties[][] | null,
): void {
  const g = block.plan.grid;
  const top = block.plan.top + block.start;
  const left = block.plan.left;
  values.forEach((row, i) => {
    const r = top + i;
    row.forEach((v, j) => {
      const c = left + j;
      const value = cellValue(v);
      if (value !== null) (g.values[r] ??= [])[c] = value;
      const f = formats[i]?.[j];
      if (f && f !== 'General') (g.formats![r] ??= [])[c] = f;
      const color = props?.[i]?.[j]?.format?.fill?.color;
      if (color && color.toUpperCase() !== '#FFFFFF') (g.fills![r] ??= [])[c] = color.replace('#', '').toUpperCase();
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
