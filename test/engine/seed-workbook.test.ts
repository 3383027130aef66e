/** The seed report's workbook gives every worked figure of DOMAIN.md, in the written cells and in the JSON. */
import type ExcelJS from 'exceljs';
import { buildSeedWorkbook, SEED_SHEETS } from '../fixtures/seed-workbook';
import { changedCells, recalcFile, shown, snapshot, writeTemp, readWorkbook, type JsonReport } from '../helpers/workbook-files';

let json: JsonReport;
let out: ExcelJS.Workbook;
let before: ExcelJS.Workbook;

beforeAll(async () => {
  const input = await writeTemp(buildSeedWorkbook(), 'seed.xlsx');
  before = await readWorkbook(input);
  ({ json, out } = await recalcFile(input));
});

const kpi = () => out.getWorksheet(SEED_SHEETS.kpiForm)!;
const table1 = () => out.getWorksheet(SEED_SHEETS.table1)!;
const budget = () => out.getWorksheet(SEED_SHEETS.budget)!;
const indicator = (sheet: string, row: number) => {
  const i = json.indicators.find((x) => x.sheet === sheet && x.row === row);
  if (!i) throw new Error(`no indicator at ${sheet}!${row}`);
  return i;
};

test('the reporting period is read from the workbook: FY 2566, quarter 2', () => {
  expect(json.fiscalYear).toBe(2566);
  expect(json.quarter).toBe(2);
});

describe("DOMAIN.md's worked figures (quarter 2, FY 2566)", () => {
  test('planning success level: ระดับ ๓, 75.00, on-plan then ahead', () => {
    const i = indicator(SEED_SHEETS.kpiForm, 4);
    expect(i).toMatchObject({ measure: 'level', total: 3, percent: 75, status: ['on-plan', 'ahead', null, null] });
    expect(shown(kpi(), 'E5')).toBe('ระดับ ๓');
  });

  test('registrations (plan ๒/๑๐/๒๐/๑๑ = ๔๓): 17, 39.53, on-plan then ahead', () => {
    const i = indicator(SEED_SHEETS.kpiForm, 6);
    expect(i).toMatchObject({ measure: 'count', target: 43, total: 17, percent: 39.53, status: ['on-plan', 'ahead', null, null] });
    expect(shown(kpi(), 'E7')).toBe('๑๗');
  });

  test('employment (๒๐๐/ปี จากฐาน ๑,๔๐๐): 1,470, 35.00, not due in either quarter', () => {
    const i = indicator(SEED_SHEETS.kpiForm, 8);
    expect(i).toMatchObject({ measure: 'cumulative', total: 1470, percent: 35, status: ['not-due', 'not-due', null, null] });
    expect(shown(kpi(), 'E9')).toBe('๑,๔๗๐ (๗๐)');
    const t1 = indicator(SEED_SHEETS.table1, 4);
    expect(t1).toMatchObject({ measure: 'cumulative', total: 1470, percent: 35, overall: 'not-due' });
    expect(shown(table1(), 'H5')).toBe('๑,๔๗๐');
    expect(shown(table1(), 'I5')).toBe('๓๕.๐๐');
  });

  test('e-service database: ระดับ ๑, 25.00, on-plan then behind, and flagged', () => {
    const i = indicator(SEED_SHEETS.kpiForm, 10);
    expect(i).toMatchObject({ measure: 'level', total: 1, percent: 25, status: ['on-plan', 'behind', null, null], overall: 'behind', flagged: true });
    expect(shown(kpi(), 'E11')).toBe('ระดับ ๑');
    expect(kpi().getCell('E11').fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } });
    // The committee's explanation stays word for word.
    expect(shown(kpi(), 'G11')).toBe('(ต่ำกว่าแผน) มีการปรับแก้ TOR กำหนดพิจารณาผล ๔ เม.ย. ๖๖');
  });

  test('businesses developed (plan ๓๕ × ๔): 113, 80.71, ahead twice; the typo is corrected in the cells', () => {
    const i = indicator(SEED_SHEETS.kpiForm, 12);
    expect(i).toMatchObject({ measure: 'count', total: 113, percent: 80.71, status: ['ahead', 'ahead', null, null] });
    expect(shown(kpi(), 'E13')).toBe('๑๑๓');
    expect(shown(kpi(), 'F13')).toBe('๔๒ (ก้าวหน้ากว่าแผน)');
    expect(shown(kpi(), 'G13')).toBe('๗๑ (ก้าวหน้ากว่าแผน)');
    expect(indicator(SEED_SHEETS.table1, 8)).toMatchObject({ total: 113, percent: 80.71, overall: 'ahead' });
    expect(shown(table1(), 'H9')).toBe('๑๑๓');
    expect(shown(table1(), 'I9')).toBe('๘๐.๗๑ ก้าวหน้ากว่าแผน');
  });

  test('channels (plan ๑/๒/๑/๑): 3, 60.00, on-plan twice', () => {
    const i = indicator(SEED_SHEETS.kpiForm, 28);
    expect(i).toMatchObject({ measure: 'count', total: 3, percent: 60, status: ['on-plan', 'on-plan', null, null] });
  });

  test('deferred indicators are not due and their committee notes are untouched', () => {
    for (const row of [16, 20, 22, 24]) expect(indicator(SEED_SHEETS.kpiForm, row).overall).toBe('not-due');
    expect(String(shown(kpi(), 'E17'))).toMatch(/^ขอปรับเป็นรายงานผลการดำเนินงาน ไตรมาส ๔/);
  });
});

describe('budget at quarter 2', () => {
  const line = (name: RegExp) => {
    const b = json.budget.find((x) => name.test(x.name));
    if (!b) throw new Error(`no budget line ${name}`);
    return b;
  };
  test('บุคลากรภาครัฐ 71.10 % ahead of a 50.00 % plan; target share 50.00', () => {
    expect(line(/บุคลากร/)).toMatchObject({ allocated: 6.7226, disbursed: 4.7797, percent: 71.1, plannedPercent: 50, targetPercent: 50, status: 'ahead', flagged: false });
  });
  test('ความเสมอภาค 38.53 %, ค่านิยม 0.00 %, พลังทางสังคม 3.10 %: all behind', () => {
    expect(line(/ความเสมอภาค/)).toMatchObject({ percent: 38.53, status: 'behind', flagged: true });
    expect(line(/ค่านิยม/)).toMatchObject({ percent: 0, status: 'behind', flagged: true });
    expect(line(/พลังทางสังคม/)).toMatchObject({ percent: 3.1, status: 'behind', flagged: true });
  });
  test('สรุปภาพรวม: 6.7902 of 13.6901 = 49.60 % against a plan of 50.07 %: behind', () => {
    expect(line(/สรุปภาพรวม/)).toMatchObject({ allocated: 13.6901, disbursed: 6.7902, percent: 49.6, plannedPercent: 50.07, status: 'behind' });
    expect(shown(budget(), 'X9')).toBe(49.6);
    expect(shown(budget(), 'W9')).toBe(6.7902);
    expect(shown(budget(), 'J10')).toBe(50.07);
    expect(budget().getCell('X9').fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
  });
  test("a line with nothing disbursed keeps its '-'", () => {
    expect(shown(budget(), 'K7')).toBe('-');
    expect(shown(budget(), 'X7')).toBe('-');
  });
});

describe('warnings a person should look at', () => {
  const at = (sheet: string, cell: string) => json.warnings.filter((w) => w.sheet === sheet && w.cell === cell).map((w) => w.code);
  test('the hand-written "(ต่ำกว่ากว่าแผน)" cells are named', () => {
    expect(at(SEED_SHEETS.kpiForm, 'F13')).toContain('label-mismatch');
    expect(at(SEED_SHEETS.kpiForm, 'G13')).toContain('label-mismatch');
  });
  test('the ๘๐.๗๒ typed in table 1 is named', () => {
    expect(at(SEED_SHEETS.table1, 'I9')).toContain('percent-mismatch');
  });
  test("table 1's header date (๗ เม.ย. ๖๕) is outside FY 2566", () => {
    expect(at(SEED_SHEETS.table1, 'H2')).toContain('header-date');
  });
  test("the budget total row's target shares 26/24/24/26 differ from the lines above", () => {
    expect(json.warnings.some((w) => w.sheet === SEED_SHEETS.budget && w.code === 'budget-target-mismatch')).toBe(true);
  });
  test('Q4-only targets are a risk worth a warning', () => {
    expect(at(SEED_SHEETS.kpiForm, 'C8')).toContain('q4-only');
  });
});

test('only output cells change: inputs, names and notes are identical', () => {
  const changed = changedCells(snapshot(before), snapshot(out));
  expect(changed).toEqual(
    [
      `${SEED_SHEETS.table1}!I9`,
      `${SEED_SHEETS.kpiForm}!E11`,
      `${SEED_SHEETS.kpiForm}!F13`,
      `${SEED_SHEETS.kpiForm}!G13`,
      ...['L6', 'X6', 'L7', 'X7', 'L8', 'X8', 'L9', 'X9'].map((c) => `${SEED_SHEETS.budget}!${c}`),
    ].sort(),
  );
});
