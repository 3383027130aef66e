/**
 * What the pane asks about before สร้างสรุปผล: our summary sheets in the workbook now, which the next summary
 * replaces (a sheet delete clears Excel's undo list). A user's own sheet named like a summary is not ours.
 */
import { createMemoryExcel } from '../../src/memory-excel';
import { ourSummaryNames } from '../../src/excel/our-summaries';
import { summarizeWorkbook } from '../../src/excel/workbook-actions';
import { seedGrid } from './workbooks';

test('none before the first summary; the one written after it; the user\'s "สรุปผล" sheet is never counted', async () => {
  const grid = seedGrid();
  grid.sheets.push({ ...grid.sheets[0], name: 'สรุปผล ของฉัน' });
  const excel = createMemoryExcel(grid);
  expect(await ourSummaryNames(excel.run)).toEqual([]);

  const first = await summarizeWorkbook(excel.run, {});
  expect(await ourSummaryNames(excel.run)).toEqual([first.sheetName]);

  const second = await summarizeWorkbook(excel.run, {});
  expect(second.replaced).toEqual([first.sheetName]);
  expect(await ourSummaryNames(excel.run)).toEqual([second.sheetName]);
  expect(excel.workbook.sheets.map((s) => s.name)).toContain('สรุปผล ของฉัน');
});
