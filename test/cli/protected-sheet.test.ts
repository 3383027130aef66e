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

  test('output cells unlocked by their column or row (not in the XML yet) are written; locked ones are left and named', async () => {
    const dir = tempDir('kpi-protected-columns-');
    execFileSync(python!, [path.join(__dirname, '../fixtures/build_protected.py'), dir]);
    const output = path.join(dir, 'out.xlsx');
    const text = await cli(['recalc', path.join(dir, 'protected-columns-kpi.xlsx'), '-o', output, '--json']);
    const [sheet, , , copy] = readWorkbookGrid(openPackage(readFileSync(output))).grid.sheets;
    const at = (s: typeof sheet, a1: string) => cellValue(s, Number(a1.slice(1)) - 1, a1.charCodeAt(0) - 65);
    // Column N (ร้อยละ) and O (สถานะ) unlocked as columns: written, the same figures and words as on the unprotected copy.
    expect(at(sheet, 'N5')).toBe(80);
    expect(at(sheet, 'N5')).toBe(at(copy, 'N5'));
    expect(typeof at(sheet, 'O5')).toBe('string');
    expect(at(sheet, 'O5')).toBe(at(copy, 'O5'));
    expect(at(sheet, 'O7')).toBe(at(copy, 'O7'));
    // Row 6 unlocked as a row: its ผลสะสม (M6), in a locked column, is written too.
    expect(at(sheet, 'M6')).toBe(at(copy, 'M6'));
    expect(at(sheet, 'M6')).not.toBeNull();
    expect(at(sheet, 'N6')).toBe(at(copy, 'N6'));
    // Locked: M5, M7, M8 (column M keeps the default), N7 (a locked style of its own), N8 and O8 (row 8's locked style).
    for (const a1 of ['M5', 'M7', 'M8', 'N7', 'N8', 'O8']) {
      expect(at(sheet, a1)).toBeNull();
      expect(at(copy, a1)).not.toBeNull();
    }
    expect(text).toContain('protected-sheet');
    for (const a1 of ['M5', 'N7', 'O8']) expect(text).toContain(a1);
    for (const a1 of ['N5', 'O5', 'M6']) expect(text).not.toMatch(new RegExp(`\\b${a1}\\b`));
  }, 120_000);
});
