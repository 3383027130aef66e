/**
 * A budget whose outputs are all formulas, one pointing at the wrong row (test/fixtures/budget-offices.ts
 * formulasWorkbook): nothing is changed, E5 is warned about, and the last line does not say the figures were right.
 */
import { formulasWorkbook } from '../fixtures/budget-offices';
import { cli, writeTemp } from '../helpers/workbook-files';

test('E5 =C5/B4*100 (10, not 25.00) is named; the last line says no cell was changed, see what to check', async () => {
  const input = await writeTemp(formulasWorkbook(), 'formulas.xlsx');
  const out = await cli(['recalc', input, '-o', input.replace(/\.xlsx$/, '.out.xlsx')]);
  expect(out).toContain('สูตร!E5 สูตรในเซลล์นี้ให้ค่า 10 แต่คำนวณได้ 25.00: ไม่ได้แก้สูตร');
  expect(out).toContain('ไม่ได้แก้เซลล์ใด: ดูข้อควรตรวจสอบด้านบน');
  expect(out).not.toContain('ตัวเลขถูกต้องอยู่แล้ว');
});
