/**
 * A budget at the start of the year: allocations typed, nothing disbursed yet (test/fixtures/budget-offices.ts
 * nothingDisbursedWorkbook). The summary and the command line say no disbursement is reported — not "0 บาท",
 * "ร้อยละ 0.00".
 */
import { nothingDisbursedWorkbook } from '../fixtures/budget-offices';
import { cli, rowTexts, summarySheetOf, writeTemp } from '../helpers/workbook-files';

test('the summary\'s budget paragraph says no disbursement is reported yet, of 1,500,000.00 บาท', async () => {
  const rows = rowTexts(await summarySheetOf(nothingDisbursedWorkbook(), 'nothing-disbursed.xlsx'));
  const paragraph = rows.find((r) => r.includes('งบประมาณที่ได้รับ ('))!;
  expect(paragraph).toContain('ยังไม่มีรายงานผลการเบิกจ่าย จากงบประมาณที่ได้รับ (1,500,000.00 บาท)');
  expect(paragraph).not.toContain('จำนวน 0 บาท');
});

test('the command line says the same', async () => {
  const input = await writeTemp(nothingDisbursedWorkbook(), 'nothing-disbursed.xlsx');
  const out = await cli(['recalc', input, '-o', input.replace(/\.xlsx$/, '.out.xlsx')]);
  expect(out).toContain('งบประมาณ: ยังไม่มีรายงานผลการเบิกจ่าย (งบประมาณที่ได้รับ 1,500,000.00 บาท)');
  expect(out).not.toContain('ร้อยละ 0.00');
});
