/**
 * Reading values from what other tools write: exceljs's own files read as exceljs reads them, and by hand-built
 * parts the features exceljs never writes (shared formulas, inline and rich strings, t="str", rows and cells
 * without r=, the 1904 date system, a damaged sheet part).
 */
import ExcelJS from 'exceljs';
import { cellFormat, cellIsFormula, cellValue, type Grid, type SheetGrid } from '../../src/core/grid';
import { openPackage } from '../../src/xlsx/package/package';
import { readGrid } from '../../src/xlsx/read-grid';
import { readWorkbookGrid } from '../../src/xlsx/sheet-xml/read-workbook';
import { FIXTURES } from '../fixtures/workbooks';
import { handPackage } from './hand-package';

function plain(g: Grid) {
  const dense = <T>(rows: (T[] | undefined)[] | undefined) => Array.from(rows ?? [], (r) => Array.from(r ?? [], (v) => v ?? null));
  return g.sheets.map((s) => ({
    name: s.name,
    values: dense(s.values),
    formulas: dense(s.formulas),
    fills: dense(s.fills),
    merges: [...s.merges].sort((a, b) => a.top - b.top || a.left - b.left),
  }));
}

test.each(Object.keys(FIXTURES))('%s reads the same values, formulas, fills and merges as through exceljs', async (name) => {
  const bytes = Buffer.from((await FIXTURES[name]().xlsx.writeBuffer()) as ArrayBuffer);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const read = readWorkbookGrid(openPackage(bytes));
  expect(read.warnings).toEqual([]);
  expect(plain(read.grid)).toEqual(plain(readGrid(wb)));
});

const sheet = (g: Grid, name: string): SheetGrid => g.sheets.find((s) => s.name === name)!;

test('what Excel, LibreOffice and openpyxl write and exceljs does not: each cell reads as the user sees it', () => {
  const bytes = handPackage(
    [
      {
        name: 'KPI',
        body:
          '<sheetData>' +
          '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><r><t>ผล</t></r><r><rPr><b/></rPr><t xml:space="preserve"> ไตรมาส ๒</t></r></is></c></row>' +
          // shared formula: master B2 and a cell that shares it; a formula with a text result
          '<row r="2"><c r="A2"><v>40</v></c><c r="B2"><f t="shared" ref="B2:B3" si="0">A2*2</f><v>80</v></c><c r="C2" t="str"><f>"ระดับ "&amp;A2</f><v>ระดับ 40</v></c><c r="D2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E2" t="b"><v>1</v></c></row>' +
          '<row r="3"><c r="A3"><v>2.5</v></c><c r="B3"><f t="shared" si="0"/><v>5</v></c></row>' +
          // a row and cells without r=: row 4, cells A4, B4, then D4 named
          '<row><c><v>7</v></c><c t="s"><v>2</v></c><c r="D4" s="1"><v>45016</v></c></row>' +
          '<row/>' +
          '<row><c t="inlineStr"><is><t>แถว ๖</t></is></c></row>' +
          '</sheetData>',
      },
      { name: 'Broken', body: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' },
    ],
    {
      sharedStrings: [
        '<si><t>ตัวชี้วัด</t></si>',
        // rich text with a phonetic run (left out) and an escaped control character
        '<si><r><t>ค่า</t></r><r><rPr><i/></rPr><t>เป้าหมาย_x000D_</t></r><rPh sb="0" eb="1"><t>PHONETIC</t></rPh></si>',
        '<si><t>a &amp; b _x005F_x0041_</t></si>',
      ],
      styles:
        '<numFmts count="1"><numFmt numFmtId="164" formatCode="[$-D01041E]#,##0.00"/></numFmts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
        '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/></cellXfs>',
      workbookPr: '<workbookPr date1904="1"/>',
    },
  );
  const read = readWorkbookGrid(openPackage(bytes));
  const kpi = sheet(read.grid, 'KPI');
  expect(cellValue(kpi, 0, 0)).toBe('ตัวชี้วัด');
  expect(cellValue(kpi, 0, 1)).toBe('ค่าเป้าหมาย\r');
  expect(cellValue(kpi, 0, 2)).toBe('ผล ไตรมาส ๒');
  expect(cellValue(kpi, 1, 1)).toBe(80);
  expect(cellIsFormula(kpi, 1, 1)).toBe(true);
  expect(cellValue(kpi, 2, 1)).toBe(5);
  expect(cellIsFormula(kpi, 2, 1)).toBe(true);
  expect(cellValue(kpi, 1, 2)).toBe('ระดับ 40');
  expect(cellValue(kpi, 1, 3)).toEqual({ error: '#DIV/0!' });
  expect(cellValue(kpi, 1, 4)).toBe(true);
  expect(cellValue(kpi, 3, 0)).toBe(7);
  expect(cellValue(kpi, 3, 1)).toBe('a & b _x0041_');
  // 45016 in the 1904 system is 31 March 2027 + … : moved by 1,462 days to the 1900 system core reads
  expect(cellValue(kpi, 3, 3)).toBe(45016 + 1462);
  expect(cellFormat(kpi, 3, 3)).toBe('mm-dd-yy');
  expect(cellValue(kpi, 5, 0)).toBe('แถว ๖');
});

test('a damaged sheet part is skipped with a warning naming it; the table sheets are still read', () => {
  const good = handPackage([
    { name: 'KPI', body: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>ตัวชี้วัด</t></is></c></row></sheetData>' },
    { name: 'Chart data', body: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' },
  ]);
  const pkg = openPackage(good);
  // The second sheet's deflated bytes are garbage: inflating them fails.
  const entry = pkg.entries.get('xl/worksheets/sheet2.xml')!;
  entry.compressed = Buffer.from(entry.compressed.map((b) => b ^ 0x5a));
  const read = readWorkbookGrid(pkg);
  expect(read.grid.sheets.map((s) => s.name)).toEqual(['KPI']);
  expect(cellValue(read.grid.sheets[0], 0, 0)).toBe('ตัวชี้วัด');
  expect(read.warnings).toEqual([expect.objectContaining({ sheet: 'Chart data', code: 'unreadable-sheet' })]);
});
