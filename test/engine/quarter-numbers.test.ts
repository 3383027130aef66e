/**
 * "ผลการดำเนินงาน ไตรมาสที่" merged over 1 | 2 | 3 | 4: four quarters, not one result column to date (which gave
 * quarter 1's 20 as the total, ร้อยละ 20.00). Workbook from test/fixtures/header-word-shapes.ts.
 */
import { existsSync } from 'node:fs';
import { quarterNumbersWorkbook } from '../fixtures/header-word-shapes';
import { cli, indicatorAtRow, recalcWorkbook, shown, writeTemp, type JsonReport } from '../helpers/workbook-files';

describe.each([
  ['numbers 1–4', false],
  ['Thai digits typed as text', true],
])('quarters numbered under ไตรมาสที่: %s', (_, thaiText) => {
  test('20 + 30 = 50 of 100 = 50.00 in H5 and I5; 2 + 2 = 4 of 8 = 50.00', async () => {
    const r = await recalcWorkbook<JsonReport & { tables: { periods: string }[] }>(quarterNumbersWorkbook(thaiText), 'quarter-numbers.xlsx');
    const ws = r.out.getWorksheet('ไตรมาสเลข')!;
    expect(r.json.tables).toEqual([expect.objectContaining({ periods: 'quarter' })]);
    expect(r.json.quarter).toBe(2);
    expect(indicatorAtRow(r.json, 5)).toMatchObject({ result: [20, 30, null, null], total: 50, percent: 50 });
    expect([shown(ws, 'H5'), shown(ws, 'I5'), shown(ws, 'H6'), shown(ws, 'I6')]).toEqual([50, 50, 4, 50]);
    for (const a of r.changed) expect(a).toMatch(/!(H|I)(5|6)$/);
  }, 60_000);
});

test('a result heading merged over sub-headings it cannot read (๑/๖๘ …) is unsure: nothing written, the table named', async () => {
  const input = await writeTemp(quarterNumbersWorkbook(true, 'ผลการดำเนินงานรายไตรมาส', ['๑/๖๘', '๒/๖๘', '๓/๖๘', '๔/๖๘']), 'odd-quarters.xlsx');
  const output = input.replace('.xlsx', '.out.xlsx');
  // Was: quarter 1's column read as the result to date, 20 of 100 = 20.00 written in H5:I5.
  await expect(cli(['recalc', input, '-o', output])).rejects.toThrow(/ไตรมาสเลข!A3:I3: ไม่ได้เขียน: อ่านคอลัมน์ได้หลายแบบ/);
  expect(existsSync(output)).toBe(false);
}, 60_000);
