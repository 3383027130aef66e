/**
 * What figures mean and how they are written: % cells hold fractions, rates are never summed, suspicious figures
 * and blank targets are warned of, levels and Thai digits keep the row's form, money keeps the table's unit, the
 * as-of date names the quarter, the straight line, and last year's sheet beside this year's.
 */
import type ExcelJS from 'exceljs';
import * as path from 'node:path';
import { writeSettings } from '../../src/xlsx/settings-sheet';
import { annualTargetsWorkbook, bahtBudgetWorkbook, percentCellsWorkbook, twoYearsWorkbook } from '../fixtures/cells-workbooks';
import { sharedFile } from '../helpers/shared-file';
import { changedCells, cli, readWorkbook, recalcFile, shown, snapshot, tempDir, writeTemp, type JsonReport } from '../helpers/workbook-files';

interface Json extends JsonReport {
  quarterSource: string;
  asOf: { sheet: string; cell: string; text: string } | null;
  straightLine: boolean | null;
  skipped: { sheet: string; range: string; fiscalYear: number }[];
  tables: { sheet: string; unit: string | null }[];
  budget: (JsonReport['budget'][number] & { unit: string | null })[];
}

async function recalc(wb: ExcelJS.Workbook, name: string, extra: string[] = []) {
  const input = await writeTemp(wb, name);
  const before = snapshot(await readWorkbook(input));
  const r = await recalcFile(input, extra);
  return { ...r, json: r.json as Json, input, changed: changedCells(before, snapshot(r.out)) };
}

/** Every text of the summary sheet, one string. */
async function summaryText(input: string, extra: string[] = []): Promise<{ text: string; printed: string }> {
  const output = path.join(tempDir(), 'summary.xlsx');
  const printed = await cli(['summary', input, '-o', output, ...extra]);
  const wb = await readWorkbook(output);
  const ws = wb.worksheets.find((w) => w.name.startsWith('สรุปผล'))!;
  const texts: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => void (typeof c.value === 'string' && !texts.includes(c.value) && texts.push(c.value))));
  return { text: texts.join('\n'), printed };
}

const warned = (json: JsonReport, sheet: string, cell: string) => json.warnings.filter((w) => w.sheet === sheet && w.cell === cell).map((w) => w.code);
const outputsOnly = (changed: string[], sheet: string, cols: string) => changed.filter((k) => !new RegExp(`^${sheet}!([${cols}])\\d+$`).test(k));

describe('percentages held as fractions in 0.00% cells, a rate per population, suspicious figures', () => {
  const S1 = 'ตัวชี้วัด ฝ่าย ๑';
  const S2 = 'ตัวชี้วัด ฝ่าย ๒';
  let r: Awaited<ReturnType<typeof recalc>>;
  let ws1: ExcelJS.Worksheet;
  let ws2: ExcelJS.Worksheet;
  beforeAll(async () => {
    r = await recalc(percentCellsWorkbook(), 'percent-cells.xlsx');
    ws1 = r.out.getWorksheet(S1)!;
    ws2 = r.out.getWorksheet(S2)!;
  });
  test('N5 keeps the typed fraction 0.65 (65.00 %), and no warning names it', () => {
    expect(shown(ws1, 'N5')).toBe(0.65);
    expect(warned(r.json, S1, 'N5')).toEqual([]);
  });
  test('N6 holds 1.0105 in its 0.00% format, shown 101.05 % (never 101.05, shown 10105 %)', () => {
    expect(r.json.indicators.find((i) => i.sheet === S1 && i.row === 6)).toMatchObject({ total: 96, percent: 101.05 });
    expect(shown(ws1, 'N6')).toBe(1.0105);
    expect(ws1.getCell('N6').numFmt).toBe('0.00%');
  });
  test('a rate per 100,000 takes its latest value: M7 31.8, never 12.4 + 31.8 = 44.2, and the typed 44.2 is warned of', () => {
    expect(r.json.indicators.find((i) => i.sheet === S1 && i.row === 7)).toMatchObject({
      measure: 'rate',
      unit: 'ต่อแสนประชากร',
      total: 31.8,
      percent: 79.5,
      status: ['ahead', 'ahead', null, null],
    });
    expect(shown(ws1, 'M7')).toBe(31.8);
    expect(shown(ws1, 'N7')).toBe(0.795);
    expect(warned(r.json, S1, 'M7')).toEqual(['total-mismatch']);
  });
  test('the formula =M8/D8 in a % cell is left as it is and not called a mismatch', () => {
    expect(ws1.getCell('N8').value).toMatchObject({ formula: 'M8/D8' });
    expect(warned(r.json, S1, 'N8')).toEqual([]);
  });
  test('a rate typed in % cells is read as the percent it shows: M9 0.9 (90 %), N9 1.0588 (105.88 %)', () => {
    expect(r.json.indicators.find((i) => i.sheet === S1 && i.row === 9)).toMatchObject({ target: 85, total: 90, percent: 105.88, overall: 'ahead' });
    expect(shown(ws1, 'M9')).toBe(0.9);
    expect(shown(ws1, 'N9')).toBe(1.0588);
  });
  test('a negative result is computed with and warned of: M5 25, a warning on J5', () => {
    expect(shown(ws2, 'M5')).toBe(25);
    expect(warned(r.json, S2, 'J5')).toEqual(['suspicious-number']);
  });
  test('1e308 is computed with (M6 1e308, no percent a cell can hold) and warned of', () => {
    expect(r.json.indicators.find((i) => i.sheet === S2 && i.row === 6)).toMatchObject({ total: 1e308, percent: null });
    expect(warned(r.json, S2, 'J6')).toEqual(['suspicious-number']);
  });
  test('a blank target is not silently the sum of the plans: 52.50 of 40, said on D7', () => {
    expect(r.json.indicators.find((i) => i.sheet === S2 && i.row === 7)).toMatchObject({ target: 40, percent: 52.5 });
    expect(warned(r.json, S2, 'D7')).toEqual(['target-missing']);
    expect(shown(ws2, 'D7')).toBeNull();
  });
  test('a level typed "ระดับ 3" gets its total in that form: M8 "ระดับ 3"', () => {
    expect(shown(ws2, 'M8')).toBe('ระดับ 3');
    expect(shown(ws2, 'N8')).toBe(60);
  });
  test('a row typing Thai-digit text keeps Thai digits in its outputs: M9 "๒๗" (typed "27"), N9 Thai-digit format', () => {
    expect(shown(ws2, 'M9')).toBe('๒๗');
    expect(shown(ws2, 'N9')).toBe(67.5);
    expect(ws2.getCell('N9').numFmt).toBe('[$-D01041E]#,##0.00');
  });
  test('no input cell changed: only ผลสะสม, ร้อยละ and สถานะ (M–O)', () => {
    expect(outputsOnly(outputsOnly(r.changed, S1, 'MNO'), S2, 'MNO')).toEqual([]);
  });
});

describe('a budget by project in baht, "ข้อมูล ณ วันที่ ๓๑ มีนาคม ๒๕๖๘"', () => {
  const S = 'เบิกจ่ายรายโครงการ';
  let r: Awaited<ReturnType<typeof recalc>>;
  beforeAll(async () => {
    r = await recalc(bahtBudgetWorkbook(), 'baht-budget.xlsx');
  });
  test('the as-of date names quarter 2 of FY 2568', () => {
    expect(r.json).toMatchObject({ fiscalYear: 2568, quarter: 2, quarterSource: 'as-of', asOf: { sheet: S, cell: 'A2' } });
  });
  test('amounts are in baht, as the table states', () => {
    expect(r.json.tables[0].unit).toBe('บาท');
    expect(r.json.budget.map((b) => b.unit)).toEqual(['บาท', 'บาท', 'บาท', 'บาท', 'บาท']);
    expect(r.json.budget.find((b) => b.row === 9)).toMatchObject({ allocated: 4445826.25, disbursed: 2581146.75, percent: 58.06 });
  });
  test('G5 67.63, G6 25.00, G9 58.06; the SUM row, commitments and remaining untouched', () => {
    const ws = r.out.getWorksheet(S)!;
    expect([shown(ws, 'G5'), shown(ws, 'G6'), shown(ws, 'G7'), shown(ws, 'G9')]).toEqual([67.63, 25, 59.5, 58.06]);
    expect(ws.getCell('C9').value).toMatchObject({ formula: 'SUM(C5:C8)' });
    expect(outputsOnly(r.changed, S, 'G')).toEqual([]);
  });
  test('the command line and the summary speak in baht with two decimals, dated 31 มีนาคม 2568', async () => {
    const { text, printed } = await summaryText(r.input);
    expect(printed).toContain('เบิกจ่าย 2,581,146.75 บาท จาก 4,445,826.25 บาท');
    // Its one table has no periods: the date is the data's date, and no quarter is claimed.
    expect(printed).toContain('ปีงบประมาณ 2568\nวันที่ข้อมูล "ข้อมูล ณ วันที่ ๓๑ มีนาคม ๒๕๖๘"');
    // The budget sentence counts from the date the workbook states, not from the end of the quarter.
    expect(text).toContain('ผลการเบิกจ่าย ณ วันที่ 31 มีนาคม 2568 จำนวน 2,581,146.75 บาท คิดเป็นร้อยละ 58.06 ของงบประมาณที่ได้รับ (4,445,826.25 บาท)');
    expect(text).not.toContain('ณ สิ้นไตรมาส 2 จำนวน');
    // The title is dated, with no round (รอบ 6 เดือน would claim quarters the table does not have).
    expect(text).toContain('ผลการวิเคราะห์ข้อมูลการดำเนินงาน ณ วันที่ 31 มีนาคม 2568\n');
    expect(text).not.toContain('รอบ 6 เดือน');
    expect(text).toContain('(บาท)');
    expect(text).not.toContain('ล้านบาท');
  });
});

describe('an แผนปฏิบัติราชการ sheet with annual targets only', () => {
  const S = 'แผนปฏิบัติราชการ';
  test('with the straight line: 21 of 43 by Q2 is behind 21.5, 22 is ahead; a level or a rate is not due before Q4', async () => {
    const r = await recalc(annualTargetsWorkbook(), 'annual.xlsx');
    const ws = r.out.getWorksheet(S)!;
    expect(r.json.straightLine).toBe(true);
    expect(r.json.indicators.map((i) => [i.total, i.percent, i.status])).toEqual([
      [21, 48.84, ['behind', 'behind', null, null]],
      [22, 51.16, ['ahead', 'ahead', null, null]],
      [3, 60, ['not-due', 'not-due', null, null]],
      [75, 93.75, ['not-due', 'not-due', null, null]],
    ]);
    expect(r.json.indicators[0]).toMatchObject({ plan: [null, null, null, null], straightLine: true });
    expect(['O5', 'O6', 'O7', 'O8'].map((a) => shown(ws, a))).toEqual(['ต่ำกว่าแผน', 'ก้าวหน้ากว่าแผน', 'ยังไม่ถึงกำหนด', 'ยังไม่ถึงกำหนด']);
    expect(r.json.warnings.filter((w) => w.code === 'q4-only')).toEqual([]);
    expect(outputsOnly(r.changed, S, 'MNO')).toEqual([]);
    const { text } = await summaryText(r.input);
    expect(text).toContain('ประเมินสถานะเทียบกับแผนแบบเส้นตรง');
    expect(text).toContain('ผลการดำเนินงานต่ำกว่าแผน (แผนสะสม 21.5 กิจการ)');
  });
  test('--no-straight-line: the percent is of the target and the status cells are left as typed', async () => {
    const r = await recalc(annualTargetsWorkbook(), 'annual-off.xlsx', ['--no-straight-line']);
    const ws = r.out.getWorksheet(S)!;
    expect(r.json.straightLine).toBe(false);
    expect(r.json.indicators.map((i) => [i.percent, i.overall, i.flagged])).toEqual([
      [48.84, 'not-due', false],
      [51.16, 'not-due', false],
      [60, 'not-due', false],
      [93.75, 'not-due', false],
    ]);
    expect(['O5', 'O6', 'O7', 'O8'].map((a) => shown(ws, a))).toEqual(Array(4).fill('อยู่ระหว่างดำเนินการ'));
    expect(shown(ws, 'M5')).toBe(21);
    const { text } = await summaryText(r.input, ['--no-straight-line']);
    expect(text).toContain('ไม่ได้ประเมินสถานะ (ปิดการเทียบกับแผนแบบเส้นตรงไว้)');
  });
  test('the setting saved with the workbook turns the line off too', async () => {
    const wb = annualTargetsWorkbook();
    writeSettings(wb, { straightLine: false });
    const r = await recalc(wb, 'annual-saved-off.xlsx');
    expect(r.json.straightLine).toBe(false);
    expect(shown(r.out.getWorksheet(S)!, 'O5')).toBe('อยู่ระหว่างดำเนินการ');
  });
});

describe("last year's sheet beside this year's, one target column per year", () => {
  let r: Awaited<ReturnType<typeof recalc>>;
  beforeAll(async () => {
    r = await recalc(twoYearsWorkbook(), 'two-years.xlsx');
  });
  test('FY 2567 is reported; the FY 2566 table is listed as skipped and not written (M5 still 999)', () => {
    expect(r.json).toMatchObject({ fiscalYear: 2567, quarter: 1 });
    expect(r.json.skipped).toEqual([expect.objectContaining({ sheet: 'ปี 2566', fiscalYear: 2566 })]);
    expect(r.json.indicators.every((i) => i.sheet === 'ปี 2567')).toBe(true);
    expect(shown(r.out.getWorksheet('ปี 2566')!, 'M5')).toBe(999);
    expect(r.changed.filter((k) => k.startsWith('ปี 2566!'))).toEqual([]);
  });
  test("the 2567 target column is the target: 36 of 120 = 30.00, 4 of 20 = 20.00", () => {
    const ws = r.out.getWorksheet('ปี 2567')!;
    expect(r.json.indicators.map((i) => [i.target, i.total, i.percent, i.overall])).toEqual([
      [120, 36, 30, 'ahead'],
      [20, 4, 20, 'behind'],
    ]);
    expect([shown(ws, 'Q5'), shown(ws, 'R5'), shown(ws, 'S5'), shown(ws, 'R6')]).toEqual([36, 30, 'ก้าวหน้ากว่าแผน', 20]);
    expect(outputsOnly(r.changed, 'ปี 2567', 'QRS')).toEqual([]);
  });
});

const REAL = sharedFile('real-workbooks/ksp-mis-sample-budget.xlsx');

REAL.test('the real KSP-MIS budget: amounts in baht, "2,753,653,082.86 บาท", never ล้านบาท', async () => {
  const { text, printed } = await summaryText(REAL.path);
  expect(printed).toContain('เบิกจ่าย 2,753,653,082.86 บาท จาก 4,626,735,355.00 บาท');
  expect(text).toContain('จำนวน 2,753,653,082.86 บาท');
  expect(text).not.toContain('ล้านบาท');
});

REAL.test('the real KSP-MIS budget has no spending plan: the summary compares with none, and guesses no quarter', async () => {
  const { text } = await summaryText(REAL.path);
  // An annual table with one amount to date, no plan by quarter and no as-of date.
  expect(text).toContain('ผลการเบิกจ่ายสะสม จำนวน 2,753,653,082.86 บาท');
  expect(text).toContain('ไม่มีแผนการใช้จ่ายรายไตรมาสให้เทียบ จึงไม่ได้ประเมินว่าเร็วหรือช้ากว่าแผน');
  expect(text).not.toMatch(/แผนการใช้จ่ายสะสม \(ร้อยละ 0\.00\)/);
  expect(text).not.toContain('ทุกแผนงานเบิกจ่ายได้ตามแผน');
  expect(text).not.toContain('ณ สิ้นไตรมาส 1 จำนวน');
});

/**
 * | header          | B–F                              | G–J                                 | K    | L      |
 * | row 2 (merged)  | ค่าเป้าหมาย                        | ผลการดำเนินงาน                        | รวม  | ร้อยละ |
 * | row 3           | ๒๕๖๖ ๒๕๖๗ ๒๕๖๘ ๒๕๖๙ ๒๕๗๐ (years)  | ไตรมาส ๑–๔                            |      |        |
 * | row 4           | 100 200 300 400 500              | 50 60                               | 110  | 55.00 (of the 2567 target 200) |
 */
describe('a year per target column under one merged ค่าเป้าหมาย', () => {
  test('the years row is part of the header: quarters read, the 2567 target used (K4 110, L4 55)', async () => {
    const { Workbook } = await import('exceljs');
    const wb = new Workbook();
    const ws = wb.addWorksheet('เป้าหลายปี');
    const rows = [
      ['ตัวชี้วัดตามแผนพัฒนาจังหวัด รายงานปีงบประมาณ พ.ศ. ๒๕๖๗'],
      ['ตัวชี้วัด', 'ค่าเป้าหมาย', null, null, null, null, 'ผลการดำเนินงาน', null, null, null, 'รวม', 'ร้อยละ'],
      [null, '๒๕๖๖', '๒๕๖๗', '๒๕๖๘', '๒๕๖๙', '๒๕๗๐', 'ไตรมาส ๑', 'ไตรมาส ๒', 'ไตรมาส ๓', 'ไตรมาส ๔'],
      ['จำนวนผู้ประกอบการที่ได้รับการพัฒนา', 100, 200, 300, 400, 500, 50, 60],
    ];
    rows.forEach((row, i) => row.forEach((v, j) => v !== null && (ws.getCell(i + 1, j + 1).value = v)));
    for (const m of ['B2:F2', 'G2:J2', 'A2:A3', 'K2:K3', 'L2:L3']) ws.mergeCells(m);
    const r = await recalc(wb, 'target-years-merged.xlsx');
    const out = r.out.getWorksheet('เป้าหลายปี')!;
    expect(r.json.indicators.map((i) => [i.target, i.total, i.percent])).toEqual([[200, 110, 55]]);
    expect([shown(out, 'K4'), shown(out, 'L4')]).toEqual([110, 55]);
    // Every other cell as it was: I4 and J4 (Q3, Q4 not yet reported) only come into being, empty, beside the outputs.
    const others = outputsOnly(r.changed, 'เป้าหลายปี', 'KL').map((k) => [k, shown(out, k.split('!')[1]) ?? null]);
    expect(others).toEqual([['เป้าหลายปี!I4', null], ['เป้าหลายปี!J4', null]]);
  });
});
