/**
 * Targets typed with words, as offices type them ("ไม่น้อยกว่า ๕ แห่ง", "ร้อยละ ๘๐", "ไม่เกิน ๑๒ เรื่อง"): the figure
 * is the target, and "ไม่เกิน" says fewer is better. Workbooks from test/fixtures/new-user-shapes.ts.
 */
import ExcelJS from 'exceljs';
import { oddColumnsWorkbook, planResultGroupsWorkbook, twoTablesWorkbook, wordTargetsWorkbook } from '../fixtures/new-user-shapes';
import { indicatorAtRow, recalcWorkbook, shown, warningCodesAt, type RecalcRun } from '../helpers/workbook-files';

describe('an annual target typed with words, Thai digits, columns in the office own order', () => {
  let r: RecalcRun;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    r = await recalcWorkbook(oddColumnsWorkbook(), 'odd-columns.xlsx');
    ws = r.out.getWorksheet('ตัวชี้วัด ๒๕๖๘')!;
  }, 60_000);
  test('"ไม่น้อยกว่า ๕ แห่ง": 1 + 2 = 3 of 5 = ๖๐.๐๐, ahead of the straight line 2.5 (the typed ต่ำกว่าแผน corrected)', () => {
    expect(shown(ws, 'L5')).toBe('๓');
    expect(shown(ws, 'M5')).toBe('๖๐.๐๐');
    expect(shown(ws, 'G5')).toBe('ก้าวหน้ากว่าแผน');
  });
  test('"ร้อยละ ๘๐": 84.2 of 80 = ๑๐๕.๒๕', () => {
    expect(shown(ws, 'M6')).toBe('๑๐๕.๒๕');
  });
  test('"ไม่เกิน ๑๒ เรื่อง": 2 + 5 = 7 complaints of at most 12 = ๕๘.๓๓, more than the straight line 6: behind', () => {
    expect(indicatorAtRow(r.json, 8)).toMatchObject({ target: 12, direction: 'lower', total: 7, percent: 58.33, overall: 'behind' });
    expect(shown(ws, 'M8')).toBe('๕๘.๓๓');
    expect(shown(ws, 'G8')).toBe('ต่ำกว่าแผน');
  });
  test('the targets stay as typed; only the status, total and percent columns change', () => {
    expect(['C5', 'C6', 'C8'].map((a) => shown(ws, a))).toEqual(['ไม่น้อยกว่า ๕ แห่ง', 'ร้อยละ ๘๐', 'ไม่เกิน ๑๒ เรื่อง']);
    for (const a of r.changed) expect(a).toMatch(/!(G|L|M)[5-8]$/);
  });
});

test('a target typed "ไม่เกิน 8" (accidents) says fewer is better: 7 against a plan of 6 by Q3 is behind', async () => {
  const r = await recalcWorkbook(planResultGroupsWorkbook(), 'plan-result-groups.xlsx');
  expect(indicatorAtRow(r.json, 6)).toMatchObject({ direction: 'lower', status: ['ahead', 'on-plan', 'behind', null] });
  expect(shown(r.out.getWorksheet('KPI 2568')!, 'D6')).toBe('ต่ำกว่าแผน');
}, 60_000);

test('a rate with the target "ไม่เกิน ๑๐" is lower-is-better: 8.5 of 10 = 85.00', async () => {
  const r = await recalcWorkbook(twoTablesWorkbook(), 'two-tables.xlsx');
  expect(indicatorAtRow(r.json, 19)).toMatchObject({ measure: 'rate', direction: 'lower', target: 10, percent: 85 });
  expect(shown(r.out.getWorksheet('สรุปตัวชี้วัด')!, 'G19')).toBe(85);
}, 60_000);

test('a target in words with no figure of its own is named, not guessed: C4 ผ่านเกณฑ์, C5 ตามแผน, C6 ร้อยละ 80 ของผู้สมัคร', async () => {
  const r = await recalcWorkbook(wordTargetsWorkbook(), 'word-targets.xlsx');
  for (const cell of ['C4', 'C5', 'C6']) expect(warningCodesAt(r.json, cell)).toEqual(['unreadable-cell']);
  expect(r.json.warnings.find((w) => w.cell === 'C4')!.message).toContain('ผ่านเกณฑ์');
  expect(indicatorAtRow(r.json, 6)).toMatchObject({ target: null, percent: null });
  // "≥ 10": 2 + 4 = 6 of 10 = 60.00.
  expect(shown(r.out.getWorksheet('เป้าหมายคำ')!, 'H7')).toBe(60);
  expect(warningCodesAt(r.json, 'C7')).toEqual([]);
}, 60_000);
