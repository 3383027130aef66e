/**
 * A result cell with no figure but a status and its reason typed by hand ("(ต่ำกว่าแผน) มีการปรับแก้ TOR") is what
 * the office reported: the quarter is ต่ำกว่าแผน, and the cell keeps the words typed. A result left at "-" is
 * ยังไม่รายงานผล. Workbook from test/fixtures/reported-status-shapes.ts.
 */
import { reportedStatusWorkbook } from '../fixtures/reported-status-shapes';
import { indicatorAtRow, recalcWorkbook, shown, warningCodesAt } from '../helpers/workbook-files';

test('F7 keeps "(ต่ำกว่าแผน) มีการปรับแก้ TOR" and K7 says ต่ำกว่าแผน; a "-" is ยังไม่รายงานผล; a Q4-only plan ยังไม่ถึงกำหนด', async () => {
  const r = await recalcWorkbook(reportedStatusWorkbook(), 'reported-status.xlsx');
  const ws = r.out.getWorksheet('ขาดผล')!;
  expect(shown(ws, 'F7')).toBe('(ต่ำกว่าแผน) มีการปรับแก้ TOR');
  expect(indicatorAtRow(r.json, 6)).toMatchObject({ status: ['not-due', 'behind', null, null], flagged: true });
  expect(shown(ws, 'K7')).toBe('ต่ำกว่าแผน');
  expect(warningCodesAt(r.json, 'F7')).toEqual([]);
  expect(shown(ws, 'K5')).toBe('ยังไม่รายงานผล');
  expect(shown(ws, 'K9')).toBe('ยังไม่ถึงกำหนด');
  expect(r.changed.filter((a) => !/!(I|J|K)(5|7|9)$/.test(a))).toEqual([]);
}, 60_000);
