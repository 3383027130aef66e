/**
 * Two budget tables of one year, one in บาท and one in ล้านบาท (test/fixtures/budget-offices.ts twoUnitsWorkbook): the
 * command line's budget line gives the whole in the first table's unit, as the summary does — 2,000,000.00 of
 * 5,000,000.00 บาท — not 400,001.60 of 1,000,004.00 (millions added to baht).
 */
import { twoUnitsWorkbook } from '../fixtures/budget-offices';
import { cli, rowTexts, summarySheetOf, writeTemp } from '../helpers/workbook-files';

test('the command line and the summary give the same whole, in บาท', async () => {
  const input = await writeTemp(twoUnitsWorkbook(), 'two-units.xlsx');
  const out = await cli(['recalc', input, '-o', input.replace(/\.xlsx$/, '.out.xlsx')]);
  expect(out).toContain('งบประมาณ: เบิกจ่าย 2,000,000.00 บาท จาก 5,000,000.00 บาท (ร้อยละ 40.00)');
  const rows = rowTexts(await summarySheetOf(twoUnitsWorkbook(), 'two-units.xlsx'));
  expect(rows.find((r) => r.includes('งบประมาณที่ได้รับ ('))).toContain('จำนวน 2,000,000.00 บาท คิดเป็นร้อยละ 40.00 ของงบประมาณที่ได้รับ (5,000,000.00 บาท)');
});
