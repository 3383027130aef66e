/**
 * Workbooks past Excel on the web's 5 MB per request and per response (found by bench/adapter-bench.ts): the
 * summary of 2,000 indicators, a summary with more cells than a call takes as arguments, and reading a
 * sheet whose merged areas and formula cells alone pass the response limit.
 */
import type { Grid, SheetGrid } from '../../src/core/grid';
import { planWrites, packWrites, type CellChange } from '../../src/excel/cell-writes';
import { createMemoryExcel } from '../../src/memory-excel';
import { readWorkbook } from '../../src/excel/read-grid';
import { summarizeWorkbook } from '../../src/excel/workbook-actions';
import { writeSheetSpec } from '../../src/excel/write-sheet-spec';
import { mixedGrid } from '../../bench/generate';
import type { SheetSpec } from '../../src/core/summary/sheet-spec';

const LIMIT = 5 * 1024 * 1024;
const max = (xs: number[]) => xs.reduce((a, b) => (b > a ? b : a), 0);

function summarySheet(excel: ReturnType<typeof createMemoryExcel>, name: string) {
  return excel.workbook.sheets.find((s) => s.name === name)!;
}

describe('สร้างสรุปผล on 6,000 indicator rows in Excel on the web', () => {
  test('the summary is written in several requests, none over 5 MB, the same sheet as in one request', async () => {
    // 2,000 rows now fit in one request of under 4 MB (styles go as address lists): 6,000 rows need several.
    const grid = mixedGrid(6_000);
    const web = createMemoryExcel(grid);
    const desktop = createMemoryExcel(grid, { payloadLimit: Infinity });
    const [a, b] = [await summarizeWorkbook(web.run), await summarizeWorkbook(desktop.run)];
    expect(a.sheetName).toBe(b.sheetName);
    expect(max(web.stats.requestBytes)).toBeLessThanOrEqual(LIMIT);
    expect(max(web.stats.responseBytes)).toBeLessThanOrEqual(LIMIT);
    // The desktop Excel took the summary in one writing request; the web one needed more.
    expect(web.stats.syncs).toBeGreaterThan(desktop.stats.syncs);
    const sheetA = summarySheet(web, a.sheetName);
    const sheetB = summarySheet(desktop, b.sheetName);
    expect(sheetA.rows.length).toBeGreaterThan(2_000);
    // Every cell's value, format and style, the merges and layout: the same as written in one go (the style
    // properties set in another order where the rows were cut into other bands).
    expect(sheetA.rows).toEqual(sheetB.rows);
    expect(sheetA.merges).toEqual(sheetB.merges);
    expect(sheetA.layout).toEqual(sheetB.layout);
    const active = web.workbook.sheets.find((s) => s.id === web.workbook.activeSheetId)!;
    expect(active.name).toBe(a.sheetName);
  }, 60_000);
});

describe('no call-stack overflow on very large lists', () => {
  test('a summary of 250,000 cells is written (values and formats as given)', async () => {
    const cells: SheetSpec['cells'] = [];
    for (let r = 0; r < 50_000; r++) {
      for (let c = 0; c < 5; c++) cells.push({ row: r, col: c, value: c === 0 ? `ตัวชี้วัด ${r + 1}` : r * 5 + c, numberFormat: c ? '#,##0' : undefined });
    }
    const spec: SheetSpec = {
      version: 1 as SheetSpec['version'],
      name: 'สรุปผล',
      markerName: '_kpi_progress_summary_test',
      font: { name: 'TH SarabunPSK', size: 16 },
      fallbackFont: 'Laksaman',
      cells,
      merges: [],
      columnWidths: [40, 12, 12, 12, 12],
      rowHeights: [],
      page: {
        orientation: 'portrait',
        fitToWidth: 1,
        fitToHeight: 0,
        margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
        centerHorizontally: true,
        printTitleRows: null,
        footer: null,
        rowBreaks: [],
      } as unknown as SheetSpec['page'],
      showGridlines: false,
      frozenRows: 1,
      charts: [],
    };
    const excel = createMemoryExcel({ sheets: [{ name: 'Sheet1', values: [['x']], merges: [] }] } as Grid);
    const out = await writeSheetSpec(excel.run, spec);
    expect(excel.value(out.sheetName, 'A50000')).toBe('ตัวชี้วัด 50000');
    expect(excel.value(out.sheetName, 'E50000')).toBe(49_999 * 5 + 4);
    expect(excel.cell(out.sheetName, 'E50000')?.numberFormat).toBe('#,##0');
    expect(max(excel.stats.requestBytes)).toBeLessThanOrEqual(LIMIT);
  }, 60_000);

  test('250,000 changed cells in one band become rectangles that fit the budget', () => {
    const changes: CellChange[] = [];
    for (let r = 0; r < 250_000; r++) changes.push({ sheet: 'S', row: r, col: 3 + (r % 2), value: r });
    const syncs = packWrites(planWrites(changes));
    const values = syncs.flat().filter((op) => op.kind === 'values');
    expect(values[0].rect).toMatchObject({ top: 0, left: 3, right: 4 });
    expect(values[values.length - 1].rect).toMatchObject({ bottom: 249_999, left: 3, right: 4 });
    expect(values.reduce((n, op) => n + op.rect.bottom - op.rect.top + 1, 0)).toBe(250_000);
  });
});

describe('reading a sheet whose merged areas and formula cells pass the response limit', () => {
  test('every merge and formula cell is read, the used ranges answered apart from them', async () => {
    const rows = 20_000;
    const values: SheetGrid['values'] = [];
    const formulas: boolean[][] = [];
    const merges: SheetGrid['merges'] = [];
    for (let r = 0; r < rows; r++) {
      values.push([`ชื่อตัวชี้วัดที่ ${r + 1}`, null, r, r * 2]);
      formulas.push([false, false, false, true]);
      if (r % 2 === 0) merges!.push({ top: r, left: 0, bottom: r + 1, right: 1 });
    }
    const grid: Grid = { sheets: [{ name: 'แบบรายงานตัวชี้วัดระดับกรม', values, formulas, merges }] };
    // A 300 KB limit stands for the 5 MB one: the addresses alone (~10,000 merges, 20,000 formula rows) pass it.
    const limit = 300_000;
    const excel = createMemoryExcel(grid, { payloadLimit: limit });
    // Before: the one sync answering every merged area and formula address was refused (over the limit).
    // A block refused as too large is read again in halves (reads change nothing), so the read always ends.
    const index = await readWorkbook(excel.run);
    const sheet = index.grid.sheets[0];
    const key = (m: { top: number; left: number; bottom: number; right: number }) => `${m.top}:${m.left}:${m.bottom}:${m.right}`;
    expect(sheet.merges!.map(key).sort()).toEqual(merges!.map(key).sort());
    let formulaCells = 0;
    sheet.formulas!.forEach((row) => row?.forEach((f, c) => f && (expect(c).toBe(3), formulaCells++)));
    expect(formulaCells).toBe(rows);
    expect(sheet.values[rows - 1][0]).toBe(`ชื่อตัวชี้วัดที่ ${rows}`);
    // Sheets and names, used ranges (a few bytes), then the cells: the merges and formulas ride with them.
    expect(excel.stats.responseBytes[1]).toBeLessThan(1_000);
  }, 60_000);
});
