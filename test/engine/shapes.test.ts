/**
 * Tables of the shapes offices keep, read by the model (columns with roles, a period axis, rows with roles) from real
 * .xlsx files through the command line: figures written, statuses, warnings, and no input cell changed.
 */
import ExcelJS from 'exceljs';
import { recalculate } from '../../src/core/engine';
import { readGrid } from '../../src/xlsx/read-grid';
import {
  annualTargetWorkbook,
  bahtBudgetWorkbook,
  cumulativeColumnWorkbook,
  halvesWorkbook,
  monthPairsWorkbook,
  monthsUnderQuartersWorkbook,
  notProgressWorkbook,
  totalRowWorkbook,
} from '../fixtures/shapes';
import { shown, recalcWorkbook, warningCodesAt, indicatorAtRow, type RecalcRun, type JsonReport } from '../helpers/workbook-files';

type Run = RecalcRun<JsonReport & { tables: { sheet: string; kind: string; periods: string; rows: string }[]; skipped: { sheet: string; reason: string; detail?: string; cells: string[] }[] }>;
const recalc = (wb: ExcelJS.Workbook, name: string): Promise<Run> => recalcWorkbook(wb, name);

const byRow = indicatorAtRow;
const warningAt = warningCodesAt;

describe('แผนปฏิบัติราชการ: an annual target only, ยุทธศาสตร์ groups, sub-indicators 1.1', () => {
  let r: Run;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    r = await recalc(annualTargetWorkbook(), 'annual-target.xlsx');
    ws = r.out.getWorksheet('แผนปฏิบัติราชการ 2568')!;
  }, 60_000);
  test('one table of quarters, one row each; five indicators (the group rows and the note are none)', () => {
    expect(r.json.tables).toEqual([expect.objectContaining({ kind: 'indicator', periods: 'quarter', rows: 'single', indicators: 5 })]);
    expect(r.json.indicators.map((i) => i.row)).toEqual([6, 7, 8, 10, 11]);
    expect(r.json).toMatchObject({ fiscalYear: 2568, quarter: 2 });
  });
  test('with no quarterly plan: the target, no plans; 20 + 35 = 55 of 120 = 45.83 in I6 and J6', () => {
    expect(byRow(r.json, 6)).toMatchObject({ target: 120, plan: [null, null, null, null], total: 55, percent: 45.83 });
    expect(shown(ws, 'I6')).toBe(55);
    expect(shown(ws, 'J6')).toBe(45.83);
  });
  test('sub-indicators 1.1 and 1.2 are read as indicators: 22 (55.00) and 33 (41.25)', () => {
    expect(shown(ws, 'I7')).toBe(22);
    expect(shown(ws, 'J7')).toBe(55);
    expect(shown(ws, 'I8')).toBe(33);
    expect(shown(ws, 'J8')).toBe(41.25);
  });
  test('a rate takes its latest value (86.1 of 85 = 101.29); a level its latest (3 of 5 = 60.00)', () => {
    expect(byRow(r.json, 10)).toMatchObject({ measure: 'rate', total: 86.1, percent: 101.29 });
    expect(byRow(r.json, 11)).toMatchObject({ measure: 'level', total: 3, percent: 60 });
  });
  test('only the total and percent columns change; the group rows and the note stay as typed', () => {
    expect(r.changed.length).toBeGreaterThan(0);
    for (const a of r.changed) expect(a).toMatch(/!(I|J)(6|7|8|10|11)$/);
  });
});

describe('a budget by project in baht: a group row straight under the header, a รวม row of SUM formulas', () => {
  let r: Run;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    r = await recalc(bahtBudgetWorkbook(), 'baht-budget.xlsx');
    ws = r.out.getWorksheet('งบประมาณ 2568')!;
  }, 60_000);
  test('found as a budget table with three projects and the total row; the group row is no line', () => {
    expect(r.json.tables).toEqual([expect.objectContaining({ kind: 'budget', periods: 'none', budgetLines: 4 })]);
    expect(r.json.budget.map((b) => b.row)).toEqual([5, 6, 7, 8]);
  });
  test('percent disbursed per project: 40.00, 62.50, 10.57; the total 1,950,000 of 4,445,826.25 = 43.86', () => {
    expect(shown(ws, 'G5')).toBe(40);
    expect(shown(ws, 'G6')).toBe(62.5);
    expect(shown(ws, 'G7')).toBe(10.57);
    expect(shown(ws, 'G8')).toBe(43.86);
    expect(r.json.budget[3]).toMatchObject({ allocated: 4_445_826.25, disbursed: 1_950_000 });
  });
  test('the SUM formulas of the รวม row are never overwritten; only column G changes', () => {
    expect(ws.getCell('C8').value).toMatchObject({ formula: 'SUM(C5:C7)' });
    expect(ws.getCell('D8').value).toMatchObject({ formula: 'SUM(D5:D7)' });
    for (const a of r.changed) expect(a).toMatch(/!G[5-8]$/);
  });
});

describe('a budget รวม row typed by hand is checked against its lines', () => {
  test('D8 typed 1,905,000 where the lines add up to 1,950,000: corrected, with a warning naming D8; G8 43.86', async () => {
    const r = await recalc(bahtBudgetWorkbook(true), 'baht-typed.xlsx');
    const ws = r.out.getWorksheet('งบประมาณ 2568')!;
    expect(shown(ws, 'D8')).toBe(1_950_000);
    expect(warningAt(r.json, 'D8')).toContain('total-mismatch');
    expect(r.json.warnings.find((w) => w.cell === 'D8')!.message).toContain('1,905,000');
    expect(shown(ws, 'G8')).toBe(43.86);
    expect(shown(ws, 'C8')).toBe(4_445_826.25);
    for (const a of r.changed) expect(a).toMatch(/!(D8|G[5-8])$/);
  }, 60_000);
});

describe('a รวม row of an indicator table is checked against the indicators above it', () => {
  test('F6 typed 50 becomes 45 (25 + 20) with a warning; E6 typed 30 is warned about (25), never changed; C6 SUM kept', async () => {
    const r = await recalc(totalRowWorkbook(), 'total-row.xlsx');
    const ws = r.out.getWorksheet('ตัวชี้วัดรวม')!;
    expect(r.json.indicators.map((i) => i.row)).toEqual([4, 5]);
    expect(shown(ws, 'F6')).toBe(45);
    expect(warningAt(r.json, 'F6')).toContain('total-mismatch');
    expect(warningAt(r.json, 'E6')).toContain('total-row-mismatch');
    expect(shown(ws, 'E6')).toBe(30);
    expect(ws.getCell('C6').value).toMatchObject({ formula: 'SUM(C4:C5)' });
    for (const a of r.changed) expect(a).toMatch(/!(F[4-6]|G[4-5])$/);
  }, 60_000);
});

describe('แผน/ผล row pairs over months ต.ค.–ก.ย.', () => {
  let r: Run;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    r = await recalc(monthPairsWorkbook(), 'month-pairs.xlsx');
    ws = r.out.getWorksheet('ติดตามรายเดือน')!;
  }, 60_000);
  test('a table by month in row pairs; the months make the quarters (plans 30 a quarter)', () => {
    expect(r.json.tables).toEqual([expect.objectContaining({ periods: 'month', rows: 'pairs', indicators: 2 })]);
    expect(byRow(r.json, 4)).toMatchObject({ plan: [30, 30, 30, 30], result: [31, 33, null, null], total: 64, percent: 53.33, status: ['ahead', 'ahead', null, null] });
  });
  test('แผน then ผล: R5 holds 64, S5 53.33, T5 ก้าวหน้ากว่าแผน', () => {
    expect(shown(ws, 'R5')).toBe(64);
    expect(shown(ws, 'S5')).toBe(53.33);
    expect(shown(ws, 'T5')).toBe('ก้าวหน้ากว่าแผน');
  });
  test('ผล then แผน: 9 written over the typed 10 in R6 with a warning naming R6; behind, flagged', () => {
    expect(byRow(r.json, 6)).toMatchObject({ total: 9, percent: 37.5, status: ['behind', 'behind', null, null], flagged: true });
    expect(shown(ws, 'R6')).toBe(9);
    expect(warningAt(r.json, 'R6')).toContain('total-mismatch');
    expect(shown(ws, 'T6')).toBe('ต่ำกว่าแผน');
  });
  test('no input cell changes: only R, S, T of the ผล rows', () => {
    for (const a of r.changed) expect(a).toMatch(/!(R|S|T)(5|6)$/);
  });
});

describe('months under ไตรมาสที่ headings, three header rows: 322, never 85', () => {
  let r: Run;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    r = await recalc(monthsUnderQuartersWorkbook(), 'months-under-quarters.xlsx');
    ws = r.out.getWorksheet('รายงานผล 2568')!;
  }, 60_000);
  test('the months are read, each quarter their sum: 150 and 172', () => {
    expect(r.json.tables).toEqual([expect.objectContaining({ periods: 'month', rows: 'single', indicators: 3 })]);
    expect(byRow(r.json, 6)).toMatchObject({ result: [150, 172, null, null], total: 322, percent: 53.67 });
  });
  test('P6 holds 322 written over the typed 332, with a warning naming P6; Q6 53.67', () => {
    expect(shown(ws, 'P6')).toBe(322);
    expect(shown(ws, 'P6')).not.toBe(85);
    expect(warningAt(r.json, 'P6')).toContain('total-mismatch');
    expect(r.json.warnings.find((w) => w.cell === 'P6')!.message).toContain('332');
    expect(shown(ws, 'Q6')).toBe(53.67);
  });
  test('the rows typed right keep their totals (14, 24); no month cell changes', () => {
    expect(shown(ws, 'P7')).toBe(14);
    expect(shown(ws, 'P8')).toBe(24);
    for (const a of r.changed) expect(a).toMatch(/!(P|Q)[6-8]$/);
  });
});

describe('an unsure reading writes nothing', () => {
  test('months whose typed totals agree with no reading: the table is left alone, the cells named', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await monthsUnderQuartersWorkbook([500, 7, 99]).xlsx.writeBuffer()) as ArrayBuffer);
    const { report, edits } = recalculate(readGrid(wb));
    expect(report.tables).toEqual([]);
    expect(edits.length).toBe(0);
    expect(report.warnings).toContainEqual(
      expect.objectContaining({ sheet: 'รายงานผล 2568', cell: 'P6', code: 'unsure-reading', args: { cells: ['P6', 'P7', 'P8'], disagreeing: 3, evidence: 3, figures: ['total', 'percent'], ways: ['periods'] } }),
    );
    expect(report.skipped).toEqual([expect.objectContaining({ sheet: 'รายงานผล 2568', range: 'A3:Q5', reason: 'unsure' })]);
  });
  test('months typed as running totals (typed totals = the last month): the running reading is taken', async () => {
    const r = await recalc(monthsUnderQuartersWorkbook([72, 2, 4]), 'running.xlsx');
    // Running: each quarter is the growth since the last; the total to date is the last month's figure.
    expect(byRow(r.json, 6)).toMatchObject({ total: 72 });
    expect(byRow(r.json, 7)).toMatchObject({ total: 2 });
    const ws = r.out.getWorksheet('รายงานผล 2568')!;
    expect([shown(ws, 'P6'), shown(ws, 'P7'), shown(ws, 'P8')]).toEqual([72, 2, 4]);
    expect(r.json.warnings.filter((w) => w.code === 'total-mismatch')).toEqual([]);
  }, 60_000);
});

describe('rounds รอบ ๖ / ๑๒ เดือน above แผน | ผล, in Thai digits', () => {
  let r: Run;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    r = await recalc(halvesWorkbook(), 'halves.xlsx');
    ws = r.out.getWorksheet('ตัวชี้วัด รอบ 6 เดือน')!;
  }, 60_000);
  test('read as rounds; the six-month round is quarter 2', () => {
    expect(r.json.tables).toEqual([expect.objectContaining({ periods: 'half', rows: 'single', indicators: 2 })]);
    expect(r.json.quarter).toBe(2);
  });
  test('60 against a plan of 50: ก้าวหน้ากว่าแผน, ร้อยละ ๖๐.๐๐; 15 against 20: ต่ำกว่าแผน, ๓๗.๕๐', () => {
    expect(shown(ws, 'H5')).toBe('๖๐.๐๐');
    expect(shown(ws, 'I5')).toBe('ก้าวหน้ากว่าแผน');
    expect(shown(ws, 'H6')).toBe('๓๗.๕๐');
    expect(shown(ws, 'I6')).toBe('ต่ำกว่าแผน');
    for (const a of r.changed) expect(a).toMatch(/!(H|I)(5|6)$/);
  });
});

describe('one cumulative column "ผลการดำเนินงาน ณ …"', () => {
  test('the result to date against the target: 150 of 200 = 75.00 in F4, 2 of 8 = 25.00 in F5', async () => {
    const r = await recalc(cumulativeColumnWorkbook(), 'cumulative.xlsx');
    const ws = r.out.getWorksheet('ผลสะสม')!;
    expect(r.json.tables).toEqual([expect.objectContaining({ periods: 'none', indicators: 2 })]);
    expect(shown(ws, 'F4')).toBe(75);
    expect(shown(ws, 'F5')).toBe(25);
    expect(shown(ws, 'E4')).toBe(150);
    for (const a of r.changed) expect(a).toMatch(/!F(4|5)$/);
  }, 60_000);
});

describe('what is not read is said', () => {
  let r: Run;
  beforeAll(async () => {
    r = await recalc(notProgressWorkbook(), 'not-progress.xlsx');
  }, 60_000);
  test('a staff list and a คำรับรอง scoring table are skipped, with why', () => {
    expect(r.json.skipped).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ sheet: 'บุคลากร', reason: 'not-progress', detail: 'staff-list' }),
        expect.objectContaining({ sheet: 'คำรับรอง', reason: 'not-progress', detail: 'scoring' }),
      ]),
    );
  });
  test('a KPI header with no result column is named with the header cells found', () => {
    const s = r.json.skipped.find((x) => x.sheet === 'เป้าหมาย')!;
    expect(s).toMatchObject({ reason: 'no-result' });
    expect(s.cells).toContain('B2 ตัวชี้วัด');
  });
  test('the one progress table is read and nothing else changes', () => {
    expect(r.json.indicators.map((i) => [i.sheet, i.total])).toEqual([['ตัวชี้วัด', 21]]);
    for (const a of r.changed) expect(a).toMatch(/^ตัวชี้วัด!(G|H)5$/);
  });
});
