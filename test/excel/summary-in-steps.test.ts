/**
 * สร้างสรุปผล on a big workbook lays the summary out a step at a time and writes it in many requests: the same
 * sheet as in one go, the event loop free between layout steps (the task pane repaints and answers clicks), and a
 * progress bar that keeps moving through the layout and the writing, never backwards.
 */
import { mixedGrid } from '../../bench/generate';
import { recalculate } from '../../src/core/engine';
import { renderSummary, summaryRendering } from '../../src/core/summary/render-summary';
import { createMemoryExcel } from '../../src/memory-excel';
import { inSteps } from '../../src/excel/in-steps';
import { summarizeWorkbook } from '../../src/excel/workbook-actions';
import { turnsDuring } from './event-loop-turns';

// Big enough that the summary is written in several requests (the summary got shorter per indicator: two-line names).
const grid = mixedGrid(12_000);

test('the summary laid out in steps is the one laid out in one go, and other work runs between the steps', async () => {
  const { report } = recalculate(grid);
  const fractions: number[] = [];
  const { result: stepped, turns } = await turnsDuring(() => inSteps(summaryRendering(report), (f) => fractions.push(f)));
  const whole = renderSummary(report);
  expect(stepped.cells.length).toBeGreaterThan(50_000);
  expect(stepped).toEqual(whole);
  // 6,000 indicators (a table row and a paragraph each), 2,000 budget lines, the behind list and the warnings:
  // more than five steps of SUMMARY_STEP.
  expect(fractions.length).toBeGreaterThanOrEqual(5);
  expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  expect(fractions[fractions.length - 1]).toBeLessThanOrEqual(1);
  expect(turns).toBeGreaterThanOrEqual(fractions.length - 1);
});

test('สร้างสรุปผล in Excel on the web: the progress bar moves while the summary is laid out and while it is written', async () => {
  const excel = createMemoryExcel(grid);
  const percents: number[] = [];
  const outcome = await summarizeWorkbook(excel.run, {}, (done) => percents.push(done));
  expect(excel.workbook.sheets.some((s) => s.name === outcome.sheetName)).toBe(true);
  expect([...percents].sort((a, b) => a - b)).toEqual(percents);
  expect(percents[percents.length - 1]).toBe(100);
  // Recalculating ends at 45; the layout moves the bar between 45 and 55, the writes between 55 and 100.
  const layout = new Set(percents.filter((p) => p > 45 && p < 55));
  const writing = new Set(percents.filter((p) => p > 55 && p < 100));
  expect(layout.size).toBeGreaterThanOrEqual(2);
  expect(writing.size).toBeGreaterThanOrEqual(3);
});
