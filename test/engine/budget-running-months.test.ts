/**
 * Months to date with สะสม only in the title and no total typed (test/fixtures/budget-office-periods.ts
 * runningInTitleWorkbook): added up, row 5's months would be 2,580,000 of a 1,000,000 allocation (258 %). Only running
 * totals fit under the allocation, so the last month is what is disbursed: 700,000 (70.00) and 300,000 (75.00).
 */
import { runningInTitleWorkbook } from '../fixtures/budget-office-periods';
import { recalcWorkbook, shown, type RecalcRun } from '../helpers/workbook-files';

let r: RecalcRun;
beforeAll(async () => {
  r = await recalcWorkbook(runningInTitleWorkbook(), 'running-in-title.xlsx');
});

test('P and Q hold the last month to date and its percent, not the months added up', () => {
  const ws = r.out.getWorksheet('สะสม')!;
  expect(['P5', 'Q5', 'P6', 'Q6'].map((a) => shown(ws, a))).toEqual([700_000, 70, 300_000, 75]);
  expect(r.json.budget.map((b) => [b.row, b.disbursed, b.percent])).toEqual([
    [5, 700_000, 70],
    [6, 300_000, 75],
  ]);
  expect(r.changed.filter((a) => !/![PQ][56]$/.test(a))).toEqual([]);
});
