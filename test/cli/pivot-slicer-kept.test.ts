/**
 * A workbook with a pivot table (cache definition, cache records, pivot table parts, on a sheet of its own) and a
 * slicer on the KPI sheet (slicer and slicer cache parts, x14 extensions of the sheet and the workbook, the slicer's
 * defined name): openpyxl cannot make these, so test/fixtures/build_other_tools.py puts Excel's parts into
 * openpyxl's workbook by hand. After recalc and after summary every such part is byte-identical, the extensions
 * and relationships that point at them are kept, and LibreOffice opens the output. Skips, saying why, without
 * python3-openpyxl; the LibreOffice check is skipped, saying so, without soffice.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { cellValue } from '../../src/core/grid';
import { openPackage } from '../../src/xlsx/package/package';
import { readWorkbookGrid } from '../../src/xlsx/sheet-xml/read-workbook';
import { elements, libreOfficeConvert, partChanges, partText, parts, pythonWithOpenpyxl, soffice } from '../helpers/package-parts';
import { cli, tempDir } from '../helpers/workbook-files';

const python = pythonWithOpenpyxl();
const office = soffice();
if (!python) console.warn('pivot-slicer-kept.test: skipped, python3 with openpyxl (python3-openpyxl) is missing');
else if (!office) console.warn('pivot-slicer-kept.test: LibreOffice opening checks skipped, soffice is missing');
const describeIf = python ? describe : describe.skip;

const KPI = 'xl/worksheets/sheet1.xml';
const PIVOT_AND_SLICER = [
  'xl/pivotCache/pivotCacheDefinition1.xml',
  'xl/pivotCache/pivotCacheRecords1.xml',
  'xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels',
  'xl/pivotTables/pivotTable1.xml',
  'xl/pivotTables/_rels/pivotTable1.xml.rels',
  'xl/slicers/slicer1.xml',
  'xl/slicerCaches/slicerCache1.xml',
  // The pivot table's sheet and its relationship to the pivot table.
  'xl/worksheets/sheet5.xml',
  'xl/worksheets/_rels/sheet5.xml.rels',
  // The KPI sheet's relationships: its slicer, drawing and comments.
  'xl/worksheets/_rels/sheet1.xml.rels',
];

describeIf('a pivot table and a slicer go through the command line untouched', () => {
  let dir: string;
  let input: string;

  beforeAll(() => {
    dir = tempDir('kpi-pivot-');
    execFileSync(python!, [path.join(__dirname, '../fixtures/build_other_tools.py'), dir]);
    input = path.join(dir, 'openpyxl-pivot.xlsx');
  }, 120_000);

  test.each(['recalc', 'summary'] as const)('%s: the pivot and slicer parts byte-identical, what points at them kept, LibreOffice opens it', async (command) => {
    const output = path.join(dir, `pivot-${command}.xlsx`);
    await cli([command, input, '-o', output, '--json']);

    const before = parts(input);
    const after = parts(output);
    for (const name of PIVOT_AND_SLICER) {
      expect([name, before.has(name)]).toEqual([name, true]);
      // Copied as they came: the same compressed bytes, so the same part.
      expect([name, after.get(name)?.compressed.equals(before.get(name)!.compressed)]).toEqual([name, true]);
    }
    const { missing, changed } = partChanges(input, output);
    expect(missing).toEqual([]);
    const mayChange = new Set([KPI, 'xl/styles.xml', 'xl/workbook.xml']);
    if (command === 'summary') ['xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'docProps/app.xml'].forEach((p) => mayChange.add(p));
    expect(changed.filter((p) => !mayChange.has(p))).toEqual([]);

    // The KPI sheet was patched (320 of 400, 80 per cent) and keeps its slicer list and its page break between columns.
    const kpi = readWorkbookGrid(openPackage(readFileSync(output))).grid.sheets[0];
    expect([cellValue(kpi, 4, 12), cellValue(kpi, 4, 13)]).toEqual([320, 80]);
    const sheetBefore = partText(input, KPI);
    const sheetAfter = partText(output, KPI);
    expect(elements(sheetAfter, 'extLst')).toEqual(elements(sheetBefore, 'extLst'));
    expect(elements(sheetAfter, 'extLst')[0]).toContain('<x14:slicer xmlns:r=');
    expect(elements(sheetAfter, 'colBreaks')).toEqual(elements(sheetBefore, 'colBreaks'));
    expect(elements(sheetAfter, 'colBreaks')).toHaveLength(1);

    // The workbook keeps its pivot cache, its slicer cache extension and the slicer's name; the relationships and
    // content types of the parts are still there.
    const wbBefore = partText(input, 'xl/workbook.xml');
    const wbAfter = partText(output, 'xl/workbook.xml');
    for (const el of ['pivotCaches', 'extLst']) {
      expect(elements(wbAfter, el)).toEqual(elements(wbBefore, el));
      expect(elements(wbAfter, el)).toHaveLength(1);
    }
    expect(elements(wbAfter, 'definedName').filter((n) => n.includes('Slicer_Office'))).toEqual(['<definedName name="Slicer_Office">#N/A</definedName>']);
    // CT_Workbook's order: names, then calcPr, then the pivot caches, the extensions last.
    const order = ['<definedNames', '<calcPr', '<pivotCaches', '<extLst', '</workbook>'].map((t) => wbAfter.indexOf(t));
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]))).toBe(true);
    const rels = partText(output, 'xl/_rels/workbook.xml.rels');
    expect(rels).toContain('Id="rIdPivotCache1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"');
    expect(rels).toContain('Id="rIdSlicerCache1" Type="http://schemas.microsoft.com/office/2007/relationships/slicerCache" Target="slicerCaches/slicerCache1.xml"');
    const types = partText(output, '[Content_Types].xml');
    for (const [part, type] of [
      ['/xl/pivotCache/pivotCacheDefinition1.xml', 'pivotCacheDefinition'],
      ['/xl/pivotCache/pivotCacheRecords1.xml', 'pivotCacheRecords'],
      ['/xl/pivotTables/pivotTable1.xml', 'pivotTable'],
      ['/xl/slicers/slicer1.xml', 'application/vnd.ms-excel.slicer+xml'],
      ['/xl/slicerCaches/slicerCache1.xml', 'application/vnd.ms-excel.slicerCache+xml'],
    ]) {
      expect(types).toMatch(new RegExp(`<Override PartName="${part}" ContentType="[^"]*${type.replace(/[.+]/g, '\\$&')}`));
    }

    if (!office) return; // said once above
    const pdf = libreOfficeConvert(office, output, 'pdf', tempDir('kpi-pivot-pdf-'));
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    // LibreOffice read the pivot table itself: saved again by it, the workbook still has one.
    const resaved = libreOfficeConvert(office, output, 'xlsx:Calc MS Excel 2007 XML', tempDir('kpi-pivot-lo-'));
    expect([...parts(resaved).keys()].filter((n) => /^xl\/pivotTables\/pivotTable\d+\.xml$/.test(n))).toHaveLength(1);
  }, 240_000);
});
