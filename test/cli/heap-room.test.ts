/**
 * A big workbook on a machine where Node's default memory is too little: the command runs itself again with room
 * (src/cli/heap-room.ts) instead of stopping with "JavaScript heap out of memory". Node is started here with 80 MB,
 * as a small laptop's default is to a workbook twenty times bigger.
 */
import { spawnSync } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { mixedGrid } from '../../bench/generate';
import { writeGridXlsx } from '../../bench/write-xlsx';
import { heapFlag, HEAP_SET } from '../../src/cli/heap-room';
import { tempDir, type JsonReport } from '../helpers/workbook-files';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'dist/cli/kpi-progress.js');
let dir: string;
let big: string;

beforeAll(async () => {
  const build = spawnSync('npm', ['run', '-s', 'build:cli'], { cwd: ROOT, encoding: 'utf8' });
  expect(build.status).toBe(0);
  dir = tempDir('kpi-heap-');
  big = path.join(dir, 'big.xlsx');
  await writeGridXlsx(mixedGrid(12_000), big);
}, 60_000);

test('more memory is asked for a big input only, and never twice', () => {
  expect(statSync(big).size).toBeGreaterThan(2 ** 20);
  const flag = heapFlag(big, {});
  expect(flag).toMatch(/^--max-old-space-size=\d+$/);
  expect(Number(flag!.split('=')[1])).toBeGreaterThan(getHeapStatistics().heap_size_limit / 2 ** 20);
  expect(heapFlag(big, { [HEAP_SET]: '1' })).toBeNull();
  const small = path.join(dir, 'small.xlsx');
  writeFileSync(small, Buffer.alloc(50_000));
  expect(heapFlag(small, {})).toBeNull();
  expect(heapFlag(path.join(dir, 'missing.xlsx'), {})).toBeNull();
});

test('with 80 MB of heap and no second run, a 12,000-row workbook is recalculated (the package is patched, not loaded whole)', () => {
  const out = path.join(dir, 'out.xlsx');
  const run = spawnSync(process.execPath, ['--max-old-space-size=80', BIN, 'recalc', big, '-o', out, '--json'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, [HEAP_SET]: '1' },
    maxBuffer: 256 * 2 ** 20,
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const json = JSON.parse(run.stdout) as JsonReport;
  expect(json.indicators.length).toBe(9_000);
  expect(statSync(out).size).toBeGreaterThan(statSync(big).size / 2); // written whole
}, 120_000);
