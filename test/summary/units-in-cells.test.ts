/**
 * A unit typed after each figure ('๓๐๐ ราย') is the indicator's unit, not a note of the office's: the summary says
 * "เป้าหมาย ๑,๒๐๐ ราย … จำนวน ๕๕๐ ราย" and never "ผู้รับผิดชอบรายงานว่า “ราย”". Workbook from new-user-shapes.ts.
 */
import * as path from 'node:path';
import { unitsInCellsWorkbook } from '../fixtures/new-user-shapes';
import { cli, readWorkbook, tempDir, writeTemp } from '../helpers/workbook-files';

test('the paragraph gives the unit ราย with each figure and quotes no “ราย”', async () => {
  const output = path.join(tempDir(), 'summary.xlsx');
  await cli(['summary', await writeTemp(unitsInCellsWorkbook(), 'units-in-cells.xlsx'), '-o', output]);
  const ws = (await readWorkbook(output)).worksheets.find((w) => w.name.startsWith('สรุปผล'))!;
  const texts: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => typeof c.value === 'string' && texts.push(c.value)));
  const paragraph = texts.find((t) => t.startsWith('ตัวชี้วัดที่ ๑')) ?? '';
  expect(paragraph).toContain('เป้าหมาย ๑,๒๐๐ ราย ');
  expect(paragraph).toContain('จำนวน ๕๕๐ ราย คิดเป็นร้อยละ ๔๕.๘๓');
  expect(paragraph).not.toContain('“ราย”');
}, 60_000);
