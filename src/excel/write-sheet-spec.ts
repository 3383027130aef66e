/**
 * Renders the summary's SheetSpec (src/core/summary/sheet-spec.ts) into the workbook through Office.js, charts
 * included, replacing the summary we made before (never a user's sheet). Syncs: one to read the sheet and name
 * lists, then the writes packed by request bytes under the payload budget (cell-writes.ts packBySize, as for the
 * cells): one for the seed's summary (a few hundred cells); a summary of thousands of indicators is styled per cell
 * and needs a sync per ~4 MB on Excel on the web (5 MB limit per request). The marker name goes in with the new
 * sheet in the first of them; if a later one fails, the half-written sheet is deleted (best effort).
 *
 * Charts need their data in cells: it goes in columns to the right of the summary, hidden, and the charts are
 * told to plot hidden cells (plotVisibleOnly = false), so nothing extra shows or prints.
 *
 * Requirement sets (all within the manifest's 1.13): pageLayout and horizontalPageBreaks 1.9, plotVisibleOnly 1.8,
 * showGridlines 1.8, freezePanes 1.7, names 1.4, charts 1.1.
 */
import { columnLetters } from '../core/grid';
import {
  columnWidthPoints,
  SUMMARY_NAME_PREFIX,
  type CellSpec,
  type ChartSpec,
  type SheetSpec,
} from '../core/summary/sheet-spec';
import { officeValue, packBySize, splitWrites, writeOpBytes, type WriteOp } from './cell-writes';
import { mapped } from './errors';
import type { ExcelRun } from './excel-run';
import { summarySheets } from './own-sheets';
import { utf8Bytes } from './payload';
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
interface Step {
  bytes: number;
  queue(ws: Excel.Worksheet): void;
}

/** Request bytes of the first writing sync's own commands (deleting the old summary, adding the sheet, the name). */
const SETUP_BYTES = 20_000;
/** A command's share of a request beside its values (object path and action ids). */
const COMMAND_BYTES = 60;
/** A range's object paths (getRangeByIndexes, format). */
const RANGE_BYTES = 200;

export function writeSheetSpec(run: ExcelRun, spec: SheetSpec): Promise<WriteSheetSpecOutcome> {
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
      const batches = packBySize(sheetSteps(spec, budget), (step) => step.bytes, Math.max(1, budget - SETUP_BYTES));

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
        }
        ws.activate();
        ws.getRange('A1').select();
        await context.sync();
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

function freeName(base: string, taken: string[]): string {
  if (!taken.includes(base.toLowerCase())) return base;
  for (let n = 2; n < 100; n++) {
    const suffix = ` ${n}`;
    const name = base.slice(0, 31 - suffix.length) + suffix;
    if (!taken.includes(name.toLowerCase())) return name;
  }
  throw new Error(`No free sheet name for ${base}`);
}

/** Every write of the summary, in order: font, values and formats, cell styles, merges, layout, charts. */
function sheetSteps(spec: SheetSpec, budget: number): Step[] {
  const steps: Step[] = [];
  steps.push({
    bytes: RANGE_BYTES + 2 * COMMAND_BYTES,
    queue: (ws) => {
      const whole = ws.getRange();
      whole.format.font.name = spec.font.name;
      whole.format.font.size = spec.font.size;
    },
  });
  if (spec.cells.length) {
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
    const rect = { top: 0, left: 0, bottom: rows - 1, right: cols - 1 };
    const ops: WriteOp[] = [
      { kind: 'values', sheet: '', rect, data: values },
      { kind: 'numberFormat', sheet: '', rect, data: formats },
    ];
    for (const op of splitWrites(ops, budget)) {
      if (op.kind === 'fill') continue;
      steps.push({
        bytes: writeOpBytes(op),
        queue: (ws) => {
          const { top, left, bottom, right } = op.rect;
          const range = ws.getRangeByIndexes(top, left, bottom - top + 1, right - left + 1);
          if (op.kind === 'values') range.values = op.data;
          else range.numberFormat = op.data;
        },
      });
    }
    for (const c of spec.cells) {
      const settings = styleSettings(spec, c);
      if (!settings.length) continue;
      steps.push({
        bytes: RANGE_BYTES + settings.reduce((n, [, , v]) => n + COMMAND_BYTES + utf8Bytes(v), 0),
        queue: (ws) => applySettings(ws.getRangeByIndexes(c.row, c.col, 1, 1), settings),
      });
    }
  }
  for (const m of spec.merges) {
    steps.push({
      bytes: RANGE_BYTES + COMMAND_BYTES,
      queue: (ws) => ws.getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge(false),
    });
  }
  layoutSteps(spec, steps);
  chartSteps(spec, steps);
  return steps;
}

/** A cell style as the properties to set: [object, property, value]; object is 'font', 'fill', 'format' or a border edge. */
type Setting = [target: string, key: string, value: string | number | boolean];

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

function applySettings(range: Excel.Range, settings: Setting[]): void {
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
  spec.columnWidths.forEach((w, c) => {
    steps.push({
      bytes: RANGE_BYTES + COMMAND_BYTES,
      queue: (ws) => void (ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = columnWidthPoints(w)),
    });
  });
  for (const { row, height } of spec.rowHeights) {
    steps.push({
      bytes: RANGE_BYTES + COMMAND_BYTES,
      queue: (ws) => void (ws.getRangeByIndexes(row, 0, 1, 1).format.rowHeight = height),
    });
  }
  for (const r of spec.page.rowBreaks) {
    if (r > 0) steps.push({ bytes: RANGE_BYTES + COMMAND_BYTES, queue: (ws) => void ws.horizontalPageBreaks.add(`A${r + 1}`) });
  }
  steps.push({ bytes: RANGE_BYTES + 20 * COMMAND_BYTES + utf8Bytes(spec.page), queue: (ws) => pageSetup(ws, spec) });
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
    steps.push({ bytes: RANGE_BYTES + 30 * COMMAND_BYTES + utf8Bytes(data) + utf8Bytes(chart.title), queue: (ws) => writeChart(ws, chart, data, top, firstCol) });
    row += data.length + 1;
  }
  const hidden = `${columnLetters(firstCol)}:${columnLetters(lastCol)}`;
  steps.push({ bytes: RANGE_BYTES + COMMAND_BYTES, queue: (ws) => void (ws.getRange(hidden).columnHidden = true) });
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
