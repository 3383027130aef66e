/**
 * Excel on the web, a big workbook: after the first cells, the cells come without their number formats and then only
 * the formats the engine reads (core/format-needs.ts). A result typed as a percentage (0.85 shown as 85 %) far down a
 * table must still be read as 85, not 0.85: every row of a table's number columns has its format read.
 */
import { layoutGrid } from '../../bench/generate';
import { recalculate } from '../../src/core/engine';
import type { Grid } from '../../src/core/grid';
import { createMemoryExcel } from '../../src/memory-excel';
import { readGrid } from '../../src/excel/read-grid';
import { recalcWorkbookDetailed } from '../../src/excel/workbook-actions';
import { cellAddress } from '../../src/core/address';

const RESULT_ROW = 700; // a ผล row of the A form (rows 3 + 2i are แผน, the next ผล), past the 500 style-sample rows
const Q1 = 5;
// A limit at which the first cells read with their formats end before row 700 (the cells after come without).
const LIMIT = 330_000;
const PLAIN = '[$-D01041E]#,##0.00;[Red]-[$-D01041E]#,##0.00';

function workbook(percentFormat: boolean): Grid {
  const grid = layoutGrid('A', 3_000);
  const sheet = grid.sheets[0];
  // The indicator at rows 699–700: a plan of 100 in the first quarter, a result typed as 85 % (stored 0.85).
  sheet.values[RESULT_ROW - 1][Q1] = 100;
  sheet.values[RESULT_ROW][Q1] = 0.85;
  // A column the engine never looks at (the plan's name) has a format on every row: formats weigh, as in real files.
  sheet.formats = sheet.values.map(() => [PLAIN]);
  if (percentFormat) sheet.formats[RESULT_ROW][Q1] = '0%';
  return grid;
}

const near = (edits: { row: number }[]) => edits.filter((e) => Math.abs(e.row - RESULT_ROW) <= 1);

test('web: a %-formatted result at row 700 of a 3,000-row table is read with its format, its figures as from 85', async () => {
  const grid = workbook(true);
  const expected = near(recalculate(grid).edits.toArray());
  // The format matters here: read as 0.85 the indicator's figures differ.
  expect(near(recalculate(workbook(false)).edits.toArray())).not.toEqual(expected);

  const excel = createMemoryExcel(grid, { host: 'web', payloadLimit: LIMIT });
  const read = await readGrid(excel.run);
  // The formats did come after the cells: most of the never-read column's were left unread.
  expect(read.sheets[0].formats!.filter((row) => row?.[0] === PLAIN).length).toBeLessThan(grid.sheets[0].values.length / 2);
  expect(read.sheets[0].formats?.[RESULT_ROW]?.[Q1]).toBe('0%');
  expect(near(recalculate(read).edits.toArray())).toEqual(expected);

  // Written through the adapter: the cells the command line would write.
  const again = createMemoryExcel(grid, { host: 'web', payloadLimit: LIMIT });
  await recalcWorkbookDetailed(again.run);
  expect(expected.length).toBeGreaterThan(0);
  for (const e of expected as { sheet: string; row: number; col: number; value: unknown }[]) {
    expect([cellAddress(e.row, e.col), again.value(e.sheet, cellAddress(e.row, e.col))]).toEqual([cellAddress(e.row, e.col), e.value]);
  }
});
