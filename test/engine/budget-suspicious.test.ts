/**
 * This year's budget sheet beside last year's (test/fixtures/budget-offices.ts twoYearsWorkbook): a negative amount
 * disbursed, 1e15 disbursed of a 500,000 allocation, and a line with 200,000 disbursed and no allocation. Each is
 * computed with as typed and warned about, naming its cell; last year's sheet is listed and left alone.
 */
import { overspentWorkbook, twoYearsWorkbook } from '../fixtures/budget-offices';
import { recalcWorkbook, shown, warningCodesAt, type RecalcRun } from '../helpers/workbook-files';

let r: RecalcRun;
beforeAll(async () => {
  r = await recalcWorkbook(twoYearsWorkbook(), 'two-years.xlsx');
});

test('D4 (−50,000 disbursed) and D6 (1e15 of 500,000) are warned about, and computed as typed', () => {
  expect(warningCodesAt(r.json, 'D4')).toEqual(['suspicious-number']);
  expect(warningCodesAt(r.json, 'D6')).toEqual(['suspicious-number']);
  const ws = r.out.getWorksheet('ปี 2568')!;
  expect(['E4', 'F4', 'E7', 'F7'].map((a) => shown(ws, a))).toEqual([1_050_000, -5, 150_000, 50]);
  expect(r.json.warnings.find((w) => w.cell === 'D6')!.message).toContain('เมื่อเทียบกับงบประมาณที่ได้รับ');
});

test('the line with no allocation (C5) is kept, warned about, and gets no percent or remaining', () => {
  const line = r.json.budget.find((b) => b.row === 5)!;
  expect([line.name, line.allocated, line.disbursed, line.percent]).toEqual(['โครงการปรับปรุงห้องน้ำ', null, 200_000, null]);
  expect(warningCodesAt(r.json, 'C5')).toEqual(['allocation-missing']);
  expect(r.json.warnings.find((w) => w.cell === 'C5')!.message).toContain('200,000');
  const ws = r.out.getWorksheet('ปี 2568')!;
  expect(['C5', 'E5', 'F5'].map((a) => shown(ws, a) ?? null)).toEqual([null, null, null]);
});

test('last year\'s sheet is listed as another year and not written; no input cell changed', () => {
  expect(r.json.warnings.filter((w) => w.sheet === 'ปี 2567').map((w) => w.code)).toEqual(['other-year']);
  expect(r.changed.filter((a) => !/^ปี 2568![EF][4-7]$/.test(a))).toEqual([]);
});

test('a line spending more than its allocation (900,000 + 200,000 PO of 1,000,000): F4 −100,000 written and warned about', async () => {
  const over = await recalcWorkbook(overspentWorkbook(), 'overspent.xlsx');
  const ws = over.out.getWorksheet('เกินงบ')!;
  expect(['F4', 'G4', 'F5', 'G5'].map((a) => shown(ws, a))).toEqual([-100_000, 90, 400_000, 20]);
  expect(warningCodesAt(over.json, 'F4')).toEqual(['suspicious-number']);
  expect(over.json.warnings.find((w) => w.cell === 'F4')!.message).toContain('เบิกจ่ายเกินงบประมาณที่ได้รับ');
  expect(over.json.warnings.map((w) => w.cell)).toEqual(['F4']);
});
