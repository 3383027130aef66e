/**
 * The summary's groups are headed by the tables' own titles and group headings, never by a worksheet's name, and an
 * indicator that appears in two tables is counted once (DOMAIN.md, "The summary sheet"). Through the command line on
 * real .xlsx files, and the rule that tells one indicator in two tables on hand-made reports.
 */
import type ExcelJS from 'exceljs';
import { distinctIndicators } from '../../src/core/summary/groups';
import type { IndicatorResult, Report, TableInfo } from '../../src/core/types';
import { annualTargetWorkbook } from '../fixtures/shapes';
import { buildSeedWorkbook } from '../fixtures/seed-workbook';
import { rowTexts, summarySheetOf } from '../helpers/workbook-files';

/** The summary sheet's rows as their texts (cells joined by ' | '), top to bottom. */
async function summaryRows(wb: ExcelJS.Workbook, name: string): Promise<{ rows: string[]; ws: ExcelJS.Worksheet }> {
  const ws = await summarySheetOf(wb, name);
  const rows = rowTexts(ws);
  return { rows, ws };
}

describe('a แผนปฏิบัติราชการ sheet with ยุทธศาสตร์ group rows', () => {
  let rows: string[];
  beforeAll(async () => {
    ({ rows } = await summaryRows(annualTargetWorkbook(), 'annual-target.xlsx'));
  }, 60_000);

  test('the indicator table is headed by the table title and each ยุทธศาสตร์, in the sheet\'s order', () => {
    const table = rows.slice(rows.findIndex((r) => r.startsWith('ลำดับ')));
    const at = (text: string) => table.findIndex((r) => r === text);
    const title = at('แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2568');
    const first = at('ยุทธศาสตร์ที่ 1 การพัฒนาเศรษฐกิจฐานราก');
    const second = at('ยุทธศาสตร์ที่ 2 การบริการประชาชน');
    const satisfaction = table.findIndex((r) => r.includes('ร้อยละความพึงพอใจของผู้รับบริการ'));
    const entrepreneurs = table.findIndex((r) => r.includes('จำนวนผู้ประกอบการที่ได้รับการพัฒนา'));
    expect([title, first, second]).not.toContain(-1);
    expect(title).toBeLessThan(first);
    expect(first).toBeLessThan(entrepreneurs);
    expect(entrepreneurs).toBeLessThan(second);
    expect(second).toBeLessThan(satisfaction);
  });

  test('the paragraphs go under the table\'s title, numbered on through its groups as the table above heads them', () => {
    const narrative = rows.slice(rows.findIndex((r) => r.includes('ผลการวิเคราะห์รายตัวชี้วัด')));
    expect(narrative).toContain('แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2568');
    const satisfaction = narrative.find((r) => r.includes('ร้อยละความพึงพอใจของผู้รับบริการ'))!;
    // 1, 1.1, 1.2 under ยุทธศาสตร์ที่ 1, then the satisfaction rate: its ลำดับ cell says 2 (by place it is the fourth).
    expect(satisfaction).toMatch(/^ตัวชี้วัดที่ 2 ร้อยละความพึงพอใจ/);
  });

  test('no group is headed by the worksheet\'s name', () => {
    expect(rows.join('\n')).not.toContain('แผ่นงาน');
    expect(rows.filter((r) => r === 'แผนปฏิบัติราชการ 2568')).toEqual([]);
  });
});

describe('the seed: two indicator tables that share two indicators', () => {
  let rows: string[];
  beforeAll(async () => {
    ({ rows } = await summaryRows(buildSeedWorkbook(), 'seed.xlsx'));
  }, 60_000);

  test('each table is headed by its own title, never by its sheet\'s name', () => {
    expect(rows).toContain('ตารางที่ ๑ ผลการดำเนินงานตามตัวชี้วัดสำนักงบประมาณ');
    expect(rows).toContain('แบบรายงานผลการดำเนินงานตามตัวชี้วัดสำนักงานส่งเสริมวิสาหกิจเพื่อสังคม ประจำปีงบประมาณ พ.ศ. ๒๕๖๖');
    expect(rows.join('\n')).not.toContain('แผ่นงาน');
  });

  test('the counts by status count 18 indicators, not 20: the two in both tables once', () => {
    expect(rows).toContain('ตัวชี้วัดทั้งหมด ๑๘ ตัวชี้วัด (ตัวชี้วัดที่ซ้ำกันในสองตาราง ๒ ตัวชี้วัด นับครั้งเดียว)');
    // The statuses side by side over their counts.
    const counts = rows.find((r) => r.startsWith('จำนวน (ตัวชี้วัด) | '))!;
    const n = counts.split(' | ').slice(1).map(Number);
    expect(n).toHaveLength(5);
    expect(n.reduce((a, x) => a + x, 0)).toBe(18);
    // The indicator table still lists all 20 rows under their tables.
    const numbered = rows.filter((r) => /^\d+ \| /.test(r) && !r.startsWith('0 |'));
    expect(numbered.length).toBeGreaterThanOrEqual(20);
  });
});

describe('distinctIndicators: one indicator in two tables', () => {
  const table = (sheet: string, range: string): TableInfo => ({
    sheet, kind: 'indicator', periods: 'quarter', rows: 'single', unit: null, range, indicators: 2, budgetLines: 0, digits: 'arabic',
  });
  const ind = (sheet: string, row: number, name: string, target: number, result: (number | null)[]): IndicatorResult => ({
    sheet, row, name, unit: 'ราย', measure: 'count', direction: 'higher', target, plan: [null, null, null, null], result, total: null,
    percent: null, status: [], overall: 'ahead', flagged: false, dueQuarter: null, notes: [],
  });
  const report = (indicators: IndicatorResult[]): Report => ({
    fiscalYear: 2568, quarter: 2, digits: 'arabic', tables: [table('ก', 'A1:H10'), table('ข', 'A1:H10')], skipped: [], indicators, budget: [], warnings: [],
  });

  test('the same name in two tables (numbering, spaces and brackets aside) is one', () => {
    const r = report([ind('ก', 3, '1. จำนวนผู้ประกอบการ (ราย)', 40, [10, 5, null, null]), ind('ข', 4, 'จำนวน ผู้ประกอบการ', 40, [9, 5, null, null])]);
    expect(distinctIndicators(r).map((i) => i.sheet)).toEqual(['ก']);
  });

  test('a like name with the same target and results is one; an unrelated name with them is two', () => {
    const like = report([
      ind('ก', 3, 'จำนวนวิสาหกิจเพื่อสังคม ที่ได้รับการส่งเสริมและพัฒนา (กิจการ)', 140, [42, 71, null, null]),
      ind('ข', 5, 'วิสาหกิจเพื่อสังคมและกลุ่ม กิจการเพื่อสังคมที่ได้รับการพัฒนา และเสริมสร้างศักยภาพ', 140, [42, 71, null, null]),
    ]);
    expect(distinctIndicators(like)).toHaveLength(1);
    const unrelated = report([ind('ก', 3, 'จำนวนผู้เข้ารับการอบรม', 140, [42, 71, null, null]), ind('ข', 5, 'ร้อยละความพึงพอใจของผู้รับบริการ', 140, [42, 71, null, null])]);
    expect(distinctIndicators(unrelated)).toHaveLength(2);
  });

  test('two rows of one table are two indicators, whatever their names', () => {
    const r = report([ind('ก', 3, 'จำนวนผู้ประกอบการ', 40, [10, 5, null, null]), ind('ก', 4, 'จำนวนผู้ประกอบการ', 40, [10, 5, null, null])]);
    expect(distinctIndicators(r)).toHaveLength(2);
  });
});
