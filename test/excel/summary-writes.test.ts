/**
 * The summary sheet written in rectangles of one style (write-sheet-spec.ts) is, cell for cell, the sheet written
 * one cell at a time the plain way (`writeCellByCell` below: every cell its own value, format, font, fill,
 * alignment and four borders; every merge, width and height its own command), in far fewer request bytes.
 */
import type { Grid } from '../../src/core/grid';
import { renderSummary } from '../../src/core/summary/render-summary';
import { columnWidthPoints, type CellSpec, type SheetSpec } from '../../src/core/summary/sheet-spec';
import { officeValue } from '../../src/excel/cell-writes';
import { createMemoryExcel, type MemSheet, type MemoryExcel } from '../../src/memory-excel';
import { recalcWorkbookDetailed } from '../../src/excel/workbook-actions';
import { writeSheetSpec } from '../../src/excel/write-sheet-spec';
import { mixedGrid } from '../../bench/generate';
import { seedGrid } from './workbooks';

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right', justify: 'Justify', centerContinuous: 'CenterAcrossSelection' };
const VERTICAL = { top: 'Top', middle: 'Center', bottom: 'Bottom' };
const WEIGHT = { hair: 'Hairline', thin: 'Thin', medium: 'Medium', double: 'Thick' };
const EDGES = { top: 'EdgeTop', bottom: 'EdgeBottom', left: 'EdgeLeft', right: 'EdgeRight' } as const;

/** One cell's look, set on its own 1×1 range. */
function styleCell(range: Excel.Range, spec: SheetSpec, c: CellSpec): void {
  const font = range.format.font;
  const f = c.font;
  if (f?.name && f.name !== spec.font.name) font.name = f.name;
  if (f?.size && f.size !== spec.font.size) font.size = f.size;
  if (f?.bold) font.bold = true;
  if (f?.italic) font.italic = true;
  if (f?.underline) font.underline = 'Single' as Excel.RangeUnderlineStyle;
  if (f?.color) font.color = `#${f.color}`;
  if (c.fill) range.format.fill.color = `#${c.fill}`;
  const a = c.alignment;
  if (a?.horizontal) range.format.horizontalAlignment = HORIZONTAL[a.horizontal] as Excel.HorizontalAlignment;
  if (a?.vertical) range.format.verticalAlignment = VERTICAL[a.vertical] as Excel.VerticalAlignment;
  if (a?.wrap) range.format.wrapText = true;
  if (a?.indent) range.format.indentLevel = a.indent;
  for (const key of ['top', 'bottom', 'left', 'right'] as const) {
    const e = c.border?.[key];
    if (!e) continue;
    const border = range.format.borders.getItem(EDGES[key] as Excel.BorderIndex);
    border.style = (e.style === 'double' ? 'Double' : 'Continuous') as Excel.BorderLineStyle;
    border.weight = WEIGHT[e.style] as Excel.BorderWeight;
    border.color = `#${e.color ?? '000000'}`;
  }
}

/** The summary's cells, merges, widths and heights written the plain way, one command per thing, in one sync. */
async function writeCellByCell(excel: MemoryExcel, spec: SheetSpec): Promise<MemSheet> {
  await excel.run(async (context) => {
    const ws = context.workbook.worksheets.add('แบบทีละเซลล์');
    ws.getRange().format.font.name = spec.font.name;
    ws.getRange().format.font.size = spec.font.size;
    for (const c of spec.cells) {
      const range = ws.getRangeByIndexes(c.row, c.col, 1, 1);
      range.values = [[officeValue(c.value)]];
      if (c.numberFormat) range.numberFormat = [[c.numberFormat]];
      styleCell(range, spec, c);
    }
    for (const m of spec.merges) ws.getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge(false);
    spec.columnWidths.forEach((w, c) => (ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = columnWidthPoints(w)));
    for (const h of spec.rowHeights) ws.getRangeByIndexes(h.row, 0, 1, 1).format.rowHeight = h.height;
    await context.sync();
  });
  return excel.workbook.sheets.find((s) => s.name === 'แบบทีละเซลล์')!;
}

/** What a reader sees of the summary's own columns (the charts' data, hidden further right, left out). */
function looks(sheet: MemSheet, spec: SheetSpec) {
  let cols = spec.columnWidths.length;
  for (const c of spec.cells) cols = Math.max(cols, c.col + 1);
  for (const m of spec.merges) cols = Math.max(cols, m.right + 1);
  const cells: Record<string, unknown> = {};
  sheet.rows.forEach((row, r) => row?.forEach((cell, c) => c < cols && cell && (cells[`${r},${c}`] = cell)));
  const key = (m: { top: number; left: number }) => m.top * 100 + m.left;
  return {
    cells,
    merges: [...sheet.merges].sort((a, b) => key(a) - key(b)),
    columnWidths: sheet.columnWidths,
    rowHeights: sheet.rowHeights,
    sheetFont: sheet.sheetFont,
  };
}

async function summarySpec(grid: Grid, payloadLimit?: number): Promise<{ spec: SheetSpec; excel: MemoryExcel }> {
  const excel = createMemoryExcel(grid, { payloadLimit });
  const { report, index } = await recalcWorkbookDetailed(excel.run);
  return { spec: renderSummary(report, { sheetNames: index.sheetNames }), excel };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('the summary written in rectangles of one style', () => {
  test.each([
    ['the seed workbook', () => seedGrid(), undefined],
    ['a workbook of 600 indicator rows in the four layouts', () => mixedGrid(600), undefined],
    // A small payload limit cuts the sheet into many bands of rows, and its tables' rectangles at their edges.
    ['600 indicator rows written in requests of at most 100 KB', () => mixedGrid(600), 100_000],
  ])('%s: every cell, merge, width and height as written cell by cell', async (_name, grid, payloadLimit) => {
    const { spec, excel } = await summarySpec(grid(), payloadLimit);
    const plain = createMemoryExcel({ sheets: [{ name: 'ว่าง', values: [], merges: [] }] }, { payloadLimit: Infinity });
    const expected = looks(await writeCellByCell(plain, spec), spec);

    excel.resetStats();
    const { sheetName } = await writeSheetSpec(excel.run, spec);
    const written = looks(excel.workbook.sheets.find((s) => s.name === sheetName)!, spec);

    expect(Object.keys(written.cells).length).toBe(Object.keys(expected.cells).length);
    expect(written).toEqual(expected);
    // Borders were really drawn (the comparison is not of two empty sheets).
    expect(Object.values(written.cells).some((c) => (c as { style?: { borders?: object } }).style?.borders)).toBe(true);
    // Far fewer bytes than one command per cell property, and no request over the limit.
    expect(sum(excel.stats.requestBytes)).toBeLessThan(sum(plain.stats.requestBytes) / 3);
    expect(Math.max(...excel.stats.requestBytes)).toBeLessThanOrEqual(payloadLimit ?? 5 * 1024 * 1024);
    if (payloadLimit) expect(excel.stats.syncs).toBeGreaterThan(5);
  }, 60_000);
});

describe("the in-memory Excel's borders of a range, as Excel draws them", () => {
  test('outer edges run along the range, inside edges between its cells', async () => {
    const excel = createMemoryExcel({ sheets: [{ name: 'ตาราง', values: [], merges: [] }] });
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('ตาราง').getRange('B2:C4');
      range.format.borders.getItem('EdgeTop').style = 'Continuous';
      range.format.borders.getItem('EdgeRight').style = 'Continuous';
      range.format.borders.getItem('InsideHorizontal').weight = 'Thin';
      range.format.borders.getItem('InsideVertical').color = '#FF0000';
      await context.sync();
    });
    const edges = (a: string) => excel.cell('ตาราง', a)?.style?.borders ?? {};
    expect(edges('B2')).toEqual({ EdgeTop: { style: 'Continuous' }, EdgeBottom: { weight: 'Thin' }, EdgeRight: { color: '#FF0000' } });
    expect(edges('C3')).toEqual({
      EdgeRight: { style: 'Continuous' },
      EdgeTop: { weight: 'Thin' },
      EdgeBottom: { weight: 'Thin' },
      EdgeLeft: { color: '#FF0000' },
    });
    expect(edges('B4')).toEqual({ EdgeTop: { weight: 'Thin' }, EdgeRight: { color: '#FF0000' } });
    expect(excel.cell('ตาราง', 'A1')).toBeUndefined();
    expect(excel.cell('ตาราง', 'D3')).toBeUndefined();
  });
});
