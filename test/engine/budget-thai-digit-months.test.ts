/**
 * A budget by month typed in Thai-digit text, as of ๓๐ เมษายน ๒๕๖๘ with เม.ย. reported (test/fixtures/budget-office-periods.ts
 * thaiDigitsMonthsWorkbook): the date falls in quarter 3 and quarter 3 has results, so April counts — row 5
 * ๑,๔๐๐,๐๐๐ of ๒,๔๐๐,๐๐๐ (๕๘.๓๓), not ๑,๒๐๐,๐๐๐ to the end of March.
 */
import { thaiDigitsMonthsWorkbook } from '../fixtures/budget-office-periods';
import { recalcWorkbook, shown, type RecalcRun } from '../helpers/workbook-files';

let r: RecalcRun;
beforeAll(async () => {
  r = await recalcWorkbook(thaiDigitsMonthsWorkbook(), 'thai-digit-months.xlsx');
});

test('quarter 3 is reported: April\'s Thai-digit amounts are results', () => {
  expect(r.json.quarter).toBe(3);
});

test('รวมเบิกจ่าย and ร้อยละ count April, in Thai digits as the table types them', () => {
  const ws = r.out.getWorksheet('รายเดือน ๖๘')!;
  expect(['P5', 'Q5', 'P6', 'Q6'].map((a) => shown(ws, a))).toEqual(['๑,๔๐๐,๐๐๐.๐๐', '๕๘.๓๓', '๓๐๐,๐๐๐.๐๐', '๕๐.๐๐']);
  // Cells between the months and P exist in the output only as empty ones; nothing typed changed.
  const cell = (a: string) => a.split('!')[1];
  expect(r.changed.filter((a) => !/![PQ][56]$/.test(a) && shown(ws, cell(a)) !== null)).toEqual([]);
  expect(['C5', 'J5', 'I6', 'J6'].map((a) => shown(ws, a))).toEqual(['๒,๔๐๐,๐๐๐', '๒๐๐,๐๐๐', '-', '๕๐,๐๐๐']);
});
