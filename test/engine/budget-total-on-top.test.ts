/**
 * รวมทั้งสิ้น straight under the header, above the groups and their lines (test/fixtures/budget-office-totals.ts
 * totalOnTopWorkbook): it sums every line below it — 3,500,000 allocated, 1,200,000 disbursed, 2,300,000 left, 34.29.
 */
import { totalOnTopWorkbook } from '../fixtures/budget-office-totals';
import { recalcWorkbook, rowTexts, shown, summarySheetOf, type RecalcRun } from '../helpers/workbook-files';

let r: RecalcRun;
beforeAll(async () => {
  r = await recalcWorkbook(totalOnTopWorkbook(), 'total-on-top.xlsx');
});

test('row 4 รวมทั้งสิ้น gets the lines\' sums, its remaining and its percent', () => {
  const ws = r.out.getWorksheet('รวมด้านบน')!;
  expect(['C4', 'D4', 'E4', 'F4'].map((a) => shown(ws, a))).toEqual([3_500_000, 1_200_000, 2_300_000, 34.29]);
  expect(r.json.budget.map((b) => [b.row, b.allocated, b.disbursed, b.percent])).toEqual([
    [4, 3_500_000, 1_200_000, 34.29],
    [6, 1_000_000, 600_000, 60],
    [7, 500_000, 100_000, 20],
    [9, 2_000_000, 500_000, 25],
  ]);
  expect(r.changed.filter((a) => !/!([C-F]4|[EF][679])$/.test(a))).toEqual([]);
});

test('the summary\'s สรุปภาพรวม is that row', async () => {
  const rows = rowTexts(await summarySheetOf(totalOnTopWorkbook(), 'total-on-top.xlsx'));
  expect(rows.find((t) => t.startsWith('สรุปภาพรวม'))).toBe('สรุปภาพรวม | 3500000 | 1200000 | 34.29 | - | ยังไม่ถึงกำหนด');
});
