/**
 * A protected sheet whose output cells are locked is named, not written: on a workbook made by openpyxl, the locked
 * output cells keep their input, the warning names the sheet and the cells, an output cell the user unlocked is
 * written, and an unprotected sheet is written as usual. Skips, saying why, without python3-openpyxl.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { cellValue } from '../../src/core/grid';
import { openPackage } from '../../src/xlsx/package/package';
import { readWorkbookGrid } from '../../src/xlsx/sheet-xml/read-workbook';
import { pythonWithOpenpyxl } from '../helpers/package-parts';
import { cli, tempDir } from '../helpers/workbook-files';

const python = pythonWithOpenpyxl();
if (!python) console.warn('protected-sheet.test: skipped, python3 with openpyxl (python3-openpyxl) is missing');
const describeIf = python ? describe : describe.skip;

describeIf('a protected sheet with locked output cells', () => {
  test('is named in a warning, its locked cells are not written; its unlocked cell and other sheets are', async () => {
    const dir = tempDir('kpi-protected-');
    execFileSync(python!, [path.join(__dirname, '../fixtures/build_protected.py'), dir]);
    const input = path.join(dir, 'protected-kpi.xlsx');
    const output = path.join(dir, 'out.xlsx');
    const out = await cli(['recalc', input, '-o', output, '--json']);
    const text = out;
    const grid = readWorkbookGrid(openPackage(readFileSync(output))).grid;
    const [locked, , , copy] = grid.sheets;
    expect(locked.protected).toBe(true);
    // M5 was unlocked by the user: 120 + 90 + 110 = 320 written. N5 (ร้อยละ) and O5 (สถานะ) are locked: left empty.
    expect(cellValue(locked, 4, 12)).toBe(320);
    expect(cellValue(locked, 4, 13)).toBeNull();
    expect(cellValue(locked, 4, 14)).toBeNull();
    expect(copy.name).toBe('สำเนาไม่ป้องกัน');
    expect(copy.protected).toBeUndefined();
    expect(cellValue(copy, 4, 12)).toBe(320);
    expect(cellValue(copy, 4, 13)).toBe(80);
    expect(text).toContain('protected-sheet');
    expect(text).toContain('N5');
    expect(text).not.toContain('M5,');
  }, 120_000);
});
