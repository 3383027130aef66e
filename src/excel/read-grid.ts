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
 * The saved settings are read along (the store's custom XML part, core/store-xml.ts, or an older workbook's settings
 * sheet's column A, in the second sync), and the ids of the undo store's parts (first sync), so a recalculation
 * needs no extra round trip.
 * Error values arrive as their text ('#DIV/0!'); a cell whose text is exactly an error literal is read as an error.
 * A protected sheet (first sync) has its protection options read along (second sync: may cells be formatted?) and,
 * once its cells are read, which of its output cells the user unlocked (read-locks.ts): core writes only those.
 * A workbook with no protected sheet spends nothing on it.
 *
 * Requirement sets: ExcelApi 1.13 (getMergedAreasOrNullObject), 1.9 (getSpecialCellsOrNullObject,
 * getCellProperties), 1.4 (names), 1.2 (protection): all within the manifest's minimum 1.13.
 */
import type { Progress } from '../core/pipeline';
import { parseAreas } from '../core/address';
import { formatNeeds } from '../core/format-needs';
import type { Grid } from '../core/grid';
import { deferringPays, formatBytes, formatPieces, LONGER_FORMATS } from '../core/office-plan/format-plan';
import { utf8Bytes } from '../core/office-plan/payload';
import {
  fillColumnCount,
  fillRead,
  FIRST_BYTES_PER_CELL,
  FIRST_FILL_BYTES_PER_CELL,
  afterSync,
  MARGIN,
  MAX_PROBES,
  newSheetPlan,
  READ_SHARE_OF_CELLS,
  takeBlocks,
  type Block,
  type FillRead,
  type ReadQueue,
  type SheetPlan,
} from '../core/office-plan/read-plan';
import { addMerges, fillColumns, markFormulas, storeCells, storeFills, trim } from '../core/office-plan/read-store';
import { mapped, officeCode } from './errors';
import type { ExcelRun } from './excel-run';
import { isOwnHiddenSheet, SETTINGS_SHEET, settingsColumn, summarySheets } from './own-sheets';
import { readLocks } from './read-locks';
import { SETTINGS_NAMESPACE, UNDO_NAMESPACE } from '../core/store-xml';
import { readFormats, syncOrHalve } from './read-formats';
import { chooseProbes, queueProbes, storeProbes } from './read-fill-probes';
import { readMergesApart } from './read-merges';
import { FIRST_PIECE_ROWS, rowPieces } from '../core/office-plan/merge-plan';
import { payloadBudget } from './requirements';

export interface WorkbookIndex {
  grid: Grid;
  /** Every sheet's name, in order, ours included. */
  sheetNames: string[];
  /** Sheets whose protection is on (only their unlocked cells can be written). */
  protectedSheets: string[];
  /** Column A of an older workbook's settings sheet (`_kpi_progress`), when there is one: core/settings.ts parses it. */
  settingsChunks: string[] | null;
  /** The XML of the settings store's parts (core/store-xml.ts storedSettings reads them, before settingsChunks). */
  settingsXml: string[];
  /** The ids of the undo store's parts: the last run's snapshot, which the next run replaces. */
  undoPartIds: string[];
  /** Our summary sheets and the names that mark them. */
  summaries: Map<string, string[]>;
  /** The workbook's structure is protected (Review > Protect Workbook): no sheet can be added or deleted. */
  structureProtected: boolean;
}

/** Failures that say nothing about merged areas (Excel's code for more than 512 is not documented). */
const NOT_MERGES = new Set(['RequestAborted', 'ActivityLimitReached', 'ServiceNotAvailable', 'Conflict', 'InvalidOperationInCellEditMode', 'AccessDenied', 'ItemNotFound']);

export function readGrid(run: ExcelRun, onProgress?: Progress): Promise<Grid> {
  return readWorkbook(run, onProgress).then((index) => index.grid);
}

/** readGrid, also telling which sheets are ours: what workbook-actions needs to write the summary. */
export function readWorkbook(run: ExcelRun, onProgress?: Progress): Promise<WorkbookIndex> {
  return mapped(() =>
    run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name,items/protection/protected');
      const names = context.workbook.names.load('items/name,items/formula');
      // [ExcelApi 1.7] A protected structure refuses new sheets: the summary is refused up front, with a message.
      const structure = context.workbook.protection.load('protected');
      const settingsParts = context.workbook.customXmlParts.getByNamespace(SETTINGS_NAMESPACE).load('items/id');
      const undoParts = context.workbook.customXmlParts.getByNamespace(UNDO_NAMESPACE).load('items/id');
      await context.sync();

      const sheetNames = sheets.items.map((s) => s.name);
      const summaries = summarySheets(names.items, sheetNames);
      const sources = sheets.items.filter((s) => !isOwnHiddenSheet(s.name) && !summaries.has(s.name));

      const shapes = sources.map((ws) => {
        const used = ws.getUsedRange(true).load('rowIndex,columnIndex,rowCount,columnCount');
        // One colour for the whole used range (usually none) spares reading any fill.
        const fill = used.format.fill.load('color');
        return { ws, used, fill };
      });
      // A protected sheet: whether it lets cells be formatted (else a flag fill or a number format is refused).
      const protections = new Map(sources.filter((ws) => ws.protection.protected).map((ws) => [ws.name, ws.protection.load('options')]));
      const settingsSheet = sheets.items.find((s) => s.name === SETTINGS_SHEET);
      const settingsXml = settingsParts.items.map((p) => p.getXml());
      // An older workbook's settings sheet, read only when the store has no settings part.
      const settingsRange = settingsParts.items.length ? undefined : settingsSheet?.getUsedRange(true).load('values,rowIndex,columnIndex');
      await context.sync();

      const plans: SheetPlan[] = shapes.map(({ ws, used, fill }) => {
        const plan = newSheetPlan(ws.name, used.rowIndex, used.columnIndex, used.rowCount, used.columnCount);
        const protection = protections.get(ws.name);
        if (protection) Object.assign(plan.grid, { protected: true, formatsLocked: protection.options.allowFormatCells !== true });
        if (fill.color !== null) {
          plan.fills = 'uniform';
          fillColumns(plan, { from: 0, count: plan.cols }, fill.color);
        }
        return plan;
      });

      // Blocks are sized to the measured cost and a little more (a sheet is denser in places), doubled after a
      // refused sync; the budget itself is 1 MB under the limit.
      const queue: ReadQueue<Block> = { pending: plans.map((plan) => ({ plan, start: 0, rows: plan.rows, cells: true })), scale: MARGIN };
      const totalRows = plans.reduce((n, p) => n + p.rows, 0);
      let doneRows = 0;
      const fillSeen = { bytes: 0, cells: 0 };
      // Number formats come with the cells in the first cell sync: a workbook that fits there is read whole, in
      // one. After it, when it saves syncs (a big workbook), the rest of the cells come without their formats, and
      // then only the formats the engine reads (formatNeeds).
      let formatsAlong = true;
      let mergesApart = false;
      let decided = false;
      let readShare = 1;
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
        queue.scale * ((block.cells ? block.plan.cols * cellBytes(block.plan) : 0) + fillColumnCount(block.plan, fills) * fillBytes());

      // Until every row is read, and every sheet probed whose rows were read without their fills.
      while (queue.pending.length || plans.some((p) => p.unfilled.length)) {
        // Every sheet not of one colour read per cell in this sync when all that is left fits; else its columns are
        // probed in this sync and only the mixed ones read per cell, from the next sync on.
        const unknown = plans.filter((p) => p.fills === 'unknown');
        const measured = (plan: SheetPlan) => plan.seen.cells > 0;
        let { batch, rest } = takeBlocks(queue.pending, budget, (b) => rowBytes(b, fillRead(b, false)), measured);
        const probing = unknown.length > 0 && (rest.length > 0 || unknown.some((p) => p.unfilled.length));
        let probed: SheetPlan[] = [];
        let runsPerSheet = MAX_PROBES;
        if (probing) {
          let probeBytes: number;
          ({ probed, runsPerSheet, probeBytes } = chooseProbes(unknown, budget));
          ({ batch, rest } = takeBlocks(queue.pending, budget - probeBytes, (b) => rowBytes(b, fillRead(b, true)), measured));
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
          // the 5 MB a response may carry. Excel answers the merged areas whose top-left cell is in the range, and
          // fails past 512 of them: they are asked for in pieces of FIRST_PIECE_ROWS rows (2 areas a row fit), and
          // should a piece still fail, read apart after the cells, in pieces sized to what they hold (read-merges.ts).
          const merged = mergesApart
            ? []
            : rowPieces(block.rows, FIRST_PIECE_ROWS).map(({ start, rows }) =>
                ws.getRangeByIndexes(plan.top + block.start + start, plan.left, rows, plan.cols).getMergedAreasOrNullObject().load('address'),
              );
          const formulas = range.getSpecialCellsOrNullObject('Formulas').load('address');
          return { block, cells: { range, merged, formulas }, fillProps };
        });
        const probes = queueProbes(context, probed, runsPerSheet);
        // One sync per 4 MB piece, not per row. Refused as too large, or a read answered null (Excel's cells
        // limit): the reads go again in halves. Any other failure with merged areas asked for: without them.
        const later = (b: Block, n: number) => ({ ...b, start: b.start + n });
        const answeredNull = () => reads.some((r) => r.cells && (r.cells.range.values === null || (formatsAlong && r.cells.range.numberFormat === null)));
        let again: Block[] | null;
        try {
          again = await syncOrHalve(context, batch, later, answeredNull);
        } catch (e) {
          if (mergesApart || !reads.some((r) => r.cells) || NOT_MERGES.has(officeCode(e) ?? '')) throw e;
          mergesApart = true;
          again = batch;
        }
        if (!afterSync(queue, rest, again)) continue;
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
          for (const areas of merged) {
            if (areas.isNullObject) continue;
            bytes += utf8Bytes(areas.address);
            addMerges(plan, parseAreas(areas.address));
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
        const fillsOnly = storeProbes(probes);
        queue.pending = [...fillsOnly, ...queue.pending];
        if (!decided && reads.some((r) => r.cells)) {
          decided = true;
          const left = queue.pending.filter((b) => b.cells).map((b) => ({ plan: b.plan, cells: b.rows * b.plan.cols, bytes: sheetBytes(b.plan) }));
          formatsAlong = !(left.length && deferringPays(plans, left, budget));
          if (!formatsAlong) readShare = READ_SHARE_OF_CELLS; // the formats follow: their share of the bar
        }
        onProgress?.(doneRows * readShare, totalRows);
      }
      if (mergesApart) await readMergesApart(context, plans, budget);
      const grid: Grid = { sheets: plans.map((p) => trim(p.grid)) };
      const pieces = formatPieces(plans, formatNeeds(grid));
      const guess = (plan: SheetPlan) => LONGER_FORMATS * formatBytes(plan);
      await readFormats(context, pieces, budget, guess, (done, total) =>
        onProgress?.(totalRows * (READ_SHARE_OF_CELLS + (1 - READ_SHARE_OF_CELLS) * (done / total)), totalRows),
      );
      await readLocks(context, grid, budget);
      return {
        grid,
        sheetNames,
        protectedSheets: sheets.items.filter((s) => s.protection.protected).map((s) => s.name),
        settingsChunks: settingsRange ? settingsColumn(settingsRange) : null,
        settingsXml: settingsXml.map((x) => x.value),
        undoPartIds: undoParts.items.map((p) => p.id),
        summaries,
        structureProtected: structure.protected,
      };
    }),
  );
}

