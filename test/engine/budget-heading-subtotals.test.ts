/**
 * แผนงาน rows that carry their projects' sums above them (test/fixtures/budget-office-totals.ts headingSubtotalsWorkbook),
 * and a รวมทั้งสิ้น typed right: 4,000,000 allocated, 1,500,000 disbursed. The แผนงาน rows are subtotals, not lines:
 * counted as lines, รวมทั้งสิ้น was "corrected" to 8,000,000 and 3,000,000.
 */
import { equalHalvesWorkbook, headingSubtotalsWorkbook } from '../fixtures/budget-office-totals';
import { recalcWorkbook, shown, type RecalcRun } from '../helpers/workbook-files';

let r: RecalcRun;
beforeAll(async () => {
  r = await recalcWorkbook(headingSubtotalsWorkbook(), 'heading-subtotals.xlsx');
});

test('รวมทั้งสิ้น keeps its typed 4,000,000 and 1,500,000, with no warning; its remaining 2,500,000 and 37.50 are written', () => {
  const ws = r.out.getWorksheet('แผนงาน')!;
  expect(['B9', 'C9', 'D9', 'E9'].map((a) => shown(ws, a))).toEqual([4_000_000, 1_500_000, 2_500_000, 37.5]);
  expect(r.json.warnings).toEqual([]);
});

test('every row, the แผนงาน rows too, gets its own remaining and percent; nothing typed changes', () => {
  const ws = r.out.getWorksheet('แผนงาน')!;
  expect(['D4', 'E4', 'D5', 'E5', 'D7', 'E7'].map((a) => shown(ws, a))).toEqual([2_000_000, 33.33, 1_400_000, 30, 500_000, 50]);
  expect(r.changed.filter((a) => !/![DE][4-9]$/.test(a))).toEqual([]);
});

test('a grant that happens to equal the next two, under a รวม typed with all three, stays a line', async () => {
  const halves = await recalcWorkbook(equalHalvesWorkbook(), 'equal-halves.xlsx');
  const ws = halves.out.getWorksheet('เงินอุดหนุน')!;
  expect(['B7', 'C7', 'D7', 'E7', 'D4', 'E4'].map((a) => shown(ws, a))).toEqual([2_000_000, 400_000, 1_600_000, 20, 800_000, 20]);
  expect(halves.json.warnings).toEqual([]);
});
