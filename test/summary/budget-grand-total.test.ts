/**
 * A budget by project with two groups, each closed by รวม, and a รวมทั้งสิ้น row (test/fixtures/budget-office-totals.ts):
 * the whole budget is รวมทั้งสิ้น — 4,030,250.50 of 8,250,500.00 บาท, ร้อยละ 48.85 — not the first group's รวม
 * (1,630,000.00 of 4,000,000.00, 40.75), in the summary sheet and on the command line.
 */
import { groupedProjectsWorkbook } from '../fixtures/budget-office-totals';
import { cli, recalcWorkbook, rowTexts, shown, summarySheetOf, warningCodesAt, writeTemp, type RecalcRun } from '../helpers/workbook-files';

let run: RecalcRun;
let summary: string[];
beforeAll(async () => {
  run = await recalcWorkbook(groupedProjectsWorkbook(), 'grouped-projects.xlsx');
  summary = rowTexts(await summarySheetOf(groupedProjectsWorkbook(), 'grouped-projects.xlsx'));
});

test('each line, each group\'s รวม and รวมทั้งสิ้น get their remaining and percent; the typed 4,130,250.50 is corrected', () => {
  const ws = run.out.getWorksheet('งบรายโครงการ 68')!;
  expect(['F7', 'G7', 'F9', 'G9', 'F13', 'G13', 'F14', 'G14', 'D15', 'F15', 'G15'].map((a) => shown(ws, a))).toEqual([
    1_050_000, 47.92, 2_170_000, 40.75, 625_249.5, 16.69, 1_500_249.5, 56.47, 4_030_250.5, 3_670_249.5, 48.85,
  ]);
  expect(warningCodesAt(run.json, 'D15')).toEqual(['total-mismatch']);
});

test('the summary\'s สรุปภาพรวม and its paragraph are รวมทั้งสิ้น\'s figures', () => {
  expect(summary.find((r) => r.startsWith('สรุปภาพรวม'))).toBe('สรุปภาพรวม | 8250500 | 4030250.5 | 48.85 | - | ยังไม่ถึงกำหนด');
  const paragraph = summary.find((r) => r.startsWith('ผลการเบิกจ่าย'))!;
  expect(paragraph).toContain('จำนวน 4,030,250.50 บาท คิดเป็นร้อยละ 48.85 ของงบประมาณที่ได้รับ (8,250,500.00 บาท)');
});

test('the command line\'s budget line gives the same whole', async () => {
  const input = await writeTemp(groupedProjectsWorkbook(), 'grouped-projects.xlsx');
  const out = await cli(['recalc', input, '-o', input.replace(/\.xlsx$/, '.out.xlsx')]);
  expect(out).toContain('เบิกจ่าย 4,030,250.50 บาท จาก 8,250,500.00 บาท (ร้อยละ 48.85)');
});
