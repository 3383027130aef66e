/**
 * A big workbook on the command line (750 indicators here; a ministry's has thousands): about a hundred behind plan
 * and more warnings. The terminal shows the first of each list and how many more there are (--json has them all),
 * counts with thousands grouped, and, while it works, what it is doing, apart from the report.
 */
import * as path from 'node:path';
import { mixedGrid } from '../../bench/generate';
import { writeGridXlsx } from '../../bench/write-xlsx';
import { run } from '../../src/cli/main';
import { LIST_MAX } from '../../src/cli/human-summary';
import { tempDir, type JsonReport } from '../helpers/workbook-files';

let input: string;
let dir: string;

beforeAll(async () => {
  dir = tempDir('kpi-big-');
  input = path.join(dir, 'ministry.xlsx');
  await writeGridXlsx(mixedGrid(1_000), input);
}, 30_000);

jest.setTimeout(30_000);

async function cli(args: string[]): Promise<{ out: string[]; steps: string[] }> {
  const out: string[] = [];
  const steps: string[] = [];
  await run(args, (s) => out.push(...s.split('\n')), (s) => steps.push(s));
  return { out, steps };
}

test('every list stops after a screenful and says how many more there are; --json has them all', async () => {
  const json = JSON.parse((await cli(['recalc', input, '-o', path.join(dir, 'a.xlsx'), '--json'])).out.join('\n')) as JsonReport;
  const behind = json.indicators.filter((i) => i.flagged).length;
  const warnings = json.warnings.length;
  expect(behind).toBeGreaterThan(LIST_MAX);
  expect(warnings).toBeGreaterThan(LIST_MAX);

  const { out } = await cli(['recalc', input, '-o', path.join(dir, 'b.xlsx')]);
  const listed = (heading: RegExp) => {
    const start = out.findIndex((l) => heading.test(l));
    expect(start).toBeGreaterThanOrEqual(0);
    const items = [];
    for (let i = start + 1; i < out.length && out[i].startsWith('  - '); i++) items.push(out[i]);
    return { items, after: out[start + 1 + items.length] };
  };
  const b = listed(/^ตัวชี้วัดที่ต่ำกว่าแผน:$/);
  expect(b.items).toHaveLength(LIST_MAX);
  expect(b.after).toBe(`  … และอีก ${(behind - LIST_MAX).toLocaleString('en-US')} รายการ: ดูทั้งหมดได้ด้วย --json`);
  const w = listed(/^ข้อควรตรวจสอบ [\d,]+ รายการ:$/);
  expect(w.items).toHaveLength(LIST_MAX);
  expect(w.after).toBe(`  … และอีก ${(warnings - LIST_MAX).toLocaleString('en-US')} รายการ: ดูทั้งหมดได้ด้วย --json`);
  expect(out).toContain(`ข้อควรตรวจสอบ ${warnings.toLocaleString('en-US')} รายการ:`);
  expect(out[0]).toBe(`พบ 4 ตาราง: ตัวชี้วัด ${json.indicators.length.toLocaleString('en-US')} รายการ, รายการงบประมาณ ${json.budget.length.toLocaleString('en-US')} รายการ`);
  expect(out.length).toBeLessThan(4 * LIST_MAX + 30);

  const en = (await cli(['recalc', input, '-o', path.join(dir, 'c.xlsx'), '--lang', 'en'])).out;
  expect(en).toContain(`  … and ${(behind - LIST_MAX).toLocaleString('en-US')} more: --json lists them all`);
});

test('what it is doing is told step by step, apart from the report: opening, calculating, the summary, saving', async () => {
  const output = path.join(dir, 'd.xlsx');
  const { out, steps } = await cli(['summary', input, '-o', output]);
  expect(steps).toEqual([`กำลังเปิด ${input}…`, 'กำลังคำนวณ…', 'กำลังสร้างชีตสรุป…', `กำลังบันทึก ${path.relative(process.cwd(), output)}…`]);
  for (const s of steps) expect(out).not.toContain(s);
  expect((await cli(['recalc', input, '-o', output, '--lang', 'en'])).steps).toEqual([
    `Opening ${input}…`,
    'Calculating…',
    `Saving ${path.relative(process.cwd(), output)}…`,
  ]);
});
