/**
 * A big workbook on Excel on the web: after the first cells, the cells come without their number formats, then only
 * the formats the engine reads (core/format-needs.ts). The engine must see the same workbook either way.
 */
import { layoutGrid } from '../../bench/generate';
import { detectTables } from '../../src/core/detect-tables';
import { recalculate } from '../../src/core/engine';
import { cellAddress } from '../../src/core/address';
import { formatNeeds } from '../../src/core/format-needs';
import { createMemoryExcel } from '../../src/memory-excel';
import { OFFICE_COST } from '../../src/core/office-plan/payload';
import { nextFormatBatch } from '../../src/core/office-plan/format-plan';
import { readGrid } from '../../src/excel/read-grid';
import { restoreLastRun } from '../../src/excel/undo-snapshot';
import { recalcWorkbookDetailed } from '../../src/excel/workbook-actions';
import { cellMap, cellMapWhereRead, changedKeys } from './workbooks';

// A long format on the output cells only, and only past the rows read first (with their formats): the guess of
// what the formats weigh, made on those rows, is short, so the first sync of them is refused and read in halves.
const LONG = '[$-D01041E]#,##0.00;[Red]-[$-D01041E]#,##0.00;"-";@" (ร้อยละ)"';

test('output cells with long formats past the budget: read again in halves, every one read', async () => {
  const grid = layoutGrid('C', 3_000);
  const sheet = grid.sheets[0];
  const [table] = detectTables(sheet);
  const outputs = [table.columns.total!, table.columns.percent!];
  sheet.formats = sheet.values.map((_, r) => {
    const row: (string | undefined)[] = [];
    if (r > 1_500) for (const c of outputs) row[c] = LONG; // past the first cells read, with their formats
    return row;
  });
  const limit = 150_000;
  const excel = createMemoryExcel(grid, { payloadLimit: limit });
  const read = await readGrid(excel.run);
  const needs = formatNeeds(grid);
  expect(changedKeys(cellMapWhereRead(grid, needs), cellMapWhereRead(read, needs))).toEqual([]);
  expect(read.sheets[0].formats?.[2_000]?.[outputs[1]]).toBe(LONG);
  expect(excel.stats.responseBytes.some((b) => b > limit)).toBe(true); // a refused sync, read again
  expect(recalculate(read).edits.toArray()).toEqual(recalculate(grid).edits.toArray());
});

test('status words typed in Text cells of a big table: replaced by the right words with no apostrophe, and put back', async () => {
  const grid = layoutGrid('A', 3_000);
  const sheet = grid.sheets[0];
  // Every result cell holding a hand-written status word is formatted as Text ('@'), as many offices do.
  // A column the engine never looks at (the sequence) has a format of its own on every row.
  sheet.formats = sheet.values.map((row) =>
    row.map((v, c) => (typeof v === 'string' && v.includes('(') && v.includes('แผน') ? '@' : c === 0 ? '0' : undefined)),
  );
  const excel = createMemoryExcel(grid, { payloadLimit: 400_000 }); // a limit at which formats are read after the cells
  const before = cellMap(excel.toGrid());
  const outcome = await recalcWorkbookDetailed(excel.run);
  const seqFormats = outcome.index.grid.sheets[0].formats!.filter((row) => row?.[0] === '0').length;
  expect(seqFormats).toBeLessThan(sheet.values.length / 2); // the read left most of them unread
  const words = outcome.edits.toArray().filter((e) => e.reason === 'status-word');
  expect(words.length).toBeGreaterThan(100);
  for (const e of words) expect([cellAddress(e.row, e.col), excel.value(e.sheet, cellAddress(e.row, e.col))]).toEqual([cellAddress(e.row, e.col), e.value]);
  await restoreLastRun(excel.run);
  expect(changedKeys(before, cellMap(excel.toGrid()))).toEqual([]);
});

test("formats of thousands of output areas: a sync holds as many areas as its request takes and as many formats as its response takes", () => {
  const budget = 4_000_000;
  const perRange = OFFICE_COST.range + OFFICE_COST.action; // what Office.js sends for a range's numberFormat load
  // 8,000 areas of two rows and three columns (a big workbook's output cells), 40 bytes of format a cell: 2.8 MB of
  // request and 2 MB of response. Each is under the budget, so one sync; counted together they were two.
  const areas = Array.from({ length: 8_000 }, (_, i) => ({ top: 5 + 4 * i, rows: 2, cols: 3 }));
  const one = nextFormatBatch(areas, budget, 40);
  expect(one.batch).toHaveLength(8_000);
  expect(one.rest).toEqual([]);
  expect(8_000 * perRange).toBeGreaterThan(budget * 0.5);

  // More areas than a request takes: the sync stops at the request's budget, and the next starts where it stopped.
  const many = Array.from({ length: 20_000 }, (_, i) => ({ top: 5 + 4 * i, rows: 2, cols: 3 }));
  const first = nextFormatBatch(many, budget, 40);
  expect(first.batch.length * perRange).toBeLessThanOrEqual(budget);
  expect(first.batch.length + first.rest.length).toBe(20_000);
  expect(first.rest[0]).toEqual(many[first.batch.length]);

  // Long areas: the response's budget cuts one of them by rows, and no row is lost or read twice.
  const long = [{ top: 0, rows: 20_000, cols: 3 }, { top: 70_000, rows: 60_000, cols: 3 }];
  const cut = nextFormatBatch(long, budget, 40);
  const rowsRead = cut.batch.reduce((n, p) => n + p.rows, 0);
  expect(rowsRead * 3 * 40).toBeLessThanOrEqual(budget);
  expect(rowsRead).toBeGreaterThan(budget / (3 * 40) - 10);
  expect(cut.rest[0].top).toBe(70_000 + cut.batch[1].rows);
  expect(rowsRead + cut.rest.reduce((n, p) => n + p.rows, 0)).toBe(80_000);
});
