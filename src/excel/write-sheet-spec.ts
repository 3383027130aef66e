/**
 * Renders the summary's SheetSpec (src/core/summary/sheet-spec.ts) into the workbook through Office.js, charts
 * included, replacing the summary we made before (never a user's sheet). Syncs: one to read the sheet and name
 * lists, then the writes packed by request bytes under the payload budget (cell-writes.ts packBySize, as for the
 * cells): one for the seed's summary (a few hundred cells); on Excel on the web (5 MB limit per request) a sync per
 * ~4 MB (as Office.js writes the request: payload.ts OFFICE_COST), mostly the cells' text: styles go in rectangles
 * of one style (styleBlocks), and every look but borders, and the row heights, as address lists of those rectangles
 * (worksheet.getRanges), a command per list; merges and widths in runs. The marker name goes in
 * with the new sheet in the first of them; if a later one fails, the half-written sheet is deleted (best effort).
 *
 * Charts need their data in cells: it goes in columns to the right of the summary, hidden, and the charts are
 * told to plot hidden cells (plotVisibleOnly = false), so nothing extra shows or prints.
 *
 * Requirement sets (all within the manifest's 1.13): getRanges, pageLayout and horizontalPageBreaks 1.9, plotVisibleOnly 1.8,
 * showGridlines 1.8, freezePanes 1.7, names 1.4, charts 1.1.
 */
import { type CellRange } from '../core/grid';
import { columnLetters } from '../core/address';
import {
  columnWidthPoints,
  SUMMARY_NAME_PREFIX,
  type BorderEdge,
  type CellSpec,
  type ChartSpec,
  type SheetSpec,
} from '../core/summary/sheet-spec';
import { addressLists, areasAddress, officeValue, packBySize } from './cell-writes';
import { coveringRectangles } from './rectangles';
import { mapped } from './errors';
import type { ExcelRun } from './excel-run';
import { summarySheets } from './own-sheets';
import { arrayWriteBytes, OFFICE_COST, utf8Bytes } from './payload';
import { payloadBudget } from './requirements';

export interface WriteSheetSpecOutcome {
  /** The sheet as written (differs from spec.name only when a user's sheet already has that name). */
  sheetName: string;
  /** Our earlier summary sheets that were replaced. */
  replaced: string[];
}

const CHART_TYPES: Record<ChartSpec['type'], string> = {
  line: 'LineMarkers',
  columnClustered: 'ColumnClustered',
  barClustered: 'BarClustered',
  pie: 'Pie',
};

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
const { range: RANGE, object: OBJECT, edge: EDGE, action: ACTION } = OFFICE_COST;
/** A command on a range's format (format.rowHeight, columnWidth): the range, its format, the set. */
const FORMAT_SET = RANGE + OBJECT + ACTION;

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
      const ours = summarySheets(
        names.items.map((n) => ({ name: n.name, formula: n.formula })),
        sheetNames,
      );
      const replaced = [...ours.keys()];
      const taken = sheetNames.filter((n) => !ours.has(n)).map((n) => n.toLowerCase());
      const sheetName = freeName(spec.name, taken);

      // The writes go in as few syncs as the payload budget allows (one for a small summary; a summary of
      // thousands of indicators passes Excel on the web's 5 MB per request).
      const budget = payloadBudget(context);
      const batches = summaryBatches(spec, budget);

      context.application.suspendApiCalculationUntilNextSync();
      // Our marker names go first (a name left on a deleted sheet turns into #REF!), then our sheets.
      for (const n of names.items) if (n.name.startsWith(SUMMARY_NAME_PREFIX)) n.delete();
      for (const name of replaced) context.workbook.worksheets.getItem(name).delete();

      const ws = context.workbook.worksheets.add(sheetName);
      // The marker goes in with the sheet: should a later sync fail, the next run still knows the sheet is ours.
      context.workbook.names.add(spec.markerName, ws.getRange('A1'));
      let added = false;
      try {
        for (let i = 0; i < batches.length; i++) {
          if (i > 0) context.application.suspendApiCalculationUntilNextSync();
          for (const step of batches[i]) step.queue(ws);
          if (i === batches.length - 1) break; // the last batch rides with activate below
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 4 MB piece, not per row
          await context.sync();
          added = true;
          onProgress?.(i + 1, batches.length);
        }
        ws.activate();
        ws.getRange('A1').select();
        await context.sync();
        onProgress?.(batches.length, batches.length);
      } catch (e) {
        // A summary half written: take it away (best effort), so no half sheet is left looking finished.
        if (added) {
          try {
            context.workbook.names.getItem(spec.markerName).delete();
            ws.delete();
            await context.sync();
          } catch {
            // It stays marked as ours: the next สร้างสรุปผล replaces it.
          }
        }
        throw e;
      }
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
  for (let r = 0; r < rows; r++) rowBytes[r] += arrayWriteBytes([values[r]]) + arrayWriteBytes([formats[r]]) - 2 * (RANGE + ACTION);
  for (const b of blocks) rowBytes[b.rect.top] += b.bytes;
  for (const m of merges) rowBytes[m.rect.top] += MERGE_BYTES;
  // A band never ends inside a merged area of several rows (its covered cells must be written before it).
  const reach = rowBytes.map((_, r) => r);
  for (const m of merges) if (!m.across) reach[m.rect.top] = Math.max(reach[m.rect.top], m.rect.bottom);

  for (const band of rowBands(rowBytes, reach, Math.max(1, budget * 0.9))) {
    const write = (kind: 'values' | 'numberFormat', data: (string | number | null)[][]) => {
      const rect = { top: band.top, bottom: Math.min(band.bottom, rows - 1), left: 0, right: cols - 1 };
      if (rect.bottom < rect.top || !cols) return;
      const slice = data.slice(rect.top, rect.bottom + 1);
      if (kind === 'numberFormat' && slice.every((row) => row.every((f) => f === null))) return;
      steps.push({
        bytes: arrayWriteBytes(slice),
        queue: (ws) => {
          const range = ws.getRangeByIndexes(rect.top, rect.left, rect.bottom - rect.top + 1, rect.right - rect.left + 1);
          if (kind === 'values') range.values = slice;
          else range.numberFormat = slice;
        },
      });
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

/** Consecutive rows whose bytes stay under `limit` (a row over it alone is a band); `reach[r]`: r's band goes on to there. */
function rowBands(rowBytes: number[], reach: number[], limit: number): RowSpan[] {
  const bands: RowSpan[] = [];
  let band: RowSpan | null = null;
  let bytes = 0;
  let mustReach = -1;
  for (let r = 0; r < rowBytes.length; r++) {
    if (band && r > mustReach && bytes + rowBytes[r] > limit) {
      bands.push(band);
      band = null;
    }
    if (!band) {
      band = { top: r, bottom: r };
      bytes = 0;
    }
    band.bottom = r;
    bytes += rowBytes[r];
    mustReach = Math.max(mustReach, reach[r]);
  }
  if (band) bands.push(band);
  return bands;
}

interface RowSpan {
  top: number;
  bottom: number;
}

function clip(rect: CellRange, band: RowSpan): CellRange | null {
  const top = Math.max(rect.top, band.top);
  const bottom = Math.min(rect.bottom, band.bottom);
  return top <= bottom ? { ...rect, top, bottom } : null;
}

function rangeOf(ws: Excel.Worksheet, r: CellRange): Excel.Range {
  return ws.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1);
}

/** Settings on these objects go to address lists; a border edge's to its rectangle (its inside edges differ). */
const PLAIN_TARGETS = new Set(['font', 'fill', 'format']);

/** A merge: the range and the call. */
const MERGE_BYTES = RANGE + ACTION + 5;

/**
 * Request bytes of a range's settings: the range, each object they reach (its format; the font, the fill, the
 * borders and each border edge), and a set each (a bordered block's twelve to eighteen edge sets come to about 4 KB).
 */
function settingsBytes(settings: Setting[]): number {
  const targets = new Set(settings.map(([target]) => target));
  let bytes = RANGE + OBJECT;
  let edges = 0;
  for (const t of targets) {
    if (t === 'font' || t === 'fill') bytes += OBJECT;
    else if (t !== 'format') edges++;
  }
  if (edges) bytes += OBJECT + edges * EDGE;
  for (const [, , v] of settings) bytes += ACTION + utf8Bytes(v);
  return bytes;
}

/** A cell style as the properties to set: [object, property, value]; object is 'font', 'fill', 'format' or a border edge. */
type Setting = [target: string, key: string, value: string | number | boolean];

/** Cells that take the same settings, as one range (its inside borders added when written: withInsideEdges). */
interface StyleBlock {
  rect: CellRange;
  settings: Setting[];
}

/**
 * The cells' styles as few ranges: each property (bold, a fill colour, an alignment…) goes to the cells that have
 * it, in rectangles (see `rectangles`), so a table's alignment or font is a few commands however its status
 * colours vary. Borders go as a whole (the four
 * edges of a cell): a rectangle gets its outer edges plus Excel's inside edges, which draw each inner cell's edges
 * on both sides; so cells join across a row only where their left and right borders are the same, and down a
 * column only where their top and bottom ones are (true of every bordered summary cell: all four).
 */
function styleBlocks(spec: SheetSpec): StyleBlock[] {
  const groups = new Map<string, { settings: Setting[]; across: boolean; down: boolean; cells: CellSpec[] }>();
  const add = (settings: Setting[], cell: CellSpec, across = true, down = true) => {
    const key = settings.map(([target, k, v]) => `${target}.${k}=${JSON.stringify(v)}`).join('|');
    const group = groups.get(key);
    if (group) group.cells.push(cell);
    else groups.set(key, { settings, across, down, cells: [cell] });
  };
  const same = (a?: BorderEdge, b?: BorderEdge) => JSON.stringify(a) === JSON.stringify(b);
  for (const cell of spec.cells) {
    const settings = styleSettings(spec, cell);
    const edges = settings.filter(([target]) => target.startsWith('Edge'));
    for (const setting of settings) if (!setting[0].startsWith('Edge')) add([setting], cell);
    const b = cell.border;
    if (b && edges.length) add(edges, cell, same(b.left, b.right), same(b.top, b.bottom));
  }
  const blocks: StyleBlock[] = [];
  for (const { settings, across, down, cells } of groups.values()) {
    for (const rect of coveringRectangles(cells, across, down)) blocks.push({ rect, settings });
  }
  return blocks;
}

/** A rectangle's inside edges drawn like its outer ones (see styleBlocks). */
function withInsideEdges(settings: Setting[], rect: CellRange): Setting[] {
  const out = [...settings];
  for (const [target, key, value] of settings) {
    if (target === 'EdgeTop' && rect.bottom > rect.top) out.push(['InsideHorizontal', key, value]);
    if (target === 'EdgeLeft' && rect.right > rect.left) out.push(['InsideVertical', key, value]);
  }
  return out;
}

/** Merged areas; one-row areas of the same columns on consecutive rows go in as one "merge across". */
function mergeAreas(spec: SheetSpec): { rect: CellRange; across: boolean }[] {
  const out: { rect: CellRange; across: boolean }[] = [];
  const open = new Map<string, CellRange>();
  for (const m of [...spec.merges].sort((a, b) => a.top - b.top || a.left - b.left)) {
    if (m.top !== m.bottom) {
      out.push({ rect: { ...m }, across: false });
      continue;
    }
    const at = `${m.left}:${m.right}`;
    const above = open.get(at);
    if (above && above.bottom === m.top - 1) above.bottom = m.top;
    else {
      const rect = { ...m };
      out.push({ rect, across: true });
      open.set(at, rect);
    }
  }
  return out;
}

function styleSettings(spec: SheetSpec, c: CellSpec): Setting[] {
  const out: Setting[] = [];
  const f = c.font;
  if (f) {
    if (f.name && f.name !== spec.font.name) out.push(['font', 'name', f.name]);
    if (f.size && f.size !== spec.font.size) out.push(['font', 'size', f.size]);
    if (f.bold) out.push(['font', 'bold', true]);
    if (f.italic) out.push(['font', 'italic', true]);
    if (f.underline) out.push(['font', 'underline', 'Single']);
    if (f.color) out.push(['font', 'color', `#${f.color}`]);
  }
  if (c.fill) out.push(['fill', 'color', `#${c.fill}`]);
  const a = c.alignment;
  if (a) {
    if (a.horizontal) out.push(['format', 'horizontalAlignment', HORIZONTAL[a.horizontal]]);
    if (a.vertical) out.push(['format', 'verticalAlignment', VERTICAL[a.vertical]]);
    if (a.wrap) out.push(['format', 'wrapText', true]);
    if (a.indent) out.push(['format', 'indentLevel', a.indent]);
  }
  const b = c.border;
  if (b) {
    const edges: [keyof typeof b, string][] = [
      ['top', 'EdgeTop'],
      ['bottom', 'EdgeBottom'],
      ['left', 'EdgeLeft'],
      ['right', 'EdgeRight'],
    ];
    for (const [key, edge] of edges) {
      const e = b[key];
      if (!e) continue;
      out.push([edge, 'style', e.style === 'double' ? 'Double' : 'Continuous']);
      out.push([edge, 'weight', ({ hair: 'Hairline', thin: 'Thin', medium: 'Medium', double: 'Thick' } as const)[e.style]]);
      out.push([edge, 'color', `#${e.color ?? '000000'}`]);
    }
  }
  return out;
}

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

const HORIZONTAL: Record<string, Excel.HorizontalAlignment> = {
  left: 'Left' as Excel.HorizontalAlignment,
  center: 'Center' as Excel.HorizontalAlignment,
  right: 'Right' as Excel.HorizontalAlignment,
  justify: 'Justify' as Excel.HorizontalAlignment,
  centerContinuous: 'CenterAcrossSelection' as Excel.HorizontalAlignment,
};
const VERTICAL: Record<string, Excel.VerticalAlignment> = {
  top: 'Top' as Excel.VerticalAlignment,
  middle: 'Center' as Excel.VerticalAlignment,
  bottom: 'Bottom' as Excel.VerticalAlignment,
};

function layoutSteps(spec: SheetSpec, steps: Step[]): void {
  // Adjacent columns of one width, consecutive rows of one height: one command each.
  const widths: { at: number; value: number }[] = [];
  spec.columnWidths.forEach((w, c) => widths.push({ at: c, value: w }));
  for (const { first, count, value } of sameRuns(widths)) {
    steps.push({
      bytes: FORMAT_SET + 8,
      queue: (ws) => void (ws.getRangeByIndexes(0, first, 1, count).format.columnWidth = columnWidthPoints(value)),
    });
  }
  // Rows of one height, as address lists of their runs in column A: a summary's rows take a dozen heights, in
  // tens of thousands of runs (a range each was half a summary's request bytes after its text).
  const byHeight = new Map<number, CellRange[]>();
  for (const { first, count, value } of sameRuns(spec.rowHeights.map((h) => ({ at: h.row, value: h.height })))) {
    const runs = byHeight.get(value);
    const run = { top: first, bottom: first + count - 1, left: 0, right: 0 };
    if (runs) runs.push(run);
    else byHeight.set(value, [run]);
  }
  for (const [height, runs] of byHeight) {
    for (const list of addressLists(runs)) {
      const address = areasAddress(list);
      steps.push({ bytes: FORMAT_SET + 8 + address.length + 2, queue: (ws) => void (ws.getRanges(address).format.rowHeight = height) });
    }
  }
  for (const r of spec.page.rowBreaks) {
    if (r > 0) steps.push({ bytes: OBJECT + ACTION + 12, queue: (ws) => void ws.horizontalPageBreaks.add(`A${r + 1}`) });
  }
  steps.push({ bytes: 6 * OBJECT + 20 * ACTION + utf8Bytes(spec.page), queue: (ws) => pageSetup(ws, spec) });
}

/** Runs of consecutive positions holding the same value (a later entry for a position wins, as written in order). */
function sameRuns(entries: { at: number; value: number }[]): { first: number; count: number; value: number }[] {
  const byAt = new Map<number, number>();
  for (const e of entries) byAt.set(e.at, e.value);
  const runs: { first: number; count: number; value: number }[] = [];
  for (const [at, value] of [...byAt].sort((a, b) => a[0] - b[0])) {
    const last = runs[runs.length - 1];
    if (last && last.value === value && last.first + last.count === at) last.count++;
    else runs.push({ first: at, count: 1, value });
  }
  return runs;
}

function pageSetup(ws: Excel.Worksheet, spec: SheetSpec): void {
  ws.showGridlines = spec.showGridlines;
  if (spec.frozenRows > 0) ws.freezePanes.freezeRows(spec.frozenRows);
  const p = spec.page;
  const layout = ws.pageLayout;
  layout.paperSize = 'A4' as Excel.PaperType;
  layout.orientation = (p.orientation === 'landscape' ? 'Landscape' : 'Portrait') as Excel.PageOrientation;
  layout.zoom = {
    ...(p.fitToWidth > 0 ? { horizontalFitToPages: p.fitToWidth } : {}),
    verticalFitToPages: p.fitToHeight,
  };
  const pt = (inches: number) => Math.round(inches * 72 * 100) / 100;
  layout.leftMargin = pt(p.margins.left);
  layout.rightMargin = pt(p.margins.right);
  layout.topMargin = pt(p.margins.top);
  layout.bottomMargin = pt(p.margins.bottom);
  layout.headerMargin = pt(p.margins.header);
  layout.footerMargin = pt(p.margins.footer);
  layout.centerHorizontally = p.centerHorizontally;
  if (p.printTitleRows) layout.setPrintTitleRows(`$${p.printTitleRows.first + 1}:$${p.printTitleRows.last + 1}`);
  if (p.footer) layout.headersFooters.defaultForAllPages.centerFooter = p.footer;
}

/** Each chart's data goes in hidden columns right of the summary; the chart plots hidden cells. */
function chartSteps(spec: SheetSpec, steps: Step[]): void {
  if (!spec.charts.length) return;
  // Loops, not Math.max(...cells): see sheetSteps.
  let used = spec.columnWidths.length;
  for (const c of spec.cells) if (c.col + 1 > used) used = c.col + 1;
  for (const m of spec.merges) if (m.right + 1 > used) used = m.right + 1;
  const firstCol = used + 1;
  let row = 0;
  let lastCol = firstCol;
  for (const chart of spec.charts) {
    const data: (string | number)[][] = [
      ['', ...chart.series.map((s) => officeValue(s.name) as string)],
      ...chart.categories.map((cat, i) => [
        officeValue(cat) as string,
        ...chart.series.map((s) => (s.values[i] === null || s.values[i] === undefined ? '' : (s.values[i] as number))),
      ]),
    ];
    const cols = chart.series.length + 1;
    const top = row;
    lastCol = Math.max(lastCol, firstCol + cols - 1);
    steps.push({ bytes: 30 * (OBJECT + ACTION) + arrayWriteBytes(data) + utf8Bytes(chart.title), queue: (ws) => writeChart(ws, chart, data, top, firstCol) });
    row += data.length + 1;
  }
  const hidden = `${columnLetters(firstCol)}:${columnLetters(lastCol)}`;
  steps.push({ bytes: RANGE + ACTION + 5, queue: (ws) => void (ws.getRange(hidden).columnHidden = true) });
}

function writeChart(ws: Excel.Worksheet, chart: ChartSpec, data: (string | number)[][], row: number, firstCol: number): void {
  {
    const cols = chart.series.length + 1;
    const source = ws.getRangeByIndexes(row, firstCol, data.length, cols);
    source.values = data;
    const c = ws.charts.add(CHART_TYPES[chart.type] as Excel.ChartType, source, 'Columns' as Excel.ChartSeriesBy);
    c.title.text = chart.title;
    c.plotVisibleOnly = false;
    c.setPosition(ws.getRangeByIndexes(chart.anchor.row, chart.anchor.col, 1, 1));
    c.width = chart.anchor.width;
    c.height = chart.anchor.height;
    chart.series.forEach((s, i) => {
      if (!s.color) return;
      const series = c.series.getItemAt(i);
      if (chart.type === 'line') series.format.line.color = `#${s.color}`;
      else if (chart.type !== 'pie') series.format.fill.setSolidColor(`#${s.color}`);
    });
    if (chart.numberFormat && chart.type !== 'pie') c.axes.valueAxis.numberFormat = chart.numberFormat;
  }
}
