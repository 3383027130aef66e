/** The command line as a user and a script see it: exit codes, one-line reasons, files written or not. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { buildSeedWorkbook } from '../fixtures/seed-workbook';
import { tempDir, writeTemp } from '../helpers/workbook-files';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'dist/cli/kpi-progress.js');

beforeAll(() => {
  const build = spawnSync('npm', ['run', '-s', 'build:cli'], { cwd: ROOT, encoding: 'utf8' });
  expect(build.status).toBe(0);
});

function kpi(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('recalc writes <name>.progress.xlsx beside the input and prints a Thai summary', async () => {
  const dir = tempDir();
  const input = await writeTemp(buildSeedWorkbook(), 'รายงาน.xlsx', dir);
  const r = kpi(['recalc', input]);
  expect(r.code).toBe(0);
  expect(existsSync(path.join(dir, 'รายงาน.progress.xlsx'))).toBe(true);
  expect(r.out).toContain('ปีงบประมาณ 2566 ไตรมาส 2');
  expect(r.out).toContain('ตัวชี้วัดที่ต่ำกว่าแผน');
  expect(r.out).toContain('e-service');
});

test('--json prints the report contract and nothing else', async () => {
  const input = await writeTemp(buildSeedWorkbook(), 'seed.xlsx');
  const r = kpi(['recalc', input, '-o', input.replace('.xlsx', '-out.xlsx'), '--json', '--quarter', '2']);
  expect(r.code).toBe(0);
  const json = JSON.parse(r.out);
  expect(Object.keys(json)).toEqual(expect.arrayContaining(['fiscalYear', 'quarter', 'indicators', 'budget', 'warnings']));
  expect(Object.keys(json.indicators[0])).toEqual([
    'sheet', 'row', 'name', 'unit', 'measure', 'direction', 'target', 'plan', 'result', 'total', 'percent', 'status', 'overall', 'flagged', 'straightLine',
  ]);
  expect(Object.keys(json.budget[0])).toEqual([
    'sheet', 'row', 'name', 'unit', 'allocated', 'disbursed', 'percent', 'committed', 'remaining', 'plannedPercent', 'targetPercent', 'status', 'flagged',
  ]);
});

test('--quarter 1 reports the first quarter', async () => {
  const input = await writeTemp(buildSeedWorkbook(), 'seed.xlsx');
  const json = JSON.parse(kpi(['recalc', input, '-o', input.replace('.xlsx', '-q1.xlsx'), '--json', '--quarter', '1']).out);
  expect(json.quarter).toBe(1);
  const eService = json.indicators.find((i: { name: string; sheet: string }) => /e-service/.test(i.name));
  expect(eService.status).toEqual(['on-plan', null, null, null]);
});

describe('bad input: exit non-zero, one clear line, no output file', () => {
  const cases: [string, (dir: string) => string, RegExp][] = [
    ['a missing file', (d) => path.join(d, 'ไม่มี.xlsx'), /ไม่พบไฟล์/],
    ['a file that is not .xlsx', (d) => { const f = path.join(d, 'notes.xlsx'); writeFileSync(f, 'just text'); return f; }, /ไม่ใช่ไฟล์ \.xlsx/],
    // As Excel saves "Encrypt with Password": an OLE compound file whose directory names the EncryptionInfo stream.
    ['a password-protected .xlsx', (d) => {
      const f = path.join(d, 'locked.xlsx');
      const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      writeFileSync(f, Buffer.concat([header, Buffer.alloc(504), Buffer.from('EncryptionInfo', 'utf16le'), Buffer.alloc(64)]));
      return f;
    }, /ตั้งรหัสผ่านไว้.*password-protected/],
    ['a corrupt .xlsx', (d) => { const f = path.join(d, 'broken.xlsx'); writeFileSync(f, Buffer.from('PK\u0003\u0004garbage')); return f; }, /อ่านไฟล์ไม่ได้/],
  ];
  test.each(cases)('%s', (_name, make, reason) => {
    const dir = tempDir();
    const file = make(dir);
    const before = readdirSync(dir);
    const r = kpi(['recalc', file]);
    expect(r.code).not.toBe(0);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(reason);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(readdirSync(dir)).toEqual(before);
  });

  test('a workbook with no table', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('ราคา').addRow(['สินค้า', 'ราคา']);
    const dir = tempDir();
    const input = await writeTemp(wb, 'price.xlsx', dir);
    const r = kpi(['recalc', input]);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/ไม่พบตาราง/);
    expect(readdirSync(dir)).toEqual(['price.xlsx']);
  });

  test('an unknown option, and the input given as the output', async () => {
    const input = await writeTemp(buildSeedWorkbook(), 'seed.xlsx');
    expect(kpi(['recalc', input, '--bogus']).code).toBe(2);
    const same = kpi(['recalc', input, '-o', input]);
    expect(same.code).not.toBe(0);
    expect(same.err).toMatch(/ต้องไม่ใช่ไฟล์ต้นฉบับ/);
  });
});

test('--json through a pipe arrives whole, however long (no exit before the output is flushed)', async () => {
  const { layoutGrid } = await import('../../bench/generate');
  const { writeGridXlsx } = await import('../../bench/write-xlsx');
  const input = path.join(tempDir(), 'big.xlsx');
  await writeGridXlsx(layoutGrid('C', 600), input);
  const r = kpi(['recalc', input, '-o', input.replace('.xlsx', '-out.xlsx'), '--json']);
  expect(r.code).toBe(0);
  expect(r.out.length).toBeGreaterThan(65_536);
  expect(JSON.parse(r.out).indicators).toHaveLength(600);
}, 60_000);
