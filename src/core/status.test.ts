import { budgetView } from './summary/budget-view';
import { renderSummary } from './summary/render-summary';
import { againstPlan, budgetStatus, quarterStatus } from './status';
import type { BudgetResult, Report } from './types';

describe('againstPlan: a figure against its plan', () => {
  test('equal is on plan, more is ahead, less is behind (higher is better)', () => {
    expect([againstPlan(35, 35), againstPlan(42, 35), againstPlan(17, 43)]).toEqual(['on-plan', 'ahead', 'behind']);
  });

  test('lower is better: fewer complaints than planned is ahead', () => {
    expect([againstPlan(8, 10, 'lower'), againstPlan(12, 10, 'lower')]).toEqual(['ahead', 'behind']);
  });

  test('the on-plan band counts in the figure’s own units, its edge included', () => {
    expect(againstPlan(49.6, 50.07, 'higher', 0.5)).toBe('on-plan');
    expect(againstPlan(49.5, 50, 'higher', 0.5)).toBe('on-plan');
    expect(againstPlan(49.49, 50, 'higher', 0.5)).toBe('behind');
  });

  test('binary fractions do not decide a status: 0.1 + 0.2 against 0.3 is on plan', () => {
    expect(againstPlan(0.1 + 0.2, 0.3)).toBe('on-plan');
  });
});

describe('quarterStatus: the seed’s worked figures (FY 2566)', () => {
  const none = [null, null, null, null];
  test('ได้รับการพัฒนา: 42 and 71 against 35 a quarter are ahead at Q1 and Q2', () => {
    const plan = [35, 35, 35, 35];
    const result = [42, 71, null, null];
    expect([1, 2].map((q) => quarterStatus('count', 'higher', plan, result, q, 0, null))).toEqual(['ahead', 'ahead']);
  });

  test('ช่องทาง: 1 then 2 against 1 then 2 is on plan', () => {
    expect(quarterStatus('count', 'higher', [1, 2, 1, 1], [1, 2, null, null], 2, 0, null)).toBe('on-plan');
  });

  test('e-service: level 1 carried into Q2 against a plan of level 2 is behind', () => {
    expect(quarterStatus('level', 'higher', [1, 2, 3, 4], [1, null, null, null], 2, 0, null)).toBe('behind');
  });

  test('a plan only in Q4 is not due at Q2; a plan due with no result is no data', () => {
    expect(quarterStatus('count', 'higher', [null, null, null, 200], none, 2, 0, null)).toBe('not-due');
    expect(quarterStatus('count', 'higher', [2, 10, 20, 11], [2, null, null, null], 2, 0, null)).toBe('no-data');
  });

  test('a cumulative plan stated in cumulative terms (1,600 from a base of 1,400)', () => {
    expect(quarterStatus('cumulative', 'higher', [null, null, null, 1600], [null, null, null, 210], 4, 0, 1400)).toBe('ahead');
  });
});

describe('budgetStatus: disbursed against planned percent', () => {
  test('the seed’s whole budget: 49.60 against 50.07 is behind; nothing planned is not due; nothing disbursed is no data', () => {
    expect(budgetStatus(49.6, 50.07)).toBe('behind');
    expect(budgetStatus(10, null)).toBe('not-due');
    expect(budgetStatus(10, 0)).toBe('not-due');
    expect(budgetStatus(null, 25)).toBe('no-data');
  });
});

describe('the summary judges the budget as the sheet does', () => {
  // Two lines of 100 each, 50 planned by Q2 and 49.7 disbursed: 49.70 % against 50.00 %. With a band of 0.5
  // points the sheet writes เป็นไปตามแผน on both; the summary, adding the lines up itself (no สรุปภาพรวม row), said
  // the whole budget was ต่ำกว่าแผน because it ignored the band.
  const line = (row: number): BudgetResult => ({
    sheet: 'งบประมาณ',
    row,
    name: `แผนงานที่ ${row}`,
    isTotal: false,
    allocated: 100,
    disbursed: 49.7,
    percent: 49.7,
    plannedPercent: 50,
    targetPercent: 50,
    status: budgetStatus(49.7, 50, 0.5),
    flagged: false,
    plannedAmount: [25, 25, 25, 25],
    disbursedByQuarter: [20, 49.7, null, null],
  });
  const report: Report = {
    fiscalYear: 2566,
    quarter: 2,
    digits: 'arabic',
    tables: [{ sheet: 'งบประมาณ', kind: 'budget', periods: 'quarter', rows: 'single', unit: 'ล้านบาท', range: 'A3:M6', indicators: 0, budgetLines: 2, digits: 'arabic' }],
    skipped: [],
    indicators: [],
    budget: [line(5), line(6)],
    warnings: [],
  };

  test('each line is on plan in the sheet', () => {
    expect(report.budget.map((l) => l.status)).toEqual(['on-plan', 'on-plan']);
  });

  test('the whole is on plan in the summary too, and its sentence says so', () => {
    expect(budgetView(report, undefined, 0.5)?.whole.status).toBe('on-plan');
    const text = renderSummary(report, { tolerance: 0.5 })
      .cells.map((c) => c.value)
      .join('\n');
    expect(text).toContain('เป็นไปตามแผนการใช้จ่ายสะสม (ร้อยละ 50.00)');
    expect(text).toContain('เป็นไปตามเป้าหมายการเบิกจ่ายสะสมของรัฐบาล (ร้อยละ 50.00)');
    expect(text).not.toContain('ต่ำกว่าแผนการใช้จ่ายสะสม');
  });

  test('without a band the same figures are behind (the check can fail)', () => {
    expect(renderSummary(report).cells.map((c) => c.value).join('\n')).toContain('ต่ำกว่าแผนการใช้จ่ายสะสม (ร้อยละ 50.00)');
  });
});
