/**
 * An output column filled by one array formula (Ctrl+Shift+Enter, or a spilled dynamic array): only its first cell
 * holds the `<f t="array" ref="M5:M8">`, the other cells only the values Excel last computed. They are formulas all
 * the same: a stale value among them is named as a formula's, never overwritten (Excel would compute it back), and
 * the array's cells keep their bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { cellValue } from '../../src/core/grid';
import { openPackage } from '../../src/xlsx/package/package';
import { readWorkbookGrid } from '../../src/xlsx/sheet-xml/read-workbook';
import { partText } from '../helpers/package-parts';
import { cli, tempDir } from '../helpers/workbook-files';
import { handPackage } from './hand-package';

const text = (ref: string, t: string) => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;
const num = (ref: string, n: number) => `<c r="${ref}"><v>${n}</v></c>`;
const COLS = 'ABCDEFGHIJKL';

// Plan per quarter, results Q1–Q3; M = I+J+K as one array formula over M5:M8. The level row's cached 10 is the
// formula's own sum (2 + 4 + 4): the product reads a level's latest value, 4.
const ROWS: [string, string, number, number[], number[]][] = [
  ['จำนวนผู้เข้ารับการอบรม', 'คน', 400, [100, 100, 100, 100], [120, 90, 110]],
  ['จำนวนเรื่องร้องเรียน ไม่เกิน ๑๐ เรื่อง', 'เรื่อง', 10, [3, 3, 2, 2], [2, 4, 3]],
  ['ระดับความสำเร็จของการจัดทำแผน', 'ระดับ', 5, [2, 3, 4, 5], [2, 4, 4]],
  ['จำนวนวิสาหกิจเพื่อสังคม', 'กิจการ', 200, [50, 50, 50, 50], [45, 60, 70]],
];
const ARRAY = '<f t="array" ref="M5:M8">I5:I8+J5:J8+K5:K8</f>';

function arrayCell(r: number, sum: number): string {
  return `<c r="M${r}">${r === 5 ? ARRAY : ''}<v>${sum}</v></c>`;
}

const SHEET =
  '<sheetData>' +
  `<row r="1">${text('A1', 'รายงานผลการดำเนินงานตามตัวชี้วัด ประจำปีงบประมาณ พ.ศ. ๒๕๖๗')}</row>` +
  `<row r="3">${['ลำดับ', 'ตัวชี้วัด', 'หน่วยนับ', 'ค่าเป้าหมาย'].map((h, i) => text(`${COLS[i]}3`, h)).join('')}${text('E3', 'แผน')}${text('I3', 'ผล')}` +
  `${text('M3', 'ผลสะสม')}${text('N3', 'ร้อยละ')}${text('O3', 'สถานะ')}</row>` +
  `<row r="4">${[4, 5, 6, 7, 8, 9, 10, 11].map((c) => text(`${COLS[c]}4`, `ไตรมาส ${'๑๒๓๔'[c % 4]}`)).join('')}</row>` +
  ROWS.map(([name, unit, target, plan, result], i) => {
    const r = 5 + i;
    const cells = [text(`A${r}`, '๑๒๓๔'[i]), text(`B${r}`, name), text(`C${r}`, unit), num(`D${r}`, target)];
    plan.forEach((p, q) => cells.push(num(`${COLS[4 + q]}${r}`, p)));
    result.forEach((x, q) => cells.push(num(`${COLS[8 + q]}${r}`, x)));
    return `<row r="${r}">${cells.join('')}${arrayCell(r, result.reduce((a, b) => a + b, 0))}</row>`;
  }).join('') +
  '</sheetData><mergeCells count="9"><mergeCell ref="A3:A4"/><mergeCell ref="B3:B4"/><mergeCell ref="C3:C4"/><mergeCell ref="D3:D4"/>' +
  '<mergeCell ref="E3:H3"/><mergeCell ref="I3:L3"/><mergeCell ref="M3:M4"/><mergeCell ref="N3:N4"/><mergeCell ref="O3:O4"/></mergeCells>';

const arrayCells = (xml: string) => [...xml.matchAll(/<c r="M[5-8]"[^>]*>[\s\S]*?<\/c>/g)].map((m) => m[0]);

test('the cells of an array formula in the total column are formulas: a stale one is named, none is overwritten', async () => {
  const dir = tempDir('kpi-array-');
  const input = path.join(dir, 'array-total.xlsx');
  writeFileSync(input, handPackage([{ name: 'ตัวชี้วัด', body: SHEET }]));
  const output = path.join(dir, 'array-total.out.xlsx');
  const json = JSON.parse(await cli(['recalc', input, '-o', output, '--json'])) as { warnings: { cell: string; code: string }[] };

  // M7 shows the array's 10 (a level's sum); the level reached is 4: said as a formula's figure, not corrected.
  expect(json.warnings.filter((w) => w.cell === 'M7').map((w) => w.code)).toEqual(['formula-output']);
  const before = arrayCells(partText(input, 'xl/worksheets/sheet1.xml'));
  expect(before).toHaveLength(4);
  expect(arrayCells(partText(output, 'xl/worksheets/sheet1.xml'))).toEqual(before);
  const kpi = readWorkbookGrid(openPackage(readFileSync(output))).grid.sheets[0];
  expect([5, 6, 7, 8].map((r) => cellValue(kpi, r - 1, 12))).toEqual([320, 9, 10, 175]);
  // The percent and status columns beside it are written from the figures: 4 of 5 is 80.00, on plan at Q3.
  expect(cellValue(kpi, 6, 13)).toBe(80);
  expect(cellValue(kpi, 6, 14)).toBe('เป็นไปตามแผน');
});
