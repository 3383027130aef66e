/**
 * A column beside the table that its maker headed in the second header row only ("ตรวจสอบ" in P4, formulas below it,
 * P3 blank): the table is read and written as without it, and the column is left alone. It was not read at all
 * ("no table found"): P4 made row 4 fail as the header's sub-label row.
 */
import { layoutCWorkbook } from '../fixtures/workbooks';
import { recalcWorkbook, shown } from '../helpers/workbook-files';

const SHEET = 'ตัวชี้วัด ปี ๒๕๖๗';

test('a check column headed in P4 beside layout C: the same table and cells written as without it (M5 320, N5 80.00)', async () => {
  const plain = await recalcWorkbook(layoutCWorkbook(), 'layout-c.xlsx');

  const wb = layoutCWorkbook();
  const ws = wb.getWorksheet(SHEET)!;
  expect([ws.getCell('P3').value, ws.getCell('P4').value]).toEqual([null, null]);
  ws.getCell('P4').value = 'ตรวจสอบ';
  for (const r of [5, 6, 7, 8]) ws.getCell(`P${r}`).value = { formula: `D${r}-M${r}`, result: 0 };
  const checked = await recalcWorkbook(wb, 'check-column.xlsx');

  expect(checked.json.tables.map((t) => t.range)).toEqual(['A3:O11']);
  expect(checked.json.tables).toEqual(plain.json.tables);
  expect(checked.changed).toEqual(plain.changed);
  const sheet = checked.out.getWorksheet(SHEET)!;
  expect(shown(sheet, 'M5')).toBe(320);
  expect(shown(sheet, 'N5')).toBe(80);
  expect(shown(sheet, 'P4')).toBe('ตรวจสอบ');
});
