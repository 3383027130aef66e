/**
 * Where fewer is better the summary states the target as a ceiling, as the office typed it ("ไม่เกิน ๑๒ เรื่อง"): a
 * reader of "เป้าหมาย ๑๒ เรื่อง" would take twelve complaints for a goal to reach.
 */
import * as path from 'node:path';
import { oddColumnsWorkbook } from '../fixtures/new-user-shapes';
import { cli, readWorkbook, tempDir, writeTemp } from '../helpers/workbook-files';

test('the complaints paragraph says เป้าหมาย ไม่เกิน ๑๒ เรื่อง; the others keep เป้าหมาย ๕ แห่ง', async () => {
  const output = path.join(tempDir(), 'summary.xlsx');
  await cli(['summary', await writeTemp(oddColumnsWorkbook(), 'odd-columns.xlsx'), '-o', output]);
  const ws = (await readWorkbook(output)).worksheets.find((w) => w.name.startsWith('สรุปผล'))!;
  const texts: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => typeof c.value === 'string' && texts.push(c.value)));
  const paragraph = (start: string) => texts.find((t) => t.startsWith(start)) ?? '';
  expect(paragraph('ตัวชี้วัดที่ ๔')).toContain('จำนวนเรื่องร้องเรียนด้านการให้บริการ เป้าหมาย ไม่เกิน ๑๒ เรื่อง ');
  expect(paragraph('ตัวชี้วัดที่ ๑')).toContain('จำนวนชุมชนต้นแบบที่ได้รับการพัฒนา เป้าหมาย ๕ แห่ง ');
}, 60_000);
