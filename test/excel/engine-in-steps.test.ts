/**
 * A big workbook computes a step at a time: the same answer as in one go, progress that moves, and the event loop
 * free between steps (the task pane repaints and answers clicks).
 */
import { mixedGrid } from '../../bench/generate';
import { recalculate } from '../../src/core/engine';
import { recalculateInSteps } from '../../src/excel/engine-in-steps';
import { createMemoryExcel } from '../../src/memory-excel';
import { recalcWorkbookDetailed } from '../../src/excel/workbook-actions';
import { turnsDuring } from './event-loop-turns';

const grid = mixedGrid(24_000);

test('the same edits and report as in one go, with progress that only moves forward', async () => {
  const fractions: number[] = [];
  const { result: stepped, turns } = await turnsDuring(() => recalculateInSteps(grid, {}, (f) => fractions.push(f)));
  const whole = recalculate(grid);
  expect(stepped.edits.toArray()).toEqual(whole.edits.toArray());
  expect(stepped.report).toEqual(whole.report);
  // 4 sheets found, then about 18,000 indicators and lines in steps of 5,000.
  expect(fractions.filter((f) => f > 0).length).toBeGreaterThanOrEqual(3);
  expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  expect(Math.max(...fractions)).toBeLessThanOrEqual(1);
  // Other work ran between the steps: run in one go, it would not have run before the end.
  expect(turns).toBeGreaterThanOrEqual(fractions.length - 1);
});

test('คำนวณความก้าวหน้า on a big workbook: the progress bar moves while the engine computes, between reading and writing', async () => {
  const excel = createMemoryExcel(grid);
  const percents: number[] = [];
  await recalcWorkbookDetailed(excel.run, {}, (done) => percents.push(done));
  const computing = percents.filter((p) => p > 55 && p < 70);
  expect(computing.length).toBeGreaterThanOrEqual(2);
  expect([...percents].sort((a, b) => a - b)).toEqual(percents);
  expect(percents[percents.length - 1]).toBe(100);
});
