/**
 * Nothing lost from what offices' real workbooks carry (test/fixtures/build_office_features.py: Buddhist-era as-of
 * dates, rich text in a name and a header, styled empty output cells, a validation list, conditional formatting, a
 * comment, hyperlinks, hidden row and column, print area and titles, a chart, a check column headed one row down
 * with a shared formula, an array formula, a cell at XFD1048, a second sheet reading the outputs, an external link),
 * as openpyxl writes it, in the 1904 date system, and re-saved by LibreOffice. After recalc and summary: every part
 * is there, only the named parts change, in the KPI sheet only the output cells M5:O8 change (every other cell and
 * everything outside the cells byte for byte), the figures are right and both as-of dates read 31 March 2567.
 * Skips, saying why, without python3-openpyxl; the LibreOffice re-save is skipped, saying so, without soffice.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { cellValue } from '../../src/core/grid';
import { openPackage } from '../../src/xlsx/package/package';
import { readWorkbookGrid } from '../../src/xlsx/sheet-xml/read-workbook';
import { libreOfficeConvert, partChanges, partText, pythonWithOpenpyxl, soffice } from '../helpers/package-parts';
import { cli, tempDir } from '../helpers/workbook-files';

const python = pythonWithOpenpyxl();
const office = soffice();
if (!python) console.warn('office-features-kept.test: skipped, python3 with openpyxl (python3-openpyxl) is missing');
else if (!office) console.warn('office-features-kept.test: the LibreOffice re-save is skipped, soffice is missing');
const describeIf = python ? describe : describe.skip;
const KPI = 'xl/worksheets/sheet1.xml';
const OUTPUT_CELLS = new Set(['M', 'N', 'O'].flatMap((c) => [5, 6, 7, 8].map((r) => `${c}${r}`)));

/** The sheet's `<c>` elements by reference, and the part with its cells taken out. */
function cellsOf(xml: string): { cells: Map<string, string>; rest: string } {
  const cells = new Map<string, string>();
  const rest = xml.replace(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g, (c: string, ref: string) => {
    cells.set(ref, c);
    return `<c r="${ref}"/>`;
  });
  return { cells, rest };
}

describeIf('a workbook with the features of offices\' files keeps all of them through the command line', () => {
  let dir: string;
  const inputs: Record<string, string> = {};

  beforeAll(() => {
    dir = tempDir('kpi-office-');
    const script = path.join(__dirname, '../fixtures/build_office_features.py');
    inputs.openpyxl = path.join(dir, 'office.xlsx');
    inputs['1904'] = path.join(dir, 'office-1904.xlsx');
    execFileSync(python!, [script, inputs.openpyxl]);
    execFileSync(python!, [script, inputs['1904'], '1904']);
    if (office) {
      const lo = tempDir('kpi-office-lo-');
      copyFileSync(inputs.openpyxl, path.join(lo, 'libreoffice.xlsx'));
      inputs.libreoffice = libreOfficeConvert(office, path.join(lo, 'libreoffice.xlsx'), 'xlsx:Calc MS Excel 2007 XML', dir);
    }
  }, 180_000);

  const cases = (['openpyxl', '1904', 'libreoffice'] as const).flatMap((tool) => (['recalc', 'summary'] as const).map((command) => [tool, command] as const));

  test.each(cases)('%s, %s: only M5:O8 of the KPI sheet and the named parts change; the figures are right', async (tool, command) => {
    const input = inputs[tool];
    if (!input) return; // LibreOffice missing: said once above
    const output = path.join(dir, `${tool}-${command}.out.xlsx`);
    const report = JSON.parse(await cli([command, input, '-o', output, '--json'])) as { warnings: { cell: string; code: string; args: { text?: string } }[] };

    const { missing, changed } = partChanges(input, output);
    expect(missing).toEqual([]);
    const mayChange = new Set([KPI, 'xl/styles.xml', 'xl/workbook.xml']);
    if (command === 'summary') ['xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'docProps/app.xml'].forEach((p) => mayChange.add(p));
    expect(changed.filter((p) => !mayChange.has(p))).toEqual([]);

    const before = cellsOf(partText(input, KPI));
    const after = cellsOf(partText(output, KPI));
    expect(after.rest).toEqual(before.rest);
    const differing = [...new Set([...before.cells.keys(), ...after.cells.keys()])].filter((r) => before.cells.get(r) !== after.cells.get(r));
    expect(differing.filter((r) => !OUTPUT_CELLS.has(r))).toEqual([]);

    // 320 of 400 = 80.00 ahead; complaints 9 of 10 = 90.00 behind; level 4 of 5 = 80.00 on plan; 175 of 200 = 87.50.
    const kpi = readWorkbookGrid(openPackage(readFileSync(output))).grid.sheets[0];
    expect([4, 5, 6, 7].map((r) => [12, 13, 14].map((c) => cellValue(kpi, r, c)))).toEqual([
      [320, 80, 'ก้าวหน้ากว่าแผน'],
      [9, 90, 'ต่ำกว่าแผน'],
      [4, 80, 'เป็นไปตามแผน'],
      [175, 87.5, 'ก้าวหน้ากว่าแผน'],
    ]);
    // Both Buddhist-era formats read as 31 March 2567 (quarter 2), named because the results reach quarter 3.
    // LibreOffice 7.4 re-saves [$-th-TH,107] as General: its B2 is a plain number there, not a date.
    const asOf = report.warnings.filter((w) => w.code === 'as-of-date');
    const dated = tool === 'libreoffice' ? ['C2'] : ['B2', 'C2'];
    expect(asOf.map((w) => [w.cell, w.args.text])).toEqual(dated.map((c) => [c, '31/3/2567']));
  }, 120_000);

  test('LibreOffice opens the summary output and shows the written figures', () => {
    if (!office) return; // said once above
    const output = path.join(dir, 'openpyxl-summary.out.xlsx');
    const csv = readFileSync(libreOfficeConvert(office, output, 'csv:Text - txt - csv (StarCalc):44,34,76', tempDir('kpi-office-csv-')), 'utf8');
    expect(csv).toMatch(/จำนวนผู้เข้ารับการอบรมหลักสูตร[^\n]*,320,80\.00,ก้าวหน้ากว่าแผน,/);
  }, 120_000);
});
