/** Layouts B, C and A beyond the seed: numbers with formats, lower-is-better, level and rate, Q1/Q3/Q4 reports, hostile cells. */
import type ExcelJS from 'exceljs';
import { budgetOnlyWorkbook, hostileWorkbook, layoutAArabicQ1Workbook, layoutBQ4Workbook, layoutCWorkbook } from '../fixtures/workbooks';
import { changedCells, recalcFile, readWorkbook, shown, snapshot, writeTemp, type JsonReport } from '../helpers/workbook-files';

async function recalc(wb: ExcelJS.Workbook, name: string) {
  const input = await writeTemp(wb, name);
  const before = await readWorkbook(input);
  const r = await recalcFile(input);
  return { ...r, before };
}
const byRow = (json: JsonReport, row: number) => json.indicators.find((i) => i.row === row)!;

describe('layout C with real numbers, FY 2567, a Q3 report', () => {
  let r: Awaited<ReturnType<typeof recalc>>;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    r = await recalc(layoutCWorkbook(), 'layout-c.xlsx');
    ws = r.out.getWorksheet('ตัวชี้วัด ปี ๒๕๖๗')!;
  });
  test('the period: FY 2567, quarter 3 (the latest with a result)', () => {
    expect(r.json).toMatchObject({ fiscalYear: 2567, quarter: 3 });
  });
  test('a count: M5 holds 320 as a number, N5 80.00, O5 ก้าวหน้ากว่าแผน', () => {
    expect(byRow(r.json, 5)).toMatchObject({ total: 320, percent: 80, status: ['ahead', 'ahead', 'ahead', null] });
    expect(shown(ws, 'M5')).toBe(320);
    expect(shown(ws, 'N5')).toBe(80);
    expect(ws.getCell('N5').numFmt).toMatch(/0\.00/);
    expect(shown(ws, 'O5')).toBe('ก้าวหน้ากว่าแผน');
  });
  test('lower is better: 9 complaints against 8 planned is behind, and flagged', () => {
    expect(byRow(r.json, 6)).toMatchObject({ direction: 'lower', total: 9, percent: 90, status: ['ahead', 'on-plan', 'behind', null], flagged: true });
    expect(shown(ws, 'O6')).toBe('ต่ำกว่าแผน');
    expect(ws.getCell('O6').fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
  });
  test('a level carries its latest value: 4 of 5 = 80.00', () => {
    expect(byRow(r.json, 7)).toMatchObject({ measure: 'level', total: 4, percent: 80, status: ['on-plan', 'ahead', 'on-plan', null] });
  });
  test('a rate takes the latest value: 84.1 of 85 = 98.94', () => {
    expect(byRow(r.json, 8)).toMatchObject({ measure: 'rate', total: 84.1, percent: 98.94, status: ['ahead', 'behind', 'behind', null] });
  });
  test('a formula in ผลสะสม is never overwritten', () => {
    expect(byRow(r.json, 9)).toMatchObject({ total: 175, percent: 87.5 });
    expect(ws.getCell('M9').value).toMatchObject({ formula: 'SUM(I9:L9)' });
  });
  test('a due plan with a blank result is ยังไม่รายงานผล; a Q4-only plan is ยังไม่ถึงกำหนด', () => {
    expect(byRow(r.json, 10).overall).toBe('no-data');
    expect(shown(ws, 'O10')).toBe('ยังไม่รายงานผล');
    expect(byRow(r.json, 11).overall).toBe('not-due');
    expect(shown(ws, 'O11')).toBe('ยังไม่ถึงกำหนด');
  });
  test('only the output columns M, N, O change', () => {
    const changed = changedCells(snapshot(r.before), snapshot(r.out));
    expect(changed.length).toBeGreaterThan(0);
    for (const a of changed) expect(a).toMatch(/!(M|N|O)\d+$/);
  });
});

describe('layout A with Arabic digits, FY 2568, a Q1 report', () => {
  let r: Awaited<ReturnType<typeof recalc>>;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    r = await recalc(layoutAArabicQ1Workbook(), 'layout-a.xlsx');
    ws = r.out.getWorksheet('แบบรายงาน 2568')!;
  });
  test('totals are written as Arabic-digit text like the table', () => {
    expect(r.json).toMatchObject({ fiscalYear: 2568, quarter: 1 });
    expect(shown(ws, 'E5')).toBe('35');
    expect(shown(ws, 'E7')).toBe('4,250');
    expect(shown(ws, 'E9')).toBe('ระดับ 1');
    expect(byRow(r.json, 4)).toMatchObject({ percent: 29.17, overall: 'ahead' });
    expect(byRow(r.json, 6)).toMatchObject({ percent: 21.25, overall: 'behind' });
  });
  test('a wrong hand-written status word is replaced; the number beside it is kept', () => {
    expect(shown(ws, 'F7')).toBe('4,250 (ต่ำกว่าแผน)');
    expect(r.json.warnings.find((w) => w.cell === 'F7')?.code).toBe('label-mismatch');
  });
});

describe('layout B, FY 2565, a Q4 report in Thai digits', () => {
  let r: Awaited<ReturnType<typeof recalc>>;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    r = await recalc(layoutBQ4Workbook(), 'layout-b.xlsx');
    ws = r.out.getWorksheet('ตารางที่ ๑')!;
  });
  test('totals and percentages in Thai digits', () => {
    expect(r.json).toMatchObject({ fiscalYear: 2565, quarter: 4 });
    expect(shown(ws, 'H5')).toBe('๒๐๕');
    expect(shown(ws, 'I5')).toBe('๑๐๒.๕๐');
    expect(byRow(r.json, 4).status).toEqual(['behind', 'on-plan', 'on-plan', 'ahead']);
  });
  test('cumulative with base 1,200: 1,380 and 90.00, behind at Q4', () => {
    expect(byRow(r.json, 6)).toMatchObject({ measure: 'cumulative', total: 1380, percent: 90, status: ['not-due', 'not-due', 'not-due', 'behind'] });
    expect(shown(ws, 'H7')).toBe('๑,๓๘๐');
  });
  test('a level: ระดับ ๕ at Q4 after falling behind in Q3', () => {
    expect(byRow(r.json, 10)).toMatchObject({ total: 5, percent: 100, status: ['on-plan', 'on-plan', 'behind', 'on-plan'] });
    expect(shown(ws, 'H11')).toBe('ระดับ ๕');
  });
});

describe('budget only, FY 2567, Q1', () => {
  test('percentages are computed into the empty output cells, and a line under plan is behind', async () => {
    const r = await recalc(budgetOnlyWorkbook(), 'budget.xlsx');
    expect(r.json.budget.map((b) => [b.percent, b.plannedPercent, b.status])).toEqual([
      [35, 30, 'ahead'],
      [20, 30, 'behind'],
      [30.71, 30, 'ahead'],
    ]);
    const ws = r.out.getWorksheet('งบประมาณ 2567')!;
    expect(shown(ws, 'X7')).toBe(30.71);
  });
});

describe('a hostile sheet', () => {
  let r: Awaited<ReturnType<typeof recalc>>;
  beforeAll(async () => {
    r = await recalc(hostileWorkbook(), 'hostile.xlsx');
  });
  test('error values are reported by sheet and cell, and the rest is processed', () => {
    const cells = r.json.warnings.filter((w) => w.code === 'unreadable-cell').map((w) => `${w.sheet}!${w.cell}`);
    expect(cells).toEqual(expect.arrayContaining(['ตัวชี้วัด!J5', 'ตัวชี้วัด!J6']));
    expect(byRow(r.json, 7)).toMatchObject({ direction: 'lower', total: 5, percent: 50, overall: 'ahead' });
  });
  test('names that look like formulas stay text; no formula is created', () => {
    const ws = r.out.getWorksheet('ตัวชี้วัด')!;
    expect(shown(ws, 'B5')).toBe('=SUM(A1:A3) จำนวนผู้เข้าร่วมโครงการ');
    expect(shown(ws, 'I6')).toBe('=10');
    let formulas = 0;
    r.out.eachSheet((s) => s.eachRow((row) => row.eachCell((c) => void (c.formula ? formulas++ : 0))));
    let before = 0;
    r.before.eachSheet((s) => s.eachRow((row) => row.eachCell((c) => void (c.formula ? before++ : 0))));
    expect(formulas).toBe(before);
  });
  test('huge and negative numbers add up like a calculator', () => {
    expect(byRow(r.json, 9)).toMatchObject({ total: 7.5e14, percent: 75 });
    expect(byRow(r.json, 10)).toMatchObject({ total: 45, percent: 45, overall: 'behind' });
  });
  test('the merged note over the outputs, and the other sheets, are untouched', () => {
    const changed = changedCells(snapshot(r.before), snapshot(r.out));
    expect(changed.filter((a) => /!(M|N|O)11$/.test(a))).toEqual([]);
    expect(changed.filter((a) => !a.startsWith('ตัวชี้วัด!'))).toEqual([]);
  });
});
