/**
 * The summary's charts: each chart's data goes in hidden columns right of the summary, and the chart plots hidden
 * cells (plotVisibleOnly, ExcelApi 1.8), so nothing extra shows or prints. Charts 1.1.
 */
import type { ChartSpec, SheetSpec } from '../core/summary/sheet-spec';
import { columnLetters } from '../core/address';
import { arrayWriteBytes, OFFICE_COST, utf8Bytes } from '../core/office-plan/payload';
import { officeValue } from './cell-writes';
import type { Step } from './write-sheet-spec';

const { range: RANGE, object: OBJECT, action: ACTION } = OFFICE_COST;

const CHART_TYPES: Record<ChartSpec['type'], string> = {
  line: 'LineMarkers',
  columnClustered: 'ColumnClustered',
  barClustered: 'BarClustered',
  pie: 'Pie',
};

/** Each chart's data goes in hidden columns right of the summary; the chart plots hidden cells. */
export function chartSteps(spec: SheetSpec, steps: Step[]): void {
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
