/**
 * Renders the summary's SheetSpec (src/core/summary/sheet-spec.ts) into the workbook through Office.js, charts
 * included, replacing the summary we made before (never a user's sheet). Syncs: one to read the sheet and name
 * lists, then the writes packed by request bytes under the payload budget (cell-writes.ts packBySize, as for the
 * cells): one for the seed's summary (a few hundred cells); on Excel on the web (5 MB limit per request) a sync per
 * ~4 MB (as Office.js writes the request: payload.ts OFFICE_COST), mostly the cells' text (values and number formats
 * in the rectangles that hold them, office-plan/array-blocks.ts: no nulls beside a paragraph): styles go in rectangles
 * of one style (styleBlocks), and every look but borders, and the row heights, as address lists of those rectangles
 * (worksheet.getRanges), a command per list; merges and widths in runs. The marker name goes in
 * with the new sheet in the first of them; if a later one fails, the half-written sheet is deleted (best effort).
 * The new sheet is written under a name no sheet has; the old summary is removed only once the new one is complete
 * (Excel does not roll a failed batch back), then the new one takes its name.
 *
 * Charts need their data in cells: it goes in columns to the right of the summary, hidden, and the charts are
 * told to plot hidden cells (plotVisibleOnly = false), so nothing extra shows or prints.
 *
 * Requirement sets (all within the manifest's 1.13): getRanges, pageLayout and horizontalPageBreaks 1.9, plotVisibleOnly 1.8,
 * showGridlines 1.8, freezePanes 1.7, names 1.4, charts 1.1.
 */
import { type CellRange } from '../core/grid';
import {
  SUMMARY_NAME_PREFIX,
  type SheetSpec,
} from '../core/summary/sheet-spec';
import { addressLists, areasAddress, officeValue, packBySize } from './cell-writes';
import {
  clip,
  mergeAreas,
  PLAIN_TARGETS,
  rowBands,
  settingsBytes,
  styleBlocks,
  withInsideEdges,
  type Setting,
} from '../core/office-plan/summary-styles';
import { chartSteps } from './summary-charts';
import { layoutSteps } from './summary-layout';
import { mapped } from './errors';
import type { ExcelRun } from './excel-run';
import { summarySheets } from './own-sheets';
import { arrayWriteBytes, OFFICE_COST, utf8Bytes } from '../core/office-plan/payload';
import { arrayBlocks, blockSlice } from '../core/office-plan/array-blocks';
import { payloadBudget } from './requirements';

export interface WriteSheetSpecOutcome {
  /** The sheet as written (differs from spec.name only when a user's sheet already has that name). */
  sheetName: string;
  /** Our earlier summary sheets that were replaced. */
  replaced: string[];
}

/**
 * One piece of the summary's writes: what it queues on the new sheet and about how many bytes of request it makes
 * (the JSON of its values, plus a fixed share per command for Office's object paths).
 */
export interface Step {
  bytes: number;
  queue(ws: Excel.Worksheet): void;
}

/** Request bytes of the first writing sync's own commands (deleting the old summary, adding the sheet, the name). */
const SETUP_BYTES = 20_000;
const { range: RANGE, object: OBJECT, action: ACTION } = OFFICE_COST;

/** `onProgress(done, total)` after each writing sync: a summary of thousands of indicators takes dozens on the web. */
export function writeSheetSpec(
  run: ExcelRun,
  spec: SheetSpec,
  onProgress?: (done: number, total: number) => void,
): Promise<WriteSheetSpecOutcome> {
  return mapped(() =>
    run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      const names = context.workbook.names.load('items/name,items/formula');
      await context.sync();

      const sheetNames = sheets.items.map((s) => s.name);
      const ours = summarySheets(names.items, sheetNames);
      const replaced = [...ours.keys()];
      // Written under a name no sheet has, ours included: the old summary stays whole until the new one is.
      let sheetName = freeName(spec.name, sheetNames.map((n) => n.toLowerCase()));

      // The writes go in as few syncs as the payload budget allows (one for a small summary; a summary of
      // thousands of indicators passes Excel on the web's 5 MB per request).
      const budget = payloadBudget(context);
      const batches = summaryBatches(spec, budget);
      const oldMarkers = names.items.filter((n) => n.name.startsWith(SUMMARY_NAME_PREFIX)).map((n) => n.name);
      // Beside the old marker until it goes: a name no other has (any name with the prefix marks a summary).
      const taken = new Set(names.items.map((n) => n.name.toLowerCase()));
      let marker = spec.markerName;
      for (let n = 2; taken.has(marker.toLowerCase()); n++) marker = `${spec.markerName}_${n}`;

      context.application.suspendApiCalculationUntilNextSync();
      const ws = context.workbook.worksheets.add(sheetName);
      // The marker goes in with the sheet: should a later sync fail, the next run still knows the sheet is ours.
      context.workbook.names.add(marker, ws.getRange('A1'));
      let added = false;
      try {
        for (let i = 0; i < batches.length; i++) {
          if (i > 0) context.application.suspendApiCalculationUntilNextSync();
          for (const step of batches[i]) step.queue(ws);
          added = true; // Excel keeps what a failing batch did before it fails: the sheet may be there from now on
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 4 MB piece, not per row
          await context.sync();
          onProgress?.(i + 1, batches.length);
        }
      } catch (e) {
        // A summary half written: take it away (best effort), so no half sheet is left looking finished. The old
        // summary is still there, untouched.
        if (added) {
          try {
            const marked = context.workbook.names.getItemOrNullObject(marker);
            const half = context.workbook.worksheets.getItemOrNullObject(sheetName);
            await context.sync();
            if (!marked.isNullObject) marked.delete();
            if (!half.isNullObject) half.delete();
            await context.sync();
          } catch {
            // It stays marked as ours: the next สร้างสรุปผล replaces it.
          }
        }
        throw e;
      }
      // Complete: now the old summaries go (their marker names first: a name left on a deleted sheet turns into
      // #REF!), the new one takes the summary's name, and is shown. Deleting a sheet clears Excel's undo stack
      // (Worksheet.delete, "Undo support in Excel add-ins"): the pane says so before.
      for (const name of oldMarkers) context.workbook.names.getItem(name).delete();
      for (const name of replaced) context.workbook.worksheets.getItem(name).delete();
      if (sheetName !== spec.name && !sheetNames.some((n) => n.toLowerCase() === spec.name.toLowerCase() && !ours.has(n))) {
        ws.name = spec.name;
        sheetName = spec.name;
      }
      ws.activate();
      ws.getRange('A1').select();
      await context.sync();
      return { sheetName, replaced };
    }),
  );
}

/** The summary's writes in the syncs that carry them, each under the budget with the first sync's setup. */
export function summaryBatches(spec: SheetSpec, budget: number): Step[][] {
  return packBySize(sheetSteps(spec, budget), (step) => step.bytes, Math.max(1, budget - SETUP_BYTES));
}

function freeName(base: string, taken: string[]): string {
  if (!taken.includes(base.toLowerCase())) return base;
  for (let n = 2; n < 100; n++) {
    const suffix = ` ${n}`;
    const name = base.slice(0, 31 - suffix.length) + suffix;
    if (!taken.includes(name.toLowerCase())) return name;
  }
  throw new Error(`No free sheet name for ${base}`);
}

/**
 * Every write of the summary, in order: the font; then band by band of rows, their values and formats, styles
 * and merges; then layout and charts. A band is about a sync's worth, so each sync writes rows whole (and the
 * in-memory Excel need not copy rows an earlier sync wrote to roll this one back).
 */
function sheetSteps(spec: SheetSpec, budget: number): Step[] {
  const steps: Step[] = [];
  steps.push({
    bytes: RANGE + 2 * OBJECT + 2 * ACTION + utf8Bytes(spec.font.name),
    queue: (ws) => {
      const whole = ws.getRange();
      whole.format.font.name = spec.font.name;
      whole.format.font.size = spec.font.size;
    },
  });
  // Loops, not Math.max(...cells): a summary of 20,000 indicators has more cells than the call stack takes.
  let rows = 0;
  let cols = 0;
  for (const c of spec.cells) {
    if (c.row + 1 > rows) rows = c.row + 1;
    if (c.col + 1 > cols) cols = c.col + 1;
  }
  const values: (string | number | null)[][] = Array.from({ length: rows }, () => new Array(cols).fill(null));
  const formats: (string | null)[][] = Array.from({ length: rows }, () => new Array(cols).fill(null));
  for (const c of spec.cells) {
    values[c.row][c.col] = officeValue(c.value) as string | number;
    if (c.numberFormat) formats[c.row][c.col] = c.numberFormat;
  }
  const blocks = styleBlocks(spec).map((b) => ({ ...b, bytes: settingsBytes(withInsideEdges(b.settings, b.rect)) }));
  const merges = mergeAreas(spec);

  // What each row brings: its values and formats, and the styles and merges that start on it.
  let height = rows;
  for (const m of merges) if (m.rect.bottom + 1 > height) height = m.rect.bottom + 1;
  const rowBytes = new Array<number>(height).fill(0);
  // A row's cells from its first to its last (as arrayBlocks writes them), not the sheet's width of nulls.
  for (let r = 0; r < rows; r++) rowBytes[r] += usedBytes(values[r]) + usedBytes(formats[r]);
  for (const b of blocks) rowBytes[b.rect.top] += b.bytes;
  for (const m of merges) rowBytes[m.rect.top] += MERGE_BYTES;
  // A band never ends inside a merged area of several rows (its covered cells must be written before it).
  const reach = rowBytes.map((_, r) => r);
  for (const m of merges) if (!m.across) reach[m.rect.top] = Math.max(reach[m.rect.top], m.rect.bottom);

  for (const band of rowBands(rowBytes, reach, Math.max(1, budget * 0.9))) {
    // Each array in the rectangles that hold its cells (arrayBlocks): no row of nulls beside a paragraph.
    const write = (kind: 'values' | 'numberFormat', data: (string | number | null)[][]) => {
      for (const rect of arrayBlocks(data, band.top, Math.min(band.bottom, rows - 1))) {
        const slice = blockSlice(data, rect);
        steps.push({
          bytes: arrayWriteBytes(slice),
          queue: (ws) => {
            const range = rangeOf(ws, rect);
            if (kind === 'values') range.values = slice;
            else range.numberFormat = slice;
          },
        });
      }
    };
    write('values', values);
    write('numberFormat', formats);
    // Borders per rectangle (with their inside edges); every other look as address lists of its rectangles in
    // this band, a command per list (a status colour scattered over thousands of rows was a range each, ~700 bytes).
    const looks = new Map<Setting[], CellRange[]>();
    for (const block of blocks) {
      const rect = clip(block.rect, band);
      if (!rect) continue;
      if (block.settings.some(([target]) => !PLAIN_TARGETS.has(target))) {
        const settings = withInsideEdges(block.settings, rect);
        steps.push({ bytes: settingsBytes(settings), queue: (ws) => applySettings(rangeOf(ws, rect), settings) });
      } else {
        const rects = looks.get(block.settings);
        if (rects) rects.push(rect);
        else looks.set(block.settings, [rect]);
      }
    }
    for (const [settings, rects] of looks) {
      for (const list of addressLists(rects)) {
        const address = areasAddress(list);
        steps.push({ bytes: settingsBytes(settings) + address.length + 2, queue: (ws) => applySettings(ws.getRanges(address), settings) });
      }
    }
    for (const m of merges) {
      const rect = m.across ? clip(m.rect, band) : m.rect.top >= band.top && m.rect.top <= band.bottom ? m.rect : null;
      if (rect) steps.push({ bytes: MERGE_BYTES, queue: (ws) => rangeOf(ws, rect).merge(m.across) });
    }
  }
  layoutSteps(spec, steps);
  chartSteps(spec, steps);
  return steps;
}

function rangeOf(ws: Excel.Worksheet, r: CellRange): Excel.Range {
  return ws.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1);
}

/** Request bytes of a row's cells from its first to its last that is not null (none: 0). */
function usedBytes(row: (string | number | null)[]): number {
  const first = row.findIndex((v) => v !== null);
  if (first < 0) return 0;
  let last = row.length - 1;
  while (row[last] === null) last--;
  return utf8Bytes(row.slice(first, last + 1)) + (last - first + 1) * OFFICE_COST.cell;
}

/** A merge: the range and the call. */
const MERGE_BYTES = RANGE + ACTION + 5;

function applySettings(range: Excel.Range | Excel.RangeAreas, settings: Setting[]): void {
  const borders = new Map<string, Record<string, unknown>>();
  for (const [target, key, value] of settings) {
    if (target === 'font') (range.format.font as unknown as Record<string, unknown>)[key] = value;
    else if (target === 'fill') range.format.fill.color = value as string;
    else if (target === 'format') (range.format as unknown as Record<string, unknown>)[key] = value;
    else {
      let border = borders.get(target);
      if (!border) {
        border = range.format.borders.getItem(target as Excel.BorderIndex) as unknown as Record<string, unknown>;
        borders.set(target, border);
      }
      border[key] = value;
    }
  }
}


