/**
 * A protected sheet's cells that its XML does not hold take the lock of their row's style (customFormat), else of
 * their column's, as in Excel; a cell in the XML keeps its own style's (no `s`: style 0, locked).
 */
import { readSheetXml } from '../../src/xlsx/sheet-xml/read-sheet';
import type { CellStyles } from '../../src/xlsx/sheet-xml/read-styles';

// Style 0 locked (the default), 1 unlocked, 2 locked with a bold font.
const styles: CellStyles = { format: [], fill: [], isDate: [], unlocked: [false, true, false] };

const sheetXml = (protection: string) =>
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<cols><col min="3" max="4" style="1" width="9"/></cols><sheetData>' +
  '<row r="1"><c r="A1" t="inlineStr"><is><t>ตัวชี้วัด</t></is></c><c r="E1" t="inlineStr"><is><t>สถานะ</t></is></c></row>' +
  '<row r="2"><c r="A2"><v>1</v></c><c r="D2"/></row>' +
  '<row r="3" s="1" customFormat="1"><c r="A3"><v>2</v></c></row>' +
  '<row r="4" s="2" customFormat="1"><c r="A4"><v>3</v></c></row>' +
  `<row r="5"><c r="A5"><v>4</v></c><c r="C5" s="2"/></row></sheetData>${protection}</worksheet>`;

const read = (protection: string) => readSheetXml('S', sheetXml(protection), { strings: [], styles, date1904: false });
const unlockedCells = (protection: string) => {
  const grid = read(protection);
  const out: string[] = [];
  grid.unlocked?.forEach((row, r) => row?.forEach((u, c) => u && out.push(`${String.fromCharCode(65 + c)}${r + 1}`)));
  return out.sort();
};

test('cells not in the XML: unlocked by their column (C:D), by their row (3); row 4 locks them again', () => {
  // Not D2 (in the XML without a style: style 0), not A3 (its own), not C4/D4 (row 4's locked style), not C5 (its own).
  expect(unlockedCells('<sheetProtection sheet="1"/>')).toEqual(['B3', 'C1', 'C2', 'C3', 'D1', 'D3', 'D5', 'E3']);
});

test('an unprotected sheet reads no locks', () => {
  expect(read('').unlocked).toBeUndefined();
  expect(read('').protected).toBeUndefined();
});
