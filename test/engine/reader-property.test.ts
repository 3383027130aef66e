/**
 * Generated tables of the model (DOMAIN.md, "The tables"): columns in any order, quarters or months, one row per
 * indicator or แผน/ผล pairs in either order, group headings anywhere, Thai-digit text or numbers. The reader finds
 * every indicator, and the engine's totals and percentages are those computed here directly from the cells.
 */
import fc from 'fast-check';
import { recalculate } from '../../src/core/engine';
import type { CellValue, CellRange, SheetGrid } from '../../src/core/grid';
import { percentOf, toThaiDigits } from '../../src/core/thai-digits';

const QUARTERS = ['ไตรมาส 1', 'ไตรมาส 2', 'ไตรมาส 3', 'ไตรมาส 4'];
const MONTHS = ['ต.ค.', 'พ.ย.', 'ธ.ค.', 'ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.'];

interface Indicator {
  plans: number[];
  results: (number | null)[];
  resultFirst: boolean;
  groupBefore: boolean;
}

interface Spec {
  months: boolean;
  pairs: boolean;
  thai: boolean;
  order: number[]; // a permutation of the single columns
  indicators: Indicator[];
}

const spec: fc.Arbitrary<Spec> = fc
  .record({ months: fc.boolean(), pairs: fc.boolean(), thai: fc.boolean(), reported: fc.integer({ min: 1, max: 12 }), n: fc.integer({ min: 1, max: 6 }) })
  .chain(({ months, pairs, thai, reported, n }) => {
    const periods = months ? 12 : 4;
    const upTo = Math.min(reported, periods);
    const indicator: fc.Arbitrary<Indicator> = fc.record({
      plans: fc.array(fc.integer({ min: 1, max: 60 }), { minLength: periods, maxLength: periods }),
      results: fc.array(fc.option(fc.integer({ min: 0, max: 80 }), { nil: null }), { minLength: periods, maxLength: periods }).map((rs) => rs.map((r, i) => (i < upTo ? r : null))),
      resultFirst: fc.boolean(),
      groupBefore: fc.boolean(),
    });
    return fc.record({
      months: fc.constant(months),
      pairs: fc.constant(pairs),
      thai: fc.constant(thai),
      order: fc.shuffledSubarray([0, 1, 2, 3, 4, 5], { minLength: 6, maxLength: 6 }),
      indicators: fc.array(indicator, { minLength: n, maxLength: n }),
    });
  });

/** The sheet a person would draw for `s`; and the 1-based row of each indicator's first row. */
function sheetOf(s: Spec): { sheet: SheetGrid; rows: number[] } {
  const heads = s.months ? MONTHS : QUARTERS;
  // Single columns by kind: 0 name, 1 unit, 2 target, 3 total, 4 percent, 5 the period block(s) (and แผน/ผล for pairs).
  const header: string[] = [];
  const place: Record<string, number> = {};
  for (const k of s.order) {
    if (k === 0) place.name = header.push('ตัวชี้วัด') - 1;
    if (k === 1) place.unit = header.push('หน่วยนับ') - 1;
    if (k === 2) place.target = header.push('ค่าเป้าหมาย') - 1;
    if (k === 3) place.total = header.push('ผลรวม') - 1;
    if (k === 4) place.percent = header.push('ร้อยละ') - 1;
    if (k === 5) {
      if (s.pairs) {
        place.label = header.push('แผน/ผล') - 1;
        place.periods = header.length;
        header.push(...heads);
      } else {
        place.plans = header.length;
        header.push(...heads.map((h) => `แผน ${h}`));
        place.results = header.length;
        header.push(...heads.map((h) => `ผล ${h}`));
      }
    }
  }
  const fig = (v: number | null): CellValue => (v === null ? null : s.thai ? toThaiDigits(String(v)) : v);
  const values: CellValue[][] = [['ผลการดำเนินงานตามตัวชี้วัด ปีงบประมาณ พ.ศ. 2568'], [], header];
  const merges: CellRange[] = [];
  const rows: number[] = [];
  s.indicators.forEach((ind, i) => {
    if (ind.groupBefore) {
      const g: CellValue[] = [];
      g[place.name] = `ยุทธศาสตร์ที่ ${s.thai ? toThaiDigits(String(i + 1)) : i + 1} การพัฒนาองค์กร`;
      values.push(g);
    }
    const target = ind.plans.reduce((a, b) => a + b, 0);
    const plan: CellValue[] = [];
    const result: CellValue[] = [];
    const name = `จำนวนผู้รับบริการกลุ่มที่ ${s.thai ? toThaiDigits(String(i + 1)) : i + 1}`;
    plan[place.name] = name;
    plan[place.unit] = 'คน';
    plan[place.target] = fig(target);
    if (s.pairs) {
      plan[place.label] = 'แผน';
      result[place.label] = 'ผล';
      ind.plans.forEach((p, k) => (plan[place.periods + k] = fig(p)));
      ind.results.forEach((r, k) => (result[place.periods + k] = fig(r)));
      const first = ind.resultFirst ? result : plan;
      const second = ind.resultFirst ? plan : result;
      if (ind.resultFirst) {
        result[place.name] = name;
        result[place.unit] = 'คน';
        result[place.target] = fig(target);
        delete plan[place.name];
        delete plan[place.unit];
        delete plan[place.target];
      }
      rows.push(values.push(first));
      values.push(second);
    } else {
      ind.plans.forEach((p, k) => (plan[place.plans + k] = fig(p)));
      ind.results.forEach((r, k) => (plan[place.results + k] = fig(r)));
      rows.push(values.push(plan));
    }
  });
  return { sheet: { name: 'ตัวชี้วัด', values, merges }, rows };
}

test('the reader finds every indicator of a generated table, and its totals are the sums of the results', () => {
  fc.assert(
    fc.property(spec, (s) => {
      const { sheet, rows } = sheetOf(s);
      const { report } = recalculate({ sheets: [sheet] });
      expect(report.tables).toHaveLength(1);
      expect(report.tables[0]).toMatchObject({ periods: s.months ? 'month' : 'quarter', rows: s.pairs ? 'pairs' : 'single' });
      expect(report.indicators.map((i) => i.row)).toEqual(rows);
      // The reporting quarter: the latest with a result anywhere in the table.
      const per = s.months ? 3 : 1;
      let latest = 0;
      for (const ind of s.indicators) ind.results.forEach((r, k) => r !== null && (latest = Math.max(latest, Math.floor(k / per) + 1)));
      expect(report.quarter).toBe(Math.max(latest, 1));
      s.indicators.forEach((ind, i) => {
        const through = report.quarter * per;
        const stated = ind.results.slice(0, through).filter((r): r is number => r !== null);
        const total = stated.length ? stated.reduce((a, b) => a + b, 0) : null;
        const target = ind.plans.reduce((a, b) => a + b, 0);
        expect(report.indicators[i]).toMatchObject({ measure: 'count', target, total, percent: percentOf(total, target) });
      });
    }),
    { numRuns: 150 },
  );
});
