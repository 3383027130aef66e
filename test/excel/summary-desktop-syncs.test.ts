/**
 * The scale contract for สร้างสรุปผล on Excel for Windows and Mac (issue 15): the summary's writes go in one sync
 * at any size the product is measured at (100 to 100,000 indicator rows), so the action's syncs do not grow with the
 * workbook. Planned only (summaryBatches, no Excel): the request bytes grow linearly with the rows, so two sizes the
 * test can afford give the bytes a row, and 100,000 rows at that rate must still fit the desktop's one sync.
 */
import { mixedGrid } from '../../bench/generate';
import { recalculate } from '../../src/core/engine';
import { WRITE_BUDGET } from '../../src/core/office-plan/payload';
import { renderSummary } from '../../src/core/summary/render-summary';
import { DESKTOP_BUDGET } from '../../src/excel/requirements';
import { summaryBatches } from '../../src/excel/write-sheet-spec';

function planned(rows: number, budget: number) {
  const spec = renderSummary(recalculate(mixedGrid(rows), {}).report);
  const batches = summaryBatches(spec, budget);
  const bytes = batches.flat().reduce((n, step) => n + step.bytes, 0);
  return { batches: batches.length, bytes, cells: spec.cells.length };
}

test('on Excel for Windows and Mac the summary of 100 to 100,000 indicator rows is written in one sync', () => {
  const sizes = [100, 2_000, 8_000];
  const plans = sizes.map((rows) => planned(rows, DESKTOP_BUDGET));
  for (const p of plans) expect(p.batches).toBe(1);
  const [, small, large] = plans;
  expect(large.cells).toBeGreaterThan(small.cells * 3.5);
  const perRow = (large.bytes - small.bytes) / (8_000 - 2_000);
  const at100k = large.bytes + perRow * (100_000 - 8_000);
  // One sync holds the writes and the sync's own setup (the sheet, the marker name): 20 KB.
  expect(at100k).toBeLessThan(DESKTOP_BUDGET - 20_000);
  // Room to spare: a summary a tenth longer (group headings, longer names) still fits.
  expect(at100k * 1.1).toBeLessThan(DESKTOP_BUDGET);
});

test('on Excel on the web the same summary goes in syncs of at most 4 MB, as many as its bytes need', () => {
  const { batches, bytes } = planned(8_000, WRITE_BUDGET);
  expect(batches).toBeGreaterThan(1);
  expect(batches).toBeLessThanOrEqual(Math.ceil(bytes / (WRITE_BUDGET * 0.85)));
  const spec = renderSummary(recalculate(mixedGrid(8_000), {}).report);
  for (const batch of summaryBatches(spec, WRITE_BUDGET)) {
    expect(batch.reduce((n, step) => n + step.bytes, 0)).toBeLessThanOrEqual(WRITE_BUDGET);
  }
});
