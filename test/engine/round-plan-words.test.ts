/**
 * เป้าหมาย under a round (รอบ ๖ เดือน | เป้าหมาย, ผล) is that round's plan, beside an annual ค่าเป้าหมาย column: the
 * status compares the result with it. Workbook from test/fixtures/new-user-shapes.ts.
 */
import { halvesTextTargetsWorkbook } from '../fixtures/new-user-shapes';
import { indicatorAtRow, recalcWorkbook, shown } from '../helpers/workbook-files';

test('each round plan typed under เป้าหมาย is read: ๔๔.๗๕ against a six-month plan of ๕๐ is behind', async () => {
  const r = await recalcWorkbook(halvesTextTargetsWorkbook(), 'halves-text-targets.xlsx');
  const ws = r.out.getWorksheet('รอบ ๖ เดือน')!;
  // A rate: 44.75 against the round's plan 50 (not the straight line, which leaves a rate due in Q4).
  expect(indicatorAtRow(r.json, 7)).toMatchObject({ target: 96, plan: [null, 50, null, 96], overall: 'behind', percent: 46.61 });
  expect(shown(ws, 'H7')).toBe('ต่ำกว่าแผน');
  // 6 projects against a plan of 5; 1 complaint against at most 2.
  expect(shown(ws, 'H6')).toBe('ก้าวหน้ากว่าแผน');
  expect(shown(ws, 'H8')).toBe('ก้าวหน้ากว่าแผน');
  expect(r.json.indicators.every((i) => i.plan[1] !== null)).toBe(true);
  for (const a of r.changed) expect(a).toMatch(/!H[678]$/);
}, 60_000);
