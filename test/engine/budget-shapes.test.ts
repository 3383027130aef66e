/**
 * Budget tables read by the model from real .xlsx files through the command line: commitments and remaining
 * computed and checked, budgets by month read into quarters, and each reading tested against the table's own figures.
 */
import ExcelJS from 'exceljs';
import { recalculate } from '../../src/core/engine';
import { readGrid } from '../../src/xlsx/read-grid';
import {
  commitmentsWorkbook,
  grandTotalWorkbook,
  grossRemainingWorkbook,
  groupedMonthTotalsWorkbook,
  monthlyBudgetWorkbook,
  monthPercentOwnWorkbook,
  monthPercentToDateWorkbook,
  monthTotalsWorkbook,
  pairMonthTotalWorkbook,
  pairPercentRowsWorkbook,
  runningMonthsWorkbook,
} from '../fixtures/budget-shapes';
import { recalcFile, shown, writeTemp, recalcWorkbook, warningCodesAt, changedCells, snapshot, type RecalcRun, type JsonReport } from '../helpers/workbook-files';

type Json = JsonReport & {
  tables: { sheet: string; kind: string; periods: string }[];
  skipped: { sheet: string; range: string; reason: string; cells: string[] }[];
  budget: (JsonReport['budget'][number] & { committed: number | null; remaining: number | null })[];
  warnings: (JsonReport['warnings'][number] & { args: Record<string, unknown> })[];
};
type Run = RecalcRun<Json>;
const recalc = (wb: ExcelJS.Workbook, name: string): Promise<Run> => recalcWorkbook(wb, name);

/** The engine's report on the workbook as saved and read back (for figures the JSON does not carry). */
async function engineReport(wb: ExcelJS.Workbook) {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return recalculate(readGrid(back)).report;
}

const codesAt = warningCodesAt;
const cellsOf = (r: Run) => r.changed.map((a) => a.replace(/^.*!/, '')).sort();

describe('a budget by project with commitments (ก่อหนี้ผูกพัน) and remaining (คงเหลือ)', () => {
  let r: Run;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    r = await recalc(commitmentsWorkbook(), 'commitments.xlsx');
    ws = r.out.getWorksheet('เบิกจ่ายรายโครงการ')!;
  }, 60_000);
  test('remaining is allocated − disbursed − committed: F6 500,000 − 125,500.50 − 0 = 374,499.50', () => {
    expect(shown(ws, 'F6')).toBe(374_499.5);
    expect(r.json.budget.find((b) => b.row === 4)).toMatchObject({ allocated: 1_200_000, disbursed: 450_000, committed: 150_000, remaining: 600_000, percent: 37.5 });
  });
  test('F7 typed 305,000 where 650,000 − 260,000 − 40,000 = 350,000: corrected, the warning names F7 and the typed figure', () => {
    expect(shown(ws, 'F7')).toBe(350_000);
    expect(codesAt(r.json, 'F7')).toEqual(['total-mismatch']);
    expect(r.json.warnings.find((w) => w.cell === 'F7')!.message).toContain('305,000');
    expect(r.json.warnings.find((w) => w.cell === 'F7')!.message).toContain('คงเหลือ');
  });
  test('F8 is a formula: never overwritten (its value agrees: no warning)', () => {
    expect(ws.getCell('F8').value).toMatchObject({ formula: 'C8-D8-E8' });
    expect(codesAt(r.json, 'F8')).toEqual([]);
  });
  test('percent disbursed where empty: G4 37.50, G6 25.10, G8 30.00; G5 and G7 typed right stay 40', () => {
    expect([shown(ws, 'G4'), shown(ws, 'G5'), shown(ws, 'G6'), shown(ws, 'G7'), shown(ws, 'G8')]).toEqual([37.5, 40, 25.1, 40, 30]);
  });
  test('the รวม row: E9 typed 310,000 corrected to the lines\' 300,000 with a warning; F9 1,904,499.50; G9 36.10', () => {
    expect(shown(ws, 'E9')).toBe(300_000);
    expect(codesAt(r.json, 'E9')).toEqual(['total-mismatch']);
    expect(shown(ws, 'F9')).toBe(1_904_499.5);
    expect(shown(ws, 'G9')).toBe(36.1);
    expect(r.json.budget.find((b) => b.row === 9)).toMatchObject({ allocated: 3_450_000, disbursed: 1_245_500.5, committed: 300_000, remaining: 1_904_499.5 });
  });
  test('only output cells change: no allocation, disbursement or line commitment', () => {
    expect(cellsOf(r)).toEqual(expect.arrayContaining(['E9', 'F6', 'F7', 'F9', 'G4', 'G6', 'G8', 'G9']));
    for (const a of r.changed) expect(a).toMatch(/!(E9|F[6-9]|G[4-9])$/);
    for (const a of ['C4', 'D4', 'E4', 'F4', 'F5', 'C9', 'D9']) expect(r.changed).not.toContain(`เบิกจ่ายรายโครงการ!${a}`);
  });
});

describe('คงเหลือ read against its own typed figures', () => {
  test('an office whose remaining leaves commitments in (600,000 = 1,000,000 − 400,000): F6 written 450,000, not 400,000', async () => {
    const r = await recalc(grossRemainingWorkbook(), 'gross.xlsx');
    const ws = r.out.getWorksheet('งบคงเหลือ')!;
    expect(shown(ws, 'F6')).toBe(450_000);
    expect([shown(ws, 'F4'), shown(ws, 'F5')]).toEqual([600_000, 1_500_000]);
    expect(r.json.warnings.filter((w) => w.code === 'total-mismatch')).toEqual([]);
    for (const a of r.changed) expect(a).toMatch(/!(F6|G[4-6])$/);
  }, 60_000);
  test('typed remaining that no reading gives (520,000; 1,111,000): nothing written, unsure-reading names F4 and F5', async () => {
    const report = await engineReport(grossRemainingWorkbook([520_000, 1_111_000]));
    expect(report.tables).toEqual([]);
    expect(report.budget).toEqual([]);
    expect(report.warnings).toContainEqual(expect.objectContaining({ sheet: 'งบคงเหลือ', cell: 'F4', code: 'unsure-reading', args: { cells: ['F4', 'F5'], disagreeing: 2, evidence: 2, figures: ['remaining'], ways: ['percent-of', 'remaining'] } }));
    expect(report.skipped).toEqual([expect.objectContaining({ sheet: 'งบคงเหลือ', reason: 'unsure', cells: ['F4', 'F5'] })]);
    // The command line writes no file and says which cells.
    const input = await writeTemp(grossRemainingWorkbook([520_000, 1_111_000]), 'unsure-remaining.xlsx');
    await expect(recalcFile(input)).rejects.toThrow(/งบคงเหลือ!A3:G3.*F4; F5/);
  }, 60_000);
});

describe('a budget by month under ไตรมาสที่ headings (three header rows)', () => {
  let r: Run;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    r = await recalc(monthlyBudgetWorkbook(), 'monthly-budget.xlsx');
    ws = r.out.getWorksheet('เบิกจ่ายรายเดือน')!;
  }, 60_000);
  test('read as a budget by month; each quarter the sum of its months (row 6: 300,000 then 600,000 to date)', async () => {
    expect(r.json.tables).toEqual([expect.objectContaining({ kind: 'budget', periods: 'month' })]);
    expect(r.json.quarter).toBe(2);
    const report = await engineReport(monthlyBudgetWorkbook());
    const byRow = (row: number) => report.budget.find((b) => b.row === row)!;
    expect(byRow(6).disbursedByQuarter).toEqual([300_000, 600_000, null, null]);
    expect(byRow(7).disbursedByQuarter).toEqual([150_000, 300_000, null, null]); // มี.ค. '-' is nothing disbursed
    expect(byRow(9).disbursedByQuarter).toEqual([510_000, 1_020_000, null, null]);
  });
  test('R6 50.00; Q7 600,000 and R7 33.33; the typed 600,000 of P6 and Q6 stay', () => {
    expect(shown(ws, 'R6')).toBe(50);
    expect(shown(ws, 'Q7')).toBe(600_000);
    expect(shown(ws, 'R7')).toBe(33.33);
    expect([shown(ws, 'P6'), shown(ws, 'Q6'), shown(ws, 'P7')]).toEqual([600_000, 600_000, 300_000]);
  });
  test('P8 typed 130,000 where its months add up to 120,000: corrected with a warning naming P8 (never the last month, 20,000)', () => {
    expect(shown(ws, 'P8')).toBe(120_000);
    expect(codesAt(r.json, 'P8')).toEqual(['total-mismatch']);
    expect(r.json.warnings.find((w) => w.cell === 'P8')!.message).toContain('130,000');
  });
  test('the รวม row: 1,020,000 disbursed, 1,480,000 left, 40.80; its SUM of allocations kept; no month cell changes', () => {
    expect([shown(ws, 'P9'), shown(ws, 'Q9'), shown(ws, 'R9')]).toEqual([1_020_000, 1_480_000, 40.8]);
    expect(ws.getCell('C9').value).toMatchObject({ formula: 'SUM(C6:C8)' });
    for (const a of r.changed) expect(a).toMatch(/!(P[6-9]|Q[6-9]|R[6-9])$/);
  });
});

describe('months each holding the disbursement to date', () => {
  test('headed ผลการเบิกจ่ายสะสม: the last month reported is the quarter (200,000, 400,000), P5 400,000, Q5 40.00', async () => {
    const r = await recalc(runningMonthsWorkbook('ผลการเบิกจ่ายสะสม', false), 'running-said.xlsx');
    const ws = r.out.getWorksheet('เบิกจ่ายสะสม')!;
    expect([shown(ws, 'P5'), shown(ws, 'Q5'), shown(ws, 'P6'), shown(ws, 'Q6')]).toEqual([400_000, 40, 60_000, 12]);
    const report = await engineReport(runningMonthsWorkbook('ผลการเบิกจ่ายสะสม', false));
    expect(report.budget[0].disbursedByQuarter).toEqual([200_000, 400_000, null, null]);
  }, 60_000);
  test('headed only ผลการเบิกจ่าย, but the typed total (60,000 = the last month) says to date: read so, not summed to 210,000', async () => {
    const r = await recalc(runningMonthsWorkbook('ผลการเบิกจ่าย'), 'running-typed.xlsx');
    const ws = r.out.getWorksheet('เบิกจ่ายสะสม')!;
    expect([shown(ws, 'P5'), shown(ws, 'Q5')]).toEqual([400_000, 40]);
    expect([shown(ws, 'P6'), shown(ws, 'Q6')]).toEqual([60_000, 12]);
    expect(r.json.warnings.filter((w) => /mismatch/.test(w.code))).toEqual([]);
    for (const a of r.changed) expect(a).toMatch(/!(P5|Q[56])$/);
  }, 60_000);
});

describe('a budget by month: the รวม row\'s month cells checked against its lines', () => {
  let r: Run;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    r = await recalc(monthTotalsWorkbook(), 'month-totals.xlsx');
    ws = r.out.getWorksheet('รวมรายเดือน')!;
  }, 60_000);
  test('E8 typed 110,000 where the lines\' พ.ย. add up to 100,000: corrected, the warning names E8 and the typed figure', () => {
    expect(shown(ws, 'E8')).toBe(100_000);
    expect(codesAt(r.json, 'E8')).toEqual(['total-mismatch']);
    expect(r.json.warnings.find((w) => w.cell === 'E8')!.message).toContain('110,000');
  });
  test('G8 =SUM(G5:G6) shows 130,000 where the lines add up to 150,000: kept, and warned about', () => {
    expect(ws.getCell('G8').value).toMatchObject({ formula: 'SUM(G5:G6)' });
    expect(codesAt(r.json, 'G8')).toEqual(['formula-output']);
  });
  test('D8 80,000, F8 =SUM(F5:F7) and H8 120,000 (ก.พ. \'-\' is nothing) agree: no warning; I8 stays empty', () => {
    expect([shown(ws, 'D8'), shown(ws, 'F8'), shown(ws, 'H8'), shown(ws, 'I8')]).toEqual([80_000, 130_000, 120_000, null]);
    expect(ws.getCell('F8').value).toMatchObject({ formula: 'SUM(F5:F7)' });
    for (const a of ['D8', 'F8', 'H8', 'I8']) expect(codesAt(r.json, a)).toEqual([]);
  });
  test('the total row: 770,000 disbursed, 38.50; only E8 and the total and percent cells change', () => {
    expect([shown(ws, 'P8'), shown(ws, 'Q8')]).toEqual([770_000, 38.5]);
    for (const a of r.changed) expect(a).toMatch(/!(E8|P[5-8]|Q[5-8])$/);
  });
});

describe('a budget by month under ไตรมาสที่ headings with a รวม row per group and a รวมทั้งสิ้น row', () => {
  let r: Run;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    r = await recalc(groupedMonthTotalsWorkbook(), 'grouped-month-totals.xlsx');
    ws = r.out.getWorksheet('รวมรายไตรมาส')!;
  }, 60_000);
  test('group 1\'s รวม: F8 typed 45,000 where its lines\' ธ.ค. add up to 35,000: corrected with a warning naming F8', () => {
    expect(shown(ws, 'F8')).toBe(35_000);
    expect(codesAt(r.json, 'F8')).toEqual(['total-mismatch']);
    expect(r.json.warnings.find((w) => w.cell === 'F8')!.message).toContain('45,000');
  });
  test('group 2\'s รวม is checked against its own lines: C11 1,200,000, D11, E11 and F11 =SUM(F9:F10) kept, no warning', () => {
    expect([shown(ws, 'C11'), shown(ws, 'D11'), shown(ws, 'E11'), shown(ws, 'F11')]).toEqual([1_200_000, 100_000, 110_000, 100_000]);
    expect(ws.getCell('F11').value).toMatchObject({ formula: 'SUM(F9:F10)' });
    for (const a of ['C11', 'D11', 'E11', 'F11']) expect(codesAt(r.json, a)).toEqual([]);
    expect([shown(ws, 'P11'), shown(ws, 'Q11'), shown(ws, 'R11')]).toEqual([630_000, 570_000, 52.5]);
  });
  test('รวมทั้งสิ้น against all four lines: F12 typed 145,000 corrected to 135,000; G12 =SUM(G6:G9) (145,000 of 155,000) kept and warned about', () => {
    expect(shown(ws, 'F12')).toBe(135_000);
    expect(codesAt(r.json, 'F12')).toEqual(['total-mismatch']);
    expect(ws.getCell('G12').value).toMatchObject({ formula: 'SUM(G6:G9)' });
    expect(codesAt(r.json, 'G12')).toEqual(['formula-output']);
    expect([shown(ws, 'D12'), shown(ws, 'E12'), shown(ws, 'C12')]).toEqual([115_000, 135_000, 2_000_000]);
    expect([shown(ws, 'P12'), shown(ws, 'Q12'), shown(ws, 'R12')]).toEqual([870_000, 1_130_000, 43.5]);
  });
  test('the lines\' figures: P8 240,000 and R8 30.00 for group 1; no input cell changes', () => {
    expect([shown(ws, 'P6'), shown(ws, 'R6'), shown(ws, 'P8'), shown(ws, 'R8')]).toEqual([210_000, 42, 240_000, 30]);
    for (const a of r.changed) expect(a).toMatch(/!(F8|F12|P([6-9]|1[0-2])|Q([6-9]|1[0-2])|R([6-9]|1[0-2]))$/);
  });
});

describe('a budget by month with ร้อยละ under each month, typed to date', () => {
  let r: Run;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    r = await recalc(monthPercentToDateWorkbook(), 'month-percent-to-date.xlsx');
    ws = r.out.getWorksheet('ร้อยละสะสมรายเดือน')!;
  }, 60_000);
  const row = (n: number) => ['E', 'G', 'I', 'K', 'M', 'O', 'Q'].map((c) => shown(ws, `${c}${n}`));
  test('row 5: disbursed to date ÷ allocated through มี.ค.: 5, 11 kept, I5 19 corrected to 18.00 with a warning, then 26, 35, 45; เม.ย. left', () => {
    expect(row(5)).toEqual([5, 11, 18, 26, 35, 45, null]);
    expect(codesAt(r.json, 'I5')).toEqual(['percent-mismatch']);
    expect(r.json.warnings.find((w) => w.cell === 'I5')!.message).toContain('19');
  });
  test('row 6, cells formatted 0.00%: fractions (0.05, 0.10; ธ.ค. \'-\' still 0.10); K6\'s formula kept; มี.ค. not reported, O6 empty', () => {
    expect(row(6)).toEqual([0.05, 0.1, 0.1, 0.2, 0.25, null, null]);
    expect(ws.getCell('K6').value).toMatchObject({ formula: 'SUM(D6,F6,H6,J6)/C6' });
    expect(ws.getCell('E6').numFmt).toBe('0.00%');
    expect(codesAt(r.json, 'K6')).toEqual([]);
  });
  test('row 7 types Thai digits: its percents are shown in Thai digits (5, 10 typed ๑๐.๐๐ kept, 15 … 30)', () => {
    expect(row(7)).toEqual([5, '๑๐.๐๐', 15, 20, 25, 30, null]);
    for (const c of ['E7', 'I7', 'O7']) expect(ws.getCell(c).numFmt).toMatch(/\[\$-D01041E\]/);
  });
  test('the รวม row: the lines\' months to date over 2,300,000 (ต.ค. 115,000 = 5.00); AB8 and AC8 as before', () => {
    expect(shown(ws, 'E8')).toBe(5);
    expect(shown(ws, 'G8')).toBe(10.43); // (115,000 + 125,000) ÷ 2,300,000
    expect([shown(ws, 'AB5'), shown(ws, 'AC5')]).toEqual([450_000, 45]);
  });
  test('no input cell changes: only month percents and the total and percent columns', () => {
    expect(cellsOf(r)).toEqual(expect.arrayContaining(['E6', 'I5', 'K5', 'E7', 'E8']));
    for (const a of r.changed) expect(a).toMatch(/!([EGIKMO][5-8]|A[BC][5-8])$/);
    // E5 and G5 keep their typed 5 and 11 (given the table's two decimals); G7's text, K6's formula stay as they were.
    for (const a of ['G7', 'K6', 'O6', 'D5', 'F6', 'H6', 'C7', 'D7']) expect(r.changed).not.toContain(`ร้อยละสะสมรายเดือน!${a}`);
  });
});

describe('a budget by month whose ร้อยละ under each month is that month\'s own share', () => {
  test('typed 5, 6, 7 on row 5 say so: K5 8, M5 9, O5 10; row 6 5.00 each month', async () => {
    const r = await recalc(monthPercentOwnWorkbook(), 'month-percent-own.xlsx');
    const ws = r.out.getWorksheet('ร้อยละรายเดือน')!;
    expect(['E', 'G', 'I', 'K', 'M', 'O'].map((c) => shown(ws, `${c}5`))).toEqual([5, 6, 7, 8, 9, 10]);
    expect(['E', 'G', 'I', 'K', 'M', 'O'].map((c) => shown(ws, `${c}6`))).toEqual([5, 5, 5, 5, 5, 5]);
    expect(r.json.warnings.filter((w) => /mismatch/.test(w.code))).toEqual([]);
  }, 60_000);
  test.each([
    ['disbursed', 'under ผลการเบิกจ่าย, each month\'s จำนวน is the disbursement: the same figures one row down (K6 8, E7 5)'],
    ['quarters', 'months under ไตรมาสที่ headings, each over เบิกจ่าย | ร้อยละ: the same (K6 8, O6 10, E7 5)'],
  ] as const)('%s: %s', async (shape, _title) => {
    const r = await recalc(monthPercentOwnWorkbook([5, 6, 7], shape), `month-percent-${shape}.xlsx`);
    const ws = r.out.getWorksheet('ร้อยละรายเดือน')!;
    expect(r.json.budget.map((b) => [b.row, b.disbursed])).toEqual([[6, 450_000], [7, 120_000]]);
    expect(['E', 'G', 'I', 'K', 'M', 'O'].map((c) => shown(ws, `${c}6`))).toEqual([5, 6, 7, 8, 9, 10]);
    expect(shown(ws, 'E7')).toBe(5);
    for (const a of r.changed) expect(a).toMatch(/!([EGIKMO][67]|A[BC][67])$/);
  }, 60_000);
  test('typed 7, 13, 2 agree with no reading: no month percent written, the typed cells named; the totals still written', async () => {
    const r = await recalc(monthPercentOwnWorkbook([7, 13, 2]), 'month-percent-unsure.xlsx');
    const ws = r.out.getWorksheet('ร้อยละรายเดือน')!;
    expect(['E', 'G', 'I', 'K'].map((c) => shown(ws, `${c}5`))).toEqual([7, 13, 2, null]);
    expect(shown(ws, 'E6')).toBeNull();
    expect(['E5', 'G5', 'I5'].map((a) => codesAt(r.json, a))).toEqual([['percent-mismatch'], ['percent-mismatch'], ['percent-mismatch']]);
    expect([shown(ws, 'AB5'), shown(ws, 'AC5')]).toEqual([450_000, 45]);
    for (const a of r.changed) expect(a).toMatch(/!A[BC][56]$/);
  }, 60_000);
});

describe('a budget by month in แผน | ผล | ร้อยละ rows', () => {
  let r: Run;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    r = await recalc(pairPercentRowsWorkbook(), 'pair-percent-rows.xlsx');
    ws = r.out.getWorksheet('แผนผลรายเดือน')!;
  }, 60_000);
  const months = (n: number) => ['E', 'F', 'G', 'H', 'I', 'J', 'K'].map((c) => shown(ws, `${c}${n}`));
  test('row 6: disbursed to date ÷ 1,200,000: 6.67 kept, F6 15 corrected to 14.17 with a warning, G6\'s formula kept; เม.ย. left', () => {
    expect(months(6)).toEqual([6.67, 14.17, 22.5, 31.67, 41.67, 50, null]);
    expect(codesAt(r.json, 'F6')).toEqual(['percent-mismatch']);
    expect(r.json.warnings.find((w) => w.cell === 'F6')!.message).toContain('15');
    expect(ws.getCell('G6').value).toMatchObject({ formula: 'SUM(E5:G5)/C4*100' });
    expect(codesAt(r.json, 'G6')).toEqual([]);
  });
  test('row 9, formatted 0.00%: of the allocation (600,000), not of the plans (480,000): 0.05 … 0.4667 as fractions', () => {
    expect(months(9)).toEqual([0.05, 0.1167, 0.2, 0.3, 0.3833, 0.4667, null]);
    expect(ws.getCell('E9').numFmt).toBe('0.00%');
  });
  test('no plan, result, name or allocation changes', () => {
    for (const a of r.changed) expect(a).not.toMatch(/![A-D]\d+$|![E-P][4578]$/);
    expect(cellsOf(r)).toEqual(expect.arrayContaining(['F6', 'H6', 'E9', 'J9']));
  });
});

describe('แผน | ผล | ร้อยละ rows whose typed percents are of the month\'s plan', () => {
  test('typed 80 and 90 say so: H6 110, J6 100; row 9 0.75, 1.00, 1.25 …', async () => {
    const r = await recalc(pairPercentRowsWorkbook([80, 90, undefined]), 'pair-percent-of-plan.xlsx');
    const ws = r.out.getWorksheet('แผนผลรายเดือน')!;
    expect(['E', 'F', 'G', 'H', 'I', 'J'].map((c) => shown(ws, `${c}6`))).toEqual([80, 90, 100, 110, 120, 100]);
    expect(['E', 'F', 'G', 'H', 'I', 'J'].map((c) => shown(ws, `${c}9`))).toEqual([0.75, 1, 1.25, 1.5, 1.25, 1.25]);
    expect(r.json.warnings.filter((w) => w.code === 'percent-mismatch')).toEqual([]);
  }, 60_000);
});

describe('a budget by month in แผน | ผล rows with a รวม pair: its ผล months are input, checked against the lines', () => {
  let r: Run;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    r = await recalc(pairMonthTotalWorkbook(), 'pair-month-total.xlsx');
    ws = r.out.getWorksheet('แผนผลรวมรายเดือน')!;
  }, 60_000);
  test('F9 typed 120,000 where the lines\' พ.ย. add up to 130,000: warned about, naming F9 and พ.ย., not changed', () => {
    expect(shown(ws, 'F9')).toBe(120_000);
    expect(codesAt(r.json, 'F9')).toEqual(['total-row-mismatch']);
    const w = r.json.warnings.find((x) => x.cell === 'F9')!;
    expect(w.message).toContain('พ.ย.');
    expect(w.message).toContain('120,000');
  });
  test('H9 =H5 (110,000 of 170,000) kept and warned about; E9 and G9 =SUM(G5,G7) agree; I9 stays empty', () => {
    expect(ws.getCell('H9').value).toMatchObject({ formula: 'H5' });
    expect(codesAt(r.json, 'H9')).toEqual(['total-row-mismatch']);
    for (const a of ['E9', 'G9', 'I9']) expect(codesAt(r.json, a)).toEqual([]);
    expect(shown(ws, 'I9')).toBeNull();
    for (const a of r.changed) expect(a).not.toMatch(/![A-P]\d+$/);
  });
});

describe('a รวมทั้งสิ้น row straight after a group with no รวม of its own', () => {
  test('its typed 2,500,000 and 750,000 are every line\'s sums: kept, no warning; F9 1,750,000, G9 30.00', async () => {
    const r = await recalc(grandTotalWorkbook(), 'grand-total.xlsx');
    const ws = r.out.getWorksheet('รวมทั้งสิ้น')!;
    expect([shown(ws, 'C9'), shown(ws, 'D9'), shown(ws, 'F9'), shown(ws, 'G9')]).toEqual([2_500_000, 750_000, 1_750_000, 30]);
    expect([shown(ws, 'C6'), shown(ws, 'D6'), shown(ws, 'F6')]).toEqual([1_500_000, 500_000, 1_000_000]);
    expect(r.json.warnings.filter((w) => /mismatch/.test(w.code))).toEqual([]);
  }, 60_000);
});

describe.each([
  ['month-totals.xlsx', monthTotalsWorkbook],
  ['grouped-month-totals.xlsx', groupedMonthTotalsWorkbook],
  ['month-percent-to-date.xlsx', monthPercentToDateWorkbook],
  ['pair-percent-rows.xlsx', pairPercentRowsWorkbook],
  ['pair-month-total.xlsx', pairMonthTotalWorkbook],
] as [string, () => ExcelJS.Workbook][])('%s run twice', (name, build) => {
  test('the second recalc over its own output changes no cell', async () => {
    const first = await recalcFile(await writeTemp(build(), name));
    const second = await recalcFile(first.output);
    expect(changedCells(snapshot(first.out), snapshot(second.out))).toEqual([]);
  }, 60_000);
});
