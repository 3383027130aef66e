/**
 * A rate whose plan falls quarter by quarter is lower-is-better (DOMAIN.md, "Direction"), though its name has no word
 * that says so. Workbook from test/fixtures/header-word-shapes.ts.
 */
import { fallingPlanWorkbook } from '../fixtures/header-word-shapes';
import { indicatorAtRow, recalcWorkbook, shown } from '../helpers/workbook-files';

test('debt overdue planned 10 → 8 → 6 → 5 %: 9 by Q1 is ahead, 8.5 against 8 by Q2 is behind (M5 ต่ำกว่าแผน)', async () => {
  const r = await recalcWorkbook(fallingPlanWorkbook(), 'falling-plan.xlsx');
  expect(indicatorAtRow(r.json, 5)).toMatchObject({ measure: 'rate', direction: 'lower', status: ['ahead', 'behind', null, null], overall: 'behind' });
  const ws = r.out.getWorksheet('ลดลง')!;
  expect(shown(ws, 'M5')).toBe('ต่ำกว่าแผน');
  expect(shown(ws, 'L5')).toBe(170); // 8.5 of 5, as DOMAIN.md's rate: value ÷ target × 100
  for (const a of r.changed) expect(a).toMatch(/!(L|M)5$/);
}, 60_000);
