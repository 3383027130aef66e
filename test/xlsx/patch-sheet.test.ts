/**
 * The patcher changes only the cells it is given: each pitfall of real sheet XML (rows and cells without r=,
 * self-closed rows, spans, dimension, shared formula masters, a stale calculation chain) on a hand-built part.
 */
import { cellFill, cellFormat, cellValue } from '../../src/core/grid';
import type { Edit } from '../../src/core/types';
import { openPackage } from '../../src/xlsx/package/package';
import { applyEditList } from '../../src/xlsx/patch/apply-edit-list';
import { PackageWriter } from '../../src/xlsx/patch/package-writer';
import { readWorkbookGrid } from '../../src/xlsx/sheet-xml/read-workbook';
import { entryText, readZip } from '../../src/xlsx/zip/read-zip';
import { handPackage } from './hand-package';

const STYLES =
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border/></borders><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/></cellXfs>';

const SHEET =
  '<dimension ref="A1:C3"/><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" state="frozen"/></sheetView></sheetViews>' +
  '<sheetData>' +
  '<row r="1" spans="1:3"><c r="A1" t="inlineStr"><is><t>ตัวชี้วัด</t></is></c><c r="C1"><f>A2+1</f><v>2</v></c></row>' +
  '<row r="2" spans="1:3"><c r="A2" s="1"><v>1</v></c><c r="B2"><f t="shared" ref="B2:B3" si="0">A2*2</f><v>2</v></c></row>' +
  '<row r="3"/>' +
  '<row><c><v>10</v></c><c><v>11</v></c></row>' +
  '</sheetData><dataValidations count="1"><dataValidation type="whole" sqref="A2:A9"><formula1>0</formula1></dataValidation></dataValidations>';

function edit(row: number, col: number, value?: string | number, numberFormat?: string, fill?: string | null): Edit {
  return { sheet: 'KPI', row, col, reason: 'total', value, numberFormat, fill };
}

function patch(edits: Edit[], calcChain = false) {
  const input = handPackage([{ name: 'KPI', body: SHEET }, { name: 'Other', body: '<sheetData/>' }], { styles: STYLES, calcChain });
  const writer = new PackageWriter(openPackage(input));
  const result = applyEditList(writer, edits);
  const output = writer.toBuffer();
  const sheetXml = entryText(readZip(output).find((e) => e.name === 'xl/worksheets/sheet1.xml')!);
  return { input, output, result, sheetXml, grid: readWorkbookGrid(openPackage(output)).grid };
}

test('cells written in column order, into a self-closed row, a missing row and a row without r=; the rest of the part as it was', () => {
  const { sheetXml, grid, input, output } = patch([edit(0, 1, 'รวม'), edit(2, 4, 113), edit(5, 0, 'ต่ำกว่าแผน'), edit(3, 2, 80.71, '0.00')]);
  const kpi = grid.sheets[0];
  expect(cellValue(kpi, 0, 0)).toBe('ตัวชี้วัด');
  expect(cellValue(kpi, 0, 1)).toBe('รวม');
  expect(cellValue(kpi, 0, 2)).toBe(2);
  expect(cellValue(kpi, 2, 4)).toBe(113);
  expect(cellValue(kpi, 3, 0)).toBe(10);
  expect(cellValue(kpi, 3, 1)).toBe(11);
  expect(cellValue(kpi, 3, 2)).toBe(80.71);
  expect(cellFormat(kpi, 3, 2)).toBe('0.00');
  expect(cellValue(kpi, 5, 0)).toBe('ต่ำกว่าแผน');
  expect(sheetXml).toContain('<row r="1" spans="1:3"><c r="A1" t="inlineStr"><is><t>ตัวชี้วัด</t></is></c><c r="B1" t="inlineStr"><is><t>รวม</t></is></c><c r="C1">');
  expect(sheetXml).toContain('<row r="3"><c r="E3"><v>113</v></c></row>');
  expect(sheetXml).toContain('<row r="4"><c r="A4"><v>10</v></c><c r="B4"><v>11</v></c><c r="C4" s="2"><v>80.71</v></c></row>');
  expect(sheetXml).toContain('<dimension ref="A1:E6"/>');
  expect(sheetXml).toContain('<pane ySplit="1" topLeftCell="A2" state="frozen"/>');
  expect(sheetXml).toContain('<dataValidation type="whole" sqref="A2:A9"><formula1>0</formula1></dataValidation>');
  // Parts not written are copied byte for byte; the other sheet is untouched.
  const before = new Map(readZip(input).map((e) => [e.name, e.compressed]));
  for (const e of readZip(output)) {
    if (['xl/worksheets/sheet1.xml', 'xl/styles.xml', 'xl/workbook.xml'].includes(e.name)) continue;
    expect([e.name, e.compressed.equals(before.get(e.name)!)]).toEqual([e.name, true]);
  }
});

test('spans widen to the new column; a format and a fill keep the cell’s other style; existing style indexes are unchanged', () => {
  const { sheetXml, grid, output } = patch([edit(1, 3, 5), edit(1, 0, undefined, undefined, 'FFC7CE'), edit(1, 0, undefined, undefined, 'FFC7CE')]);
  expect(sheetXml).toContain('<row r="2" spans="1:4">');
  const kpi = grid.sheets[0];
  expect(cellValue(kpi, 1, 0)).toBe(1); // the value stays
  expect(cellFill(kpi, 1, 0)).toBe('FFC7CE');
  expect(cellFormat(kpi, 1, 0)).toBe('0.0'); // the number format of style 1 stays
  const styles = entryText(readZip(output).find((e) => e.name === 'xl/styles.xml')!);
  expect(styles).toContain('<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/>');
  expect(styles).toContain('<fills count="3">');
});

test('the first cell of a shared formula is not overwritten (the cells sharing it would break): said, not written', () => {
  const { grid, result } = patch([edit(1, 1, 99)]);
  expect(cellValue(grid.sheets[0], 1, 1)).toBe(2);
  expect(result.warnings).toEqual([expect.objectContaining({ sheet: 'KPI', cell: 'B2' })]);
});

test('a replaced formula drops the stale calculation chain with its relationship and content type; Excel recalculates on opening', () => {
  const { output } = patch([edit(0, 2, 3)], true);
  const parts = new Map(readZip(output).map((e) => [e.name, e]));
  expect(parts.has('xl/calcChain.xml')).toBe(false);
  expect(entryText(parts.get('xl/_rels/workbook.xml.rels')!)).not.toContain('calcChain');
  expect(entryText(parts.get('[Content_Types].xml')!)).not.toContain('calcChain');
  expect(entryText(parts.get('xl/workbook.xml')!)).toContain('<calcPr calcId="191029" fullCalcOnLoad="1"/>');
});

test('a value only, and text that starts with = stays text', () => {
  const { grid, output } = patch([edit(0, 1, '=SUM(A1:A9)')], true);
  expect(cellValue(grid.sheets[0], 0, 1)).toBe('=SUM(A1:A9)');
  expect(readZip(output).some((e) => e.name === 'xl/calcChain.xml')).toBe(true); // no formula was replaced
});
