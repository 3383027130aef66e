/**
 * Budget tables whose periods carry no role word: months alone beside งบประมาณ (จัดสรร) (in พันบาท), and quarters
 * each over แผน (บาท) | ผล (บาท) | เป้าร้อยละ. A finance officer reads both as budgets: the months' sum (or the
 * quarters' ผล added up) is what is disbursed to date (test/fixtures/budget-office-periods.ts).
 */
import { kpiWithBudgetWorkbook, planResultMonthsWorkbook, quarterPlanResultWorkbook, thousandsMonthsWorkbook } from '../fixtures/budget-office-periods';
import { recalcWorkbook, shown, warningCodesAt, type RecalcRun } from '../helpers/workbook-files';

describe('months alone beside งบประมาณ (จัดสรร), in พันบาท', () => {
  let r: RecalcRun;
  beforeAll(async () => {
    r = await recalcWorkbook(thousandsMonthsWorkbook(), 'thousands-months.xlsx');
  });

  test('read as a budget in พันบาท: row 4 disbursed 1,100 of 1,500 (73.33), row 5 450 of 800.5 (56.21)', () => {
    expect(r.json.budget.map((b) => [b.row, b.allocated, b.disbursed, b.percent])).toEqual([
      [4, 1500, 1100, 73.33],
      [5, 800.5, 450, 56.21],
      [6, 2300.5, 1550, 67.38],
    ]);
    expect((r.json as unknown as { tables: { unit: string }[] }).tables[0].unit).toBe('พันบาท');
  });

  test('รวม, คงเหลือ and ร้อยละ are written; the months and the allocations are left as typed', () => {
    const ws = r.out.getWorksheet('รายเดือน')!;
    expect(['P4', 'Q4', 'R4', 'P5', 'Q5', 'R5', 'P6', 'Q6', 'R6'].map((a) => shown(ws, a))).toEqual([1100, 400, 73.33, 450, 350.5, 56.21, 1550, 750.5, 67.38]);
    expect(shown(ws, 'C5')).toBe('800.500');
    expect(r.changed.filter((a) => !/!([PQR][4-6]|C6)$/.test(a))).toEqual([]);
  });
});

describe('quarters of แผน (บาท) | ผล (บาท) | เป้าร้อยละ, each quarter its own amount', () => {
  let r: RecalcRun;
  beforeAll(async () => {
    r = await recalcWorkbook(quarterPlanResultWorkbook(), 'quarter-plan-result.xlsx');
  });

  test('disbursed to quarter 3 is the three quarters added up, against the plans added up', () => {
    expect(r.json.quarter).toBe(3);
    expect(r.json.budget.map((b) => [b.row, b.disbursed, b.percent, b.plannedPercent, b.targetPercent, b.status])).toEqual([
      [5, 3_000_000, 75, 80, 75, 'behind'],
      [6, 850_000, 85, 75, 75, 'ahead'],
      [7, 3_850_000, 77, 79, 75, 'behind'],
    ]);
  });

  test('P and Q are written; the total row\'s quarter cells, typed right, stay as typed with no warning', () => {
    const ws = r.out.getWorksheet('แผนผลรายไตรมาส')!;
    expect(['P5', 'Q5', 'P6', 'Q6', 'P7', 'Q7'].map((a) => shown(ws, a))).toEqual([3_000_000, 75, 850_000, 85, 3_850_000, 77]);
    expect(['E7', 'H7', 'K7'].map((a) => shown(ws, a))).toEqual([1_300_000, 1_200_000, 1_350_000]);
    for (const a of ['E7', 'H7', 'K7']) expect(warningCodesAt(r.json, a)).toEqual([]);
    expect(r.changed.filter((a) => !/![PQ][5-7]$/.test(a))).toEqual([]);
  });
});

describe('months each over แผน | ผล amounts', () => {
  test('disbursed to quarter 1 against the months planned: 25.00 on plan, 16.67 behind 25.00', async () => {
    const r = await recalcWorkbook(planResultMonthsWorkbook(), 'plan-result-months.xlsx');
    expect(r.json.budget.map((b) => [b.row, b.disbursed, b.percent, b.plannedPercent, b.status])).toEqual([
      [5, 300_000, 25, 25, 'on-plan'],
      [6, 100_000, 16.67, 25, 'behind'],
    ]);
    const ws = r.out.getWorksheet('แผนผลรายเดือน')!;
    expect(['O5', 'P5', 'O6', 'P6'].map((a) => shown(ws, a))).toEqual([300_000, 25, 100_000, 16.67]);
    expect(r.changed.filter((a) => !/![OP][56]$/.test(a))).toEqual([]);
  });
});

test('a KPI table with a งบประมาณ column beside its ตัวชี้วัด stays an indicator table: 100 of 100 on plan, 5 of 6 behind', async () => {
  const r = await recalcWorkbook(kpiWithBudgetWorkbook(), 'kpi-with-budget.xlsx');
  expect(r.json.budget).toEqual([]);
  expect(r.json.indicators.map((i) => [i.row, i.total, i.overall])).toEqual([
    [5, 100, 'on-plan'],
    [6, 5, 'behind'],
  ]);
});

test('so does one whose quarters are headed ผลการดำเนินงาน, with no ตัวชี้วัด or หน่วยนับ column', async () => {
  const r = await recalcWorkbook(kpiWithBudgetWorkbook(true), 'kpi-with-budget-plain.xlsx');
  expect(r.json.budget).toEqual([]);
  expect(r.json.indicators.map((i) => [i.row, i.total])).toEqual([
    [5, 100],
    [6, 5],
  ]);
});
