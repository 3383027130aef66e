/** What the command line says of what it did not read: no table (exit 1), tables skipped and why, --help, an .xls. */
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { monthsUnderQuartersWorkbook, notProgressWorkbook } from '../fixtures/shapes';
import { tempDir, writeTemp } from '../helpers/workbook-files';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'dist/cli/kpi-progress.js');

beforeAll(() => {
  const build = spawnSync('npm', ['run', '-s', 'build:cli'], { cwd: ROOT, encoding: 'utf8' });
  expect(build.status).toBe(0);
}, 120_000);

function kpi(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('--help prints the usage on stdout and exits 0', () => {
  const r = kpi(['--help']);
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/kpi-progress recalc\|summary/);
  expect(r.err).toBe('');
});

test('an .xls file gets one Thai line: save it as .xlsx, exit 1 (not an .xlsx, README)', () => {
  const dir = tempDir();
  const file = path.join(dir, 'รายงาน.xls');
  writeFileSync(file, Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
  const r = kpi(['recalc', file]);
  expect(r.code).toBe(1);
  expect(r.err.trim().split('\n')).toHaveLength(1);
  expect(r.err).toContain('บันทึกเป็น .xlsx');
  expect(readdirSync(dir)).toEqual(['รายงาน.xls']);
});

test('no table read: exit 1, and each table skipped is named with why', async () => {
  const wb = notProgressWorkbook();
  wb.removeWorksheet(wb.getWorksheet('ตัวชี้วัด')!.id);
  const dir = tempDir();
  const input = await writeTemp(wb, 'skipped.xlsx', dir);
  const r = kpi(['recalc', input]);
  expect(r.code).toBe(1);
  expect(r.err).toMatch(/ไม่พบตาราง/);
  expect(r.err).toContain('บุคลากร!A2:E2');
  expect(r.err).toContain('รายชื่อบุคลากร');
  expect(r.err).toContain('คำรับรอง');
  expect(r.err).toMatch(/เป้าหมาย!A2:E2: .*no result columns/);
  expect(readdirSync(dir)).toEqual(['skipped.xlsx']);
});

test('a table left alone because its reading is unsure is named, with the cells that disagree', async () => {
  const input = await writeTemp(monthsUnderQuartersWorkbook([500, 7, 99]), 'unsure.xlsx');
  const r = kpi(['recalc', input]);
  expect(r.code).toBe(1);
  expect(r.err).toContain('รายงานผล 2568!A3:Q5');
  expect(r.err).toContain('P6; P7; P8');
});

test('the human summary lists what was skipped beside the tables read', async () => {
  const input = await writeTemp(notProgressWorkbook(), 'mixed.xlsx');
  const r = kpi(['recalc', input, '-o', input.replace('.xlsx', '-out.xlsx')]);
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/ตัวชี้วัด!A3:H5 \(ตัวชี้วัด, รายไตรมาส, แถวเดียวต่อตัวชี้วัด\)/);
  expect(r.out).toContain('ตารางที่ไม่ได้อ่าน 3 ตาราง');
});

