/**
 * A procurement office's header words (test/fixtures/budget-offices.ts procurementWordsWorkbook): วงเงินงบประมาณ is
 * the allocation, ยอดเบิกจ่าย the amount disbursed, ยอดคงเหลือ the remaining.
 */
import { procurementWordsWorkbook } from '../fixtures/budget-offices';
import { recalcWorkbook, shown, type RecalcRun } from '../helpers/workbook-files';

let r: RecalcRun;
beforeAll(async () => {
  r = await recalcWorkbook(procurementWordsWorkbook(), 'procurement-words.xlsx');
});

test('remaining and percent are written under ยอดคงเหลือ and ร้อยละ: 1,500,000 (40.00) and 0 (100.00)', () => {
  const ws = r.out.getWorksheet('จัดซื้อจัดจ้าง')!;
  expect(['D4', 'E4', 'D5', 'E5'].map((a) => shown(ws, a))).toEqual([1_500_000, 40, 0, 100]);
  expect(r.json.budget.map((b) => [b.row, b.allocated, b.disbursed])).toEqual([
    [4, 2_500_000, 1_000_000],
    [5, 750_000, 750_000],
  ]);
  expect(r.changed.filter((a) => !/![DE][45]$/.test(a))).toEqual([]);
});
