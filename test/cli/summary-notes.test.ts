/**
 * What `summary` tells about the sheet it wrote, in the user's language: Thai by default (no English left in a
 * Thai run), English with --lang en.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { buildSeedWorkbook } from '../fixtures/seed-workbook';
import { writeTemp } from '../helpers/workbook-files';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'dist/cli/kpi-progress.js');

beforeAll(() => {
  const build = spawnSync('npm', ['run', '-s', 'build:cli'], { cwd: ROOT, encoding: 'utf8' });
  expect(build.status).toBe(0);
});

function summary(lang: 'th' | 'en') {
  return writeTemp(buildSeedWorkbook(), `seed-${lang}.xlsx`).then((input) => {
    const r = spawnSync(process.execPath, [BIN, 'summary', input, '-o', input.replace('.xlsx', '.out.xlsx'), '--lang', lang], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    return r.stdout;
  });
}

test('in Thai: the charts left out of the .xlsx and the font to use, with no English sentence', async () => {
  const out = await summary('th');
  expect(out).toContain('ไม่มีแผนภูมิ 2 แผนภูมิ');
  expect(out).toContain('ปุ่ม สร้างสรุปผล ใน Excel วาดให้');
  expect(out).toContain('แบบอักษร TH SarabunPSK 16 พอยต์');
  expect(out).toContain('TH Sarabun New');
  expect(out).not.toMatch(/exceljs|left out|where it is not installed|Font:/);
});

test('in English with --lang en', async () => {
  const out = await summary('en');
  expect(out).toContain('has no charts: 2 left out');
  expect(out).toContain('Font: TH SarabunPSK 16 pt; where it is not installed, set the font to TH Sarabun New');
});
