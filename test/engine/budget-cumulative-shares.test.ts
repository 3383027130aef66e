/**
 * Quarters of เป้าร้อยละสะสม | แผนร้อยละสะสม | ผลเบิกจ่ายสะสม (test/fixtures/budget-office-periods.ts cumulativeSharesWorkbook),
 * as of ๓๑ มีนาคม: the shares are typed to date (32 / 54 / 75 / 93 and 30 / 55 / 80 / 100), so quarter 2's plan is 55.00
 * and the government's target 54.00 — not 85.00 and 86.00 (the first two added up).
 */
import { cumulativeSharesWorkbook } from '../fixtures/budget-office-periods';
import { recalcWorkbook, rowTexts, shown, summarySheetOf, type RecalcRun } from '../helpers/workbook-files';

let r: RecalcRun;
beforeAll(async () => {
  r = await recalcWorkbook(cumulativeSharesWorkbook(), 'cumulative-shares.xlsx');
});

test('the plan and target at quarter 2 are the shares typed for quarter 2; row 6 (60.00) is ahead of 55.00', () => {
  expect(r.json.budget.map((b) => [b.row, b.percent, b.plannedPercent, b.targetPercent, b.status])).toEqual([
    [5, 50, 55, 54, 'behind'],
    [6, 60, 55, 54, 'ahead'],
  ]);
});

test('only row 5\'s percent is coloured behind plan', () => {
  const ws = r.out.getWorksheet('เป้าสะสม')!;
  expect(['Q5', 'Q6'].map((a) => shown(ws, a))).toEqual([50, 60]);
  expect((ws.getCell('Q5').fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe('FFFFC7CE');
  expect((ws.getCell('Q6').fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb).not.toBe('FFFFC7CE');
});

test('the summary compares the whole (53.33) with its lines\' plans to date (55.00) and the target (54.00)', async () => {
  const rows = rowTexts(await summarySheetOf(cumulativeSharesWorkbook(), 'cumulative-shares.xlsx'));
  expect(rows.find((t) => t.startsWith('ผลการเบิกจ่าย'))).toContain(
    'คิดเป็นร้อยละ 53.33 ของงบประมาณที่ได้รับ (3,000,000.00 บาท) ต่ำกว่าแผนการใช้จ่ายสะสม (ร้อยละ 55.00) และต่ำกว่าเป้าหมายการเบิกจ่ายสะสมของรัฐบาล (ร้อยละ 54.00)',
  );
});
