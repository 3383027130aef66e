/**
 * Header words as offices type them: "เป้าหมายปี ๒๕๖๘" is the target, "คิดเป็นร้อยละ" the percent, and "ผลสะสม" per
 * quarter holds results to date (Q2's 150 is the year so far, not 60 + 150). Workbooks from header-word-shapes.ts.
 */
import { budgetPlanResultWorkbook, monthsToDateWorkbook, plainResultWorkbook, resultsToDateWorkbook, targetOverAmountWorkbook, targetYearPercentWordsWorkbook } from '../fixtures/header-word-shapes';
import { cli, indicatorAtRow, recalcWorkbook, shown, writeTemp, type JsonReport } from '../helpers/workbook-files';

test('"เป้าหมายปี ๒๕๖๘" and "คิดเป็นร้อยละ": 60 + 90 = 150 of 300 = 50.00 in I4; 10 of 20 = 50.00 in I5', async () => {
  const r = await recalcWorkbook(targetYearPercentWordsWorkbook(), 'target-year-words.xlsx');
  const ws = r.out.getWorksheet('ผลงาน')!;
  expect(indicatorAtRow(r.json, 4)).toMatchObject({ target: 300, total: 150, percent: 50, overall: 'on-plan' });
  expect([shown(ws, 'H4'), shown(ws, 'I4'), shown(ws, 'H5'), shown(ws, 'I5')]).toEqual([150, 50, 10, 50]);
  for (const a of r.changed) expect(a).toMatch(/!(H|I)(4|5)$/);
}, 60_000);

describe.each([
  ['"ผลสะสม ไตรมาส 1" … in one header row', false, 4],
  ['ผลสะสม merged over ไตรมาส 1–4', true, 5],
])('results to date per quarter: %s', (_, merged, first) => {
  test('150 to date of 300 = 50.00 (Q1 60, Q2 90), not 210; 10 of 20 = 50.00', async () => {
    const r = await recalcWorkbook<JsonReport & { tables: unknown[] }>(resultsToDateWorkbook(merged), 'results-to-date.xlsx');
    const ws = r.out.getWorksheet('สะสม')!;
    expect(r.json.tables).toHaveLength(1);
    expect(indicatorAtRow(r.json, first)).toMatchObject({ result: [60, 90, null, null], percent: 50, status: ['behind', 'on-plan', null, null] });
    expect(shown(ws, `H${first}`)).toBe(50);
    expect(shown(ws, `H${first + 1}`)).toBe(50);
    for (const a of r.changed) expect(a).toMatch(new RegExp(`!H(${first}|${first + 1})$`));
  }, 60_000);
});

test('"ผลการดำเนินงาน ๖ | ๙ | ๑๒ เดือน" are rounds to date: 65 of 100 = 65.00 at quarter 3, behind the straight line 75', async () => {
  const r = await recalcWorkbook(monthsToDateWorkbook(), 'months-to-date.xlsx');
  const ws = r.out.getWorksheet('หกเดือน')!;
  expect(r.json.quarter).toBe(3);
  expect(indicatorAtRow(r.json, 4)).toMatchObject({ total: 65, percent: 65, overall: 'behind' });
  expect([shown(ws, 'G4'), shown(ws, 'H4'), shown(ws, 'G5'), shown(ws, 'H5')]).toEqual([65, 'ต่ำกว่าแผน', 62.5, 'ต่ำกว่าแผน']);
  for (const a of r.changed) expect(a).toMatch(/!(G|H)(4|5)$/);
}, 60_000);

test('ค่าเป้าหมาย over จำนวน | หน่วยนับ: the target 100, so 50 of 100 = 50.00 in I5 (was no target, no percent)', async () => {
  const r = await recalcWorkbook(targetOverAmountWorkbook(), 'target-over-amount.xlsx');
  const ws = r.out.getWorksheet('เป้าหมายสองช่อง')!;
  expect(indicatorAtRow(r.json, 5)).toMatchObject({ target: 100, unit: 'คน', total: 50, percent: 50, overall: 'on-plan' });
  expect([shown(ws, 'H5'), shown(ws, 'I5'), shown(ws, 'H6'), shown(ws, 'I6')]).toEqual([50, 50, 4, 50]);
  for (const a of r.changed) expect(a).toMatch(/!(H|I)(5|6)$/);
}, 60_000);

test.each(['เป้าหมาย', 'แผน'])('a column headed ผล alone is the result to date, beside %s: 60 of 100 = 60.00 ahead of 50, 3 of 8 = 37.50 behind 4', async (target) => {
  // Was "no table" (ผล not read); with แผน, then, no target: ยังไม่ถึงกำหนด written for both.
  const r = await recalcWorkbook(plainResultWorkbook(target), 'plain-result.xlsx');
  const ws = r.out.getWorksheet('ง่าย')!;
  expect([shown(ws, 'E4'), shown(ws, 'F4'), shown(ws, 'E5'), shown(ws, 'F5')]).toEqual([60, 'ก้าวหน้ากว่าแผน', 37.5, 'ต่ำกว่าแผน']);
  for (const a of r.changed) expect(a).toMatch(/!(E|F)(4|5)$/);
}, 60_000);

test('beside งบประมาณที่ได้รับ, แผน | ผล are not an indicator target and result: nothing written (not 200,000 ÷ 250,000 = 80.00)', async () => {
  const input = await writeTemp(budgetPlanResultWorkbook(), 'budget-plan-result.xlsx');
  await expect(cli(['recalc', input, '-o', input.replace('.xlsx', '.out.xlsx')])).rejects.toThrow(/งบ!A3:F3/);
}, 60_000);
