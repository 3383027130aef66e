/**
 * ร้อยละการเบิกจ่าย typed as text with a % sign under a two-row header (test/fixtures/budget-offices.ts
 * twoRowHeaderWorkbook): '25.00%' right is left as typed; '45%' where 300,000 of 600,000 is 50.00 becomes '50.00%'
 * with a warning, not '50.00' (the sign dropped, and the right '25.00%' rewritten as '25.00').
 */
import { twoRowHeaderWorkbook } from '../fixtures/budget-offices';
import { recalcWorkbook, shown, warningCodesAt, type RecalcRun } from '../helpers/workbook-files';

let r: RecalcRun;
beforeAll(async () => {
  r = await recalcWorkbook(twoRowHeaderWorkbook(), 'two-row-header.xlsx');
});

test('F5 \'25.00%\' stays; F6 \'45%\' is corrected to \'50.00%\' and warned about', () => {
  const ws = r.out.getWorksheet('งบ')!;
  expect(['F5', 'F6'].map((a) => shown(ws, a))).toEqual(['25.00%', '50.00%']);
  expect(warningCodesAt(r.json, 'F5')).toEqual([]);
  expect(warningCodesAt(r.json, 'F6')).toEqual(['percent-mismatch']);
});

test('the two-row header is read: remaining written under คงเหลือ; ค่าวัสดุ (=SUM of its items) is a subtotal', () => {
  const ws = r.out.getWorksheet('งบ')!;
  expect(['E5', 'E6', 'E7', 'E8'].map((a) => shown(ws, a))).toEqual([750_000, 300_000, 200_000, 100_000]);
  expect(r.changed.filter((a) => !/!(E[5-8]|F[678])$/.test(a))).toEqual([]);
});
