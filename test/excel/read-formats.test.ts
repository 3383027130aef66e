/**
 * A big workbook on Excel on the web: after the first cells, the cells come without their number formats, then only
 * the formats the engine reads (core/format-needs.ts). The engine must see the same workbook either way.
 */
import { layoutGrid } from '../../bench/generate';
import { detectTables } from '../../src/core/detect-tables';
import { recalculate } from '../../src/core/engine';
import { cellAddress } from '../../src/core/grid';
import { formatNeeds } from '../../src/core/format-needs';
import { createMemoryExcel } from '../../src/excel/memory';
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
