/**
 * Every reading of a table compared with its own typed figures, from real .xlsx files through the command line: a
 * reading that disagrees with most rows is replaced by one that agrees, and with none agreeing nothing is written.
 * (Months and rounds: test/engine/shapes.test.ts; a budget's months and คงเหลือ: test/engine/budget-shapes.test.ts.)
 */
import ExcelJS from 'exceljs';
import { recalculate } from '../../src/core/engine';
import { readGrid } from '../../src/xlsx/read-grid';
import { spentPercentWorkbook } from '../fixtures/budget-shapes';
import { quartersToDateWorkbook } from '../fixtures/reading-shapes';
import { recalcFile, shown, writeTemp, recalcWorkbook, warningCodesAt, indicatorAtRow, type RecalcRun, type JsonReport } from '../helpers/workbook-files';

type Run = RecalcRun<JsonReport & { tables: { periods: string }[] }>;
const recalc = (wb: ExcelJS.Workbook, name: string): Promise<Run> => recalcWorkbook(wb, name);

const codesAt = warningCodesAt;
const byRow = indicatorAtRow;

describe('results by quarter typed as results to date (Q2 holds Q1 too)', () => {
  let r: Run;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    r = await recalc(quartersToDateWorkbook(), 'quarters-to-date.xlsx');
    ws = r.out.getWorksheet('ผลสะสมรายไตรมาส')!;
  }, 60_000);
  test('the typed totals (90 = Q2, not 40 + 90 = 130) say to date: read so; Q2 is the growth 50, the total 90, 45.00', () => {
    expect(byRow(r.json, 5)).toMatchObject({ result: [40, 50, null, null], total: 90, percent: 45 });
    expect(shown(ws, 'I5')).toBe(90);
    expect(shown(ws, 'J5')).toBe(45);
  });
  test('a typed percent is evidence too: J7 50 (4 of 8) stays, I7 written 4 (never 6)', () => {
    expect(shown(ws, 'I7')).toBe(4);
    expect(shown(ws, 'J7')).toBe(50);
  });
  test('one typed mistake is still corrected: I8 30 where Q2 to date is 25, with a warning naming I8', () => {
    expect(shown(ws, 'I8')).toBe(25);
    expect(codesAt(r.json, 'I8')).toEqual(['total-mismatch']);
    expect(shown(ws, 'J8')).toBe(50);
  });
  test('only the total and percent columns change; the quarter results stay as typed', () => {
    expect(r.changed.length).toBeGreaterThan(0);
    for (const a of r.changed) expect(a).toMatch(/!(I|J)[5-8]$/);
    expect([shown(ws, 'E5'), shown(ws, 'F5')]).toEqual([40, 90]);
  });
});

describe('results by quarter whose typed figures agree with no reading', () => {
  test('I5 500, I6 99, J7 99, I8 77: nothing written, unsure-reading names the four cells, the table skipped', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await quartersToDateWorkbook([500, 99, 99, 77]).xlsx.writeBuffer()) as ArrayBuffer);
    const { report, edits } = recalculate(readGrid(wb));
    expect(report.tables).toEqual([]);
    expect(edits.length).toBe(0);
    expect(report.warnings).toContainEqual(
      expect.objectContaining({ sheet: 'ผลสะสมรายไตรมาส', cell: 'I5', code: 'unsure-reading', args: { cells: ['I5', 'I6', 'J7', 'I8'], disagreeing: 4, evidence: 4, figures: ['total', 'percent'], ways: ['periods'] } }),
    );
    expect(report.skipped).toEqual([expect.objectContaining({ sheet: 'ผลสะสมรายไตรมาส', range: 'A3:J4', reason: 'unsure' })]);
    const input = await writeTemp(quartersToDateWorkbook([500, 99, 99, 77]), 'quarters-unsure.xlsx');
    await expect(recalcFile(input)).rejects.toThrow(/ผลสะสมรายไตรมาส!A3:J4.*I5; I6; J7; I8/);
  }, 60_000);
});

describe('a budget whose ร้อยละ is of what is spent (disbursed + committed)', () => {
  test('G4 50.00 and G5 60.00 typed so: G6 written 40.00 ((100,000 + 60,000) ÷ 400,000), not 25.00; no mismatch', async () => {
    const r = await recalc(spentPercentWorkbook(), 'spent-percent.xlsx');
    const ws = r.out.getWorksheet('ร้อยละการใช้จ่าย')!;
    expect([shown(ws, 'G4'), shown(ws, 'G5'), shown(ws, 'G6')]).toEqual([50, 60, 40]);
    expect(shown(ws, 'F6')).toBe(240_000);
    expect(r.json.warnings.filter((w) => /mismatch/.test(w.code))).toEqual([]);
    // The report's percent stays the share disbursed (what the summary says): 100,000 of 400,000.
    expect(r.json.budget.find((b) => b.row === 6)).toMatchObject({ disbursed: 100_000, percent: 25 });
    for (const a of r.changed) expect(a).toMatch(/!(F6|G[4-6])$/);
  }, 60_000);
});
