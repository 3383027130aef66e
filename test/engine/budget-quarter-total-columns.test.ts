/**
 * A budget by month whose quarters each end in a รวม column (test/fixtures/budget-office-periods.ts
 * quarterTotalColumnsWorkbook): the quarter's months added up go there, a typed wrong one corrected with a warning.
 */
import { quarterTotalColumnsWorkbook } from '../fixtures/budget-office-periods';
import { recalcWorkbook, shown, warningCodesAt, type RecalcRun } from '../helpers/workbook-files';

let r: RecalcRun;
beforeAll(async () => {
  r = await recalcWorkbook(quarterTotalColumnsWorkbook(), 'quarter-total-columns.xlsx');
});

test('K5 typed 350,000 where ม.ค.–มี.ค. add up to 300,000: corrected and warned about; G5 typed right is kept', () => {
  const ws = r.out.getWorksheet('รายไตรมาส')!;
  expect(['G5', 'K5'].map((a) => shown(ws, a))).toEqual([300_000, 300_000]);
  expect(warningCodesAt(r.json, 'K5')).toEqual(['total-mismatch']);
  expect(warningCodesAt(r.json, 'G5')).toEqual([]);
});

test('empty quarter totals are filled (G6, K6 150,000); the totals to date read the months, not the quarter columns too', () => {
  const ws = r.out.getWorksheet('รายไตรมาส')!;
  expect(['G6', 'K6', 'O6'].map((a) => shown(ws, a) ?? null)).toEqual([150_000, 150_000, null]);
  expect(['T5', 'U5', 'V5', 'T6', 'U6', 'V6'].map((a) => shown(ws, a))).toEqual([600_000, 600_000, 50, 300_000, 500_000, 37.5]);
  expect(r.changed.filter((a) => !/!([GKTUV][56])$/.test(a))).toEqual([]);
});
