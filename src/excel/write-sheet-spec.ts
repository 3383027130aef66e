/**
 * Renders the summary's SheetSpec (src/core/summary/sheet-spec.ts) into the workbook through Office.js, charts
 * included, replacing the summary we made before (never a user's sheet). Two syncs: one to read the sheet and name
 * lists, one with every write (the summary is a few hundred cells).
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
  type BorderEdge,
  type CellSpec,
  type ChartSpec,
  type SheetSpec,
} from '../core/summary/sheet-spec';
import { officeValue } from './cell-writes';
import { mapped } from './errors';
import type { ExcelRun } from './excel-run';
import { summarySheets } from './own-sheets';

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

      context.application.suspendApiCalculationUntilNextSync();
      // Our marker names go first (a name left on a deleted sheet turns into #REF!), then our sheets.
      for (const n of names.items) if (n.name.startsWith(SUMMARY_NAME_PREFIX)) n.delete();
      for (const name of replaced) context.workbook.worksheets.getItem(name).delete();

      const ws = context.workbook.worksheets.add(sheetName);
      writeCells(ws, spec);
      writeLayout(ws, spec);
      writeCharts(ws, spec);
      context.workbook.names.add(spec.markerName, ws.getRange('A1'));
      ws.activate();
      ws.getRange('A1').select();
      await context.sync();
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

function writeCells(ws: Excel.Worksheet, spec: SheetSpec): void {
  const whole = ws.getRange();
  whole.format.font.name = spec.font.name;
  whole.format.font.size = spec.font.size;
  if (!spec.cells.length) return;
  const rows = Math.max(...spec.cells.map((c) => c.row)) + 1;
  const cols = Math.max(...spec.cells.map((c) => c.col)) + 1;
  const values: (string | number | null)[][] = Array.from({ length: rows }, () => new Array(cols).fill(null));
  const formats: (string | null)[][] = Array.from({ length: rows }, () => new Array(cols).fill(null));
  for (const c of spec.cells) {
    values[c.row][c.col] = officeValue(c.value) as string | number;
    if (c.numberFormat) formats[c.row][c.col] = c.numberFormat;
  }
  const block = ws.getRangeByIndexes(0, 0, rows, cols);
  block.values = values;
  block.numberFormat = formats;
  for (const c of spec.cells) styleCell(ws.getRangeByIndexes(c.row, c.col, 1, 1), spec, c);
  for (const m of spec.merges) ws.getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge(false);
}

function styleCell(range: Excel.Range, spec: SheetSpec, c: CellSpec): void {
  const f = c.font;
  if (f) {
    if (f.name && f.name !== spec.font.name) range.format.font.name = f.name;
    if (f.size && f.size !== spec.font.size) range.format.font.size = f.size;
    if (f.bold) range.format.font.bold = true;
    if (f.italic) range.format.font.italic = true;
    if (f.underline) range.format.font.underline = 'Single';
    if (f.color) range.format.font.color = `#${f.color}`;
  }
  if (c.fill) range.format.fill.color = `#${c.fill}`;
  const a = c.alignment;
  if (a) {
    if (a.horizontal) range.format.horizontalAlignment = HORIZONTAL[a.horizontal];
    if (a.vertical) range.format.verticalAlignment = VERTICAL[a.vertical];
    if (a.wrap) range.format.wrapText = true;
    if (a.indent) range.format.indentLevel = a.indent;
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
      if (e) setBorder(range.format.borders.getItem(edge as Excel.BorderIndex), e);
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

function setBorder(border: Excel.RangeBorder, e: BorderEdge): void {
  border.style = (e.style === 'double' ? 'Double' : 'Continuous') as Excel.BorderLineStyle;
  border.weight = ({ hair: 'Hairline', thin: 'Thin', medium: 'Medium', double: 'Thick' } as const)[e.style] as Excel.BorderWeight;
  border.color = `#${e.color ?? '000000'}`;
}

function writeLayout(ws: Excel.Worksheet, spec: SheetSpec): void {
  spec.columnWidths.forEach((w, c) => {
    ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = columnWidthPoints(w);
  });
  for (const { row, height } of spec.rowHeights) ws.getRangeByIndexes(row, 0, 1, 1).format.rowHeight = height;
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
  for (const r of p.rowBreaks) if (r > 0) ws.horizontalPageBreaks.add(`A${r + 1}`);
}

/** Each chart's data goes in hidden columns right of the summary; the chart plots hidden cells. */
function writeCharts(ws: Excel.Worksheet, spec: SheetSpec): void {
  if (!spec.charts.length) return;
  const used = Math.max(spec.columnWidths.length, ...spec.cells.map((c) => c.col + 1), ...spec.merges.map((m) => m.right + 1));
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
    const source = ws.getRangeByIndexes(row, firstCol, data.length, cols);
    source.values = data;
    lastCol = Math.max(lastCol, firstCol + cols - 1);
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
    row += data.length + 1;
  }
  ws.getRange(`${columnLetters(firstCol)}:${columnLetters(lastCol)}`).columnHidden = true;
}
