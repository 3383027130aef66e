/**
 * Nothing lost in real files: workbooks made by openpyxl and re-saved by LibreOffice, with a chart, an image, a
 * comment, data validation, conditional formatting, a defined name, a hidden sheet, freeze panes, column widths, a
 * formula on another sheet, a page break between columns, and an .xlsm. After recalc and after summary every part of
 * the input is in the output, every part but the few the writer must change is byte-identical, the KPI sheet keeps its features, LibreOffice
 * opens the result, and recalc on its own output changes no cell. Skips, saying why, without python3-openpyxl or
 * LibreOffice.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { cellValue, type Grid } from '../../src/core/grid';
import { UsageError } from '../../src/cli/args';
import { openPackage } from '../../src/xlsx/package/package';
import { readWorkbookGrid } from '../../src/xlsx/sheet-xml/read-workbook';
import { elements, libreOfficeConvert, partChanges, partText, parts, pythonWithOpenpyxl, soffice } from '../helpers/package-parts';
import { cli, tempDir } from '../helpers/workbook-files';

const python = pythonWithOpenpyxl();
const office = soffice();
if (!python) console.warn('other-tools.test: skipped, python3 with openpyxl (python3-openpyxl) is missing');
const describeIf = python ? describe : describe.skip;
const KPI = 'xl/worksheets/sheet1.xml';

function grid(file: string): Grid {
  return readWorkbookGrid(openPackage(readFileSync(file))).grid;
}

describeIf('workbooks from openpyxl and LibreOffice keep everything through the command line', () => {
  let dir: string;
  const inputs: Record<string, string> = {};

  beforeAll(() => {
    dir = tempDir('kpi-other-');
    execFileSync(python!, [path.join(__dirname, '../fixtures/build_other_tools.py'), dir]);
    inputs.openpyxl = path.join(dir, 'openpyxl-kpi.xlsx');
    inputs.xlsm = path.join(dir, 'openpyxl-kpi.xlsm');
    if (office) {
      const lo = tempDir('kpi-lo-');
      copyFileSync(inputs.openpyxl, path.join(lo, 'libreoffice-kpi.ods.xlsx'));
      inputs.libreoffice = libreOfficeConvert(office, path.join(lo, 'libreoffice-kpi.ods.xlsx'), 'xlsx:Calc MS Excel 2007 XML', lo);
    } else console.warn('other-tools.test: LibreOffice re-saves and opening checks skipped, soffice is missing');
  }, 180_000);

  const cases = (['openpyxl', 'libreoffice', 'xlsm'] as const).flatMap((tool) => (['recalc', 'summary'] as const).map((command) => [tool, command] as const));

  test.each(cases)('%s workbook, %s: every part kept, only the named ones changed, the sheet keeps its features', async (tool, command) => {
    const input = inputs[tool];
    if (!input) return; // LibreOffice missing: said once above
    const ext = tool === 'xlsm' ? 'xlsm' : 'xlsx';
    const output = path.join(dir, `${tool}-${command}.${ext}`);
    await cli([command, input, '-o', output, '--json']);

    const { missing, changed } = partChanges(input, output);
    expect(missing.filter((p) => p !== 'xl/calcChain.xml')).toEqual([]);
    const mayChange = new Set([KPI, 'xl/styles.xml', 'xl/workbook.xml']);
    if (command === 'summary') ['xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'docProps/app.xml'].forEach((p) => mayChange.add(p));
    expect(changed.filter((p) => !mayChange.has(p))).toEqual([]);
    // The table's own figures: 120 + 90 + 110 = 320 of 400, 80.00 per cent.
    const kpi = grid(output).sheets[0];
    expect(cellValue(kpi, 4, 12)).toBe(320);
    expect(cellValue(kpi, 4, 13)).toBe(80);
    // The KPI sheet keeps its validations, conditional formats, panes, columns, drawing, comments' links and its page
    // break between columns.
    const before = partText(input, KPI);
    const after = partText(output, KPI);
    for (const el of ['dataValidations', 'conditionalFormatting', 'sheetViews', 'cols', 'drawing', 'legacyDrawing', 'mergeCells', 'colBreaks']) {
      expect([el, elements(after, el)]).toEqual([el, elements(before, el)]);
    }
    if (tool === 'openpyxl') expect(elements(after, 'colBreaks')).toEqual(['<colBreaks count="1" manualBreakCount="1"><brk id="4" min="0" max="16383" man="1"/></colBreaks>']);
    if (tool === 'xlsm') {
      expect(parts(output).get('xl/vbaProject.bin')!.compressed.equals(parts(input).get('xl/vbaProject.bin')!.compressed)).toBe(true);
      expect(partText(output, '[Content_Types].xml')).toContain('<Override PartName="/xl/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/>');
      expect(partText(output, '[Content_Types].xml')).toContain('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
    }

    // Run twice: byte-identical. Recalc on its own output: no cell changes.
    const again = path.join(dir, `${tool}-${command}-again.${ext}`);
    await cli([command, input, '-o', again, '--json']);
    expect(readFileSync(again).equals(readFileSync(output))).toBe(true);
    const second = path.join(dir, `${tool}-${command}-second.${ext}`);
    await cli(['recalc', output, '-o', second, '--json']);
    expect(grid(second)).toEqual(grid(output));
  }, 120_000);

  test.each(['openpyxl', 'libreoffice', 'xlsm'] as const)('LibreOffice opens the %s summary output and shows the figures', (tool) => {
    const output = path.join(dir, `${tool}-summary.${tool === 'xlsm' ? 'xlsm' : 'xlsx'}`);
    if (!office || !existsSync(output)) return;
    const csv = readFileSync(libreOfficeConvert(office, output, 'csv:Text - txt - csv (StarCalc):44,34,76', tempDir('kpi-csv-')), 'utf8');
    expect(csv).toMatch(/จำนวนผู้เข้ารับการอบรม[^\n]*,320,/);
  }, 120_000);

  test('an .xlsm is written as .xlsm by default; asked to write .xlsx, the command refuses and says why', async () => {
    await cli(['recalc', inputs.xlsm, '--json']);
    expect(existsSync(path.join(dir, 'openpyxl-kpi.progress.xlsm'))).toBe(true);
    await expect(cli(['recalc', inputs.xlsm, '-o', path.join(dir, 'macros.xlsx')])).rejects.toThrow(UsageError);
    await expect(cli(['recalc', inputs.xlsm, '-o', path.join(dir, 'macros.xlsx')])).rejects.toThrow(/\.xlsm/);
    expect(existsSync(path.join(dir, 'macros.xlsx'))).toBe(false);
  });

  test('openpyxl wrote what exceljs cannot open (a comment): the command line reads it all the same', () => {
    const g = grid(inputs.openpyxl);
    expect(g.sheets.map((s) => s.name)).toEqual(['ตัวชี้วัด ปี ๒๕๖๗', 'สรุปอ้างอิง', 'ข้อมูลซ่อน']);
    expect(parts(inputs.openpyxl).has('xl/comments/comment1.xml')).toBe(true);
  });
});
