/**
 * Total rows named as offices name them (test/fixtures/budget-office-totals.ts totalNamesWorkbook): 'รวมแผนงานพื้นฐาน',
 * 'รวม (ผลผลิตที่ 2)' and 'ยอดรวม (บาท)' are totals, not budget lines — counted as lines, the whole was 6,000,000 of
 * which 2,400,000 disbursed, three times the 2,000,000 / 800,000 typed.
 */
import { totalNamesWorkbook } from '../fixtures/budget-office-totals';
import { cli, recalcWorkbook, shown, writeTemp, type RecalcRun } from '../helpers/workbook-files';

let r: RecalcRun;
beforeAll(async () => {
  r = await recalcWorkbook(totalNamesWorkbook(), 'total-names.xlsx');
});

test('the totals\' typed figures stand, with no warning, and get their remaining and percent', () => {
  const ws = r.out.getWorksheet('ชื่อแถวรวม')!;
  expect(['B9', 'C9', 'D9', 'E9', 'D6', 'E6', 'D8'].map((a) => shown(ws, a))).toEqual([2_000_000, 800_000, 1_200_000, 40, 800_000, 46.67, 400_000]);
  expect(r.json.warnings).toEqual([]);
});

test('the whole budget is ยอดรวม\'s: 800,000.00 of 2,000,000.00 บาท', async () => {
  const input = await writeTemp(totalNamesWorkbook(), 'total-names.xlsx');
  const out = await cli(['recalc', input, '-o', input.replace(/\.xlsx$/, '.out.xlsx')]);
  expect(out).toContain('งบประมาณ: เบิกจ่าย 800,000.00 บาท จาก 2,000,000.00 บาท (ร้อยละ 40.00)');
});
