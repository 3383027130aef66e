/**
 * Large workbooks for the benchmarks, built as core's plain Grid (for the engine and the in-memory Excel) and
 * written to .xlsx (for the CLI) from that same Grid. Four layouts as DOMAIN.md describes them and the fixtures
 * build them (test/fixtures/workbooks.ts, seed-workbook.ts), FY 2566, results through quarter 2, with a realistic
 * mix: counts, lower-is-better counts, levels, rates, cumulative targets, Q4-only plans, N/A, hand-written status
 * words, Thai-digit text and numbers with formats, merged names and groups. Every name is distinct, so no cache
 * keyed by text can make a large table look cheaper than a real one.
 */
import type { CellRange, CellValue, Grid, SheetGrid } from '../src/core/grid';

export type BenchLayout = 'A' | 'B' | 'C' | 'D';
export const LAYOUTS: BenchLayout[] = ['A', 'B', 'C', 'D'];

const THAI = '๐๑๒๓๔๕๖๗๘๙';
export function thai(n: number | string): string {
  return String(n).replace(/[0-9]/g, (d) => THAI[Number(d)]);
}
function grouped(n: number): string {
  return n.toLocaleString('en-US');
}

/** A sheet under construction: values, formats and merges, 0-based. */
class SheetBuilder {
  readonly values: CellValue[][] = [];
  readonly formats: (string | undefined)[][] = [];
  readonly merges: CellRange[] = [];
  constructor(readonly name: string) {}

  set(row: number, col: number, value: CellValue, format?: string): void {
    if (value !== null) (this.values[row] ??= [])[col] = value;
    if (format) (this.formats[row] ??= [])[col] = format;
  }

  /** Value in the top-left cell, merged over the range when it spans more than one cell. */
  put(top: number, left: number, value: CellValue, bottom = top, right = left): void {
    this.set(top, left, value);
    if (bottom !== top || right !== left) this.merges.push({ top, left, bottom, right });
  }

  build(): SheetGrid {
    for (let r = 0; r < this.values.length; r++) this.values[r] ??= [];
    return { name: this.name, values: this.values, formats: this.formats, merges: this.merges };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Indicator kinds, cycled so that every table holds all of them in the same proportions whatever its size.

interface Kind {
  /** Name, distinct per index. */
  name(i: number): string;
  unit: string;
  target: number;
  /** Plan per quarter; null = N/A (not due). */
  plan: (number | null)[];
  /** Results for Q1, Q2 (the reporting round); later quarters are '-'. */
  result: [number, number];
  /** Layout A/B text forms. */
  level?: boolean;
  cumulative?: { base: number; perYear: number };
  /** A status word written by hand after the Q2 result (sometimes wrong: the engine replaces it). */
  word?: string;
}

const KINDS: Kind[] = [
  { name: (i) => `จำนวนผู้ประกอบการที่ได้รับการพัฒนา กลุ่มที่ ${i + 1} (ราย)`, unit: 'ราย', target: 120, plan: [30, 30, 30, 30], result: [35, 28] },
  { name: (i) => `จำนวนเรื่องร้องเรียนของหน่วยงานที่ ${i + 1} ไม่เกิน 10 เรื่อง`, unit: 'เรื่อง', target: 10, plan: [3, 3, 2, 2], result: [2, 4] },
  { name: (i) => `ระดับความสำเร็จของการจัดทำแผนปฏิบัติการ หน่วยที่ ${i + 1}`, unit: 'ระดับ', target: 5, plan: [2, 3, 4, 5], result: [2, 4], level: true },
  { name: (i) => `ร้อยละความพึงพอใจของผู้รับบริการ จุดบริการที่ ${i + 1}`, unit: 'ร้อยละ', target: 85, plan: [80, 80, 85, 85], result: [82.5, 79.25] },
  { name: (i) => `จำนวนวิสาหกิจเพื่อสังคมที่ได้รับการส่งเสริม เขตที่ ${i + 1} (กิจการ)`, unit: 'กิจการ', target: 140, plan: [35, 35, 35, 35], result: [42, 71], word: 'ต่ำกว่ากว่าแผน' },
  { name: (i) => `ประชาชนกลุ่มเป้าหมายได้รับการจ้างงาน จังหวัดที่ ${i + 1} (คน) (200/ปี จากฐาน 1,400 คน)`, unit: 'คน', target: 1600, plan: [null, null, null, 1600], result: [20, 50], cumulative: { base: 1400, perYear: 200 } },
  { name: (i) => `จำนวนรายงานการประเมินผลสัมฤทธิ์ของโครงการที่ ${i + 1}`, unit: 'ฉบับ', target: 1, plan: [null, null, null, 1], result: [0, 0] },
  { name: (i) => `จำนวนช่องทางการประชาสัมพันธ์ ชุดที่ ${i + 1}`, unit: 'ช่องทาง', target: 5, plan: [1, 2, 1, 1], result: [1, 2], word: 'เป็นไปตามแผน' },
];

const kindOf = (i: number): Kind => KINDS[i % KINDS.length];
const FY = 2566;
const TITLE_YEAR = `ประจำปีงบประมาณ พ.ศ. ${thai(FY)}`;
const QUARTER_HEADS = ['ไตรมาสที่ ๑ ต.ค.-ธ.ค. ๒๕๖๕', 'ไตรมาสที่ ๒ ม.ค.-มี.ค. ๒๕๖๖', 'ไตรมาสที่ ๓ เม.ย.-มิ.ย. ๒๕๖๖', 'ไตรมาสที่ ๔ ก.ค.-ก.ย. ๒๕๖๖'];

/** A figure as Thai-digit text the way the form types it. */
function text(k: Kind, v: number): string {
  return k.level ? `ระดับ ${thai(v)}` : thai(grouped(v));
}

// ---------------------------------------------------------------------------------------------------------------
// Layout A: the office's KPI form (plan row, result row; แผนงาน, โครงการ, ผู้รับผิดชอบ merged down)

export function layoutASheet(count: number, name = 'แบบรายงานตัวชี้วัด'): SheetGrid {
  const s = new SheetBuilder(name);
  s.put(0, 0, `แบบรายงานผลการดำเนินงานตามตัวชี้วัด ${TITLE_YEAR}`, 0, 9);
  s.put(1, 0, 'แผนการดำเนินงาน', 1, 4);
  s.put(1, 5, 'ผลการดำเนินงาน', 1, 8);
  s.put(1, 9, 'ผู้รับผิดชอบ/ รายงาน', 2, 9);
  ['แผนงาน', 'โครงการ/กิจกรรม', 'เป้าหมาย/ตัวชี้วัด', 'แผนและ ผล', 'รวมทั้งสิ้น', ...QUARTER_HEADS].forEach((h, c) => s.put(2, c, h));
  const PER_PLAN = 4;
  const PER_PROJECT = 2;
  let row = 3;
  for (let i = 0; i < count; i++) {
    const k = kindOf(i);
    if (i % PER_PLAN === 0) {
      const n = Math.min(PER_PLAN, count - i);
      s.put(row, 0, `${thai(i / PER_PLAN + 1)}. แผนงานส่งเสริมวิสาหกิจเพื่อสังคม ชุดที่ ${thai(i / PER_PLAN + 1)}`, row + 2 * n - 1, 0);
      s.put(row, 9, 'ส่วนวิเคราะห์ นโยบาย และแผน', row + 2 * n - 1, 9);
    }
    if (i % PER_PROJECT === 0) {
      const n = Math.min(PER_PROJECT, count - i);
      s.put(row, 1, `กิจกรรมที่ ${thai(Math.floor(i / PER_PROJECT) + 1)} จัดกิจกรรมส่งเสริมให้ความรู้`, row + 2 * n - 1, 1);
    }
    s.put(row, 2, thai(k.name(i)), row + 1, 2);
    s.set(row, 3, 'แผน');
    s.set(row + 1, 3, 'ผล');
    // Plan row: รวมทั้งสิ้น then the quarters.
    const total = k.cumulative ? `${thai(grouped(k.target))} (${thai(k.cumulative.perYear)}/ปี)` : text(k, k.target);
    s.set(row, 4, total);
    k.plan.forEach((p, q) => s.set(row, 5 + q, p === null ? 'N/A' : text(k, p)));
    // Result row: รวมทั้งสิ้น empty (an output), Q1 and Q2, then '-'.
    k.result.forEach((v, q) => s.set(row + 1, 5 + q, q === 1 && k.word ? `${text(k, v)} (${k.word})` : k.result[q] === 0 && !k.level ? '-' : text(k, v)));
    s.set(row + 1, 7, '-');
    s.set(row + 1, 8, '-');
    row += 2;
  }
  s.put(row + 1, 0, 'หมายเหตุ : ตัวชี้วัดได้รับการอนุมัติตามมติคณะกรรมการ ครั้งที่ ๓/๒๕๖๕', row + 1, 9);
  return s.build();
}

// ---------------------------------------------------------------------------------------------------------------
// Layout B: the Budget Bureau table (ตารางที่ ๑)

export function layoutBSheet(count: number, name = 'ตารางที่ ๑'): SheetGrid {
  const s = new SheetBuilder(name);
  s.put(0, 0, `ตารางที่ ๑ ผลการดำเนินงานตามตัวชี้วัดสำนักงบประมาณ ${TITLE_YEAR}`, 0, 8);
  s.put(1, 0, 'ตัวชี้วัดเชิงปริมาณ', 2, 0);
  s.put(1, 1, `แผนการดำเนินงาน (ปี ${thai(FY)})`, 1, 2);
  s.set(2, 1, 'แผน');
  s.set(2, 2, 'ผล');
  for (let q = 0; q < 4; q++) s.put(1, 3 + q, `ผล ไตรมาส ${thai(q + 1)}`, 2, 3 + q);
  s.put(1, 7, 'รวมผลการดำเนินงาน ณ วันที่ ๓๑ มี.ค. ๖๖', 2, 7);
  s.put(1, 8, 'ร้อยละผล การดำเนินงาน', 2, 8);
  let row = 3;
  for (let i = 0; i < count; i++) {
    const k = kindOf(i);
    s.put(row, 0, `${thai(i + 1)}. ${thai(k.name(i))}`, row + 1, 0);
    const target = k.cumulative ? `${thai(grouped(k.target))} (${thai(k.cumulative.perYear)}/ปี)` : text(k, k.target);
    s.put(row, 1, target, row + 1, 1);
    s.set(row, 2, 'แผน');
    s.set(row + 1, 2, 'ผล');
    if (k.plan.slice(0, 3).every((p) => p === null)) s.put(row, 3, 'รายงานผลการดำเนินงาน ไตรมาส ๔', row, 6);
    else k.plan.forEach((p, q) => s.set(row, 3 + q, p === null ? 'N/A' : text(k, p)));
    s.set(row, 7, text(k, k.target));
    s.set(row, 8, '๑๐๐');
    k.result.forEach((v, q) => s.set(row + 1, 3 + q, k.result[q] === 0 && !k.level ? '-' : text(k, v)));
    s.set(row + 1, 5, '-');
    s.set(row + 1, 6, '-');
    row += 2;
  }
  return s.build();
}

// ---------------------------------------------------------------------------------------------------------------
// Layout C: one row per indicator, real numbers with number formats

const COUNT_FORMAT = '#,##0';
const THAI_NUMBER_FORMAT = '[$-D07041E]#,##0.00';

export function layoutCSheet(count: number, name = 'ตัวชี้วัด'): SheetGrid {
  const s = new SheetBuilder(name);
  s.put(0, 0, `รายงานผลการดำเนินงานตามตัวชี้วัด ${TITLE_YEAR}`, 0, 14);
  s.put(2, 0, 'ลำดับ', 3, 0);
  s.put(2, 1, 'ตัวชี้วัด', 3, 1);
  s.put(2, 2, 'หน่วยนับ', 3, 2);
  s.put(2, 3, 'ค่าเป้าหมาย', 3, 3);
  s.put(2, 4, 'แผน', 2, 7);
  s.put(2, 8, 'ผล', 2, 11);
  for (let q = 0; q < 4; q++) {
    s.set(3, 4 + q, `ไตรมาส ${thai(q + 1)}`);
    s.set(3, 8 + q, `ไตรมาส ${thai(q + 1)}`);
  }
  s.put(2, 12, 'ผลสะสม', 3, 12);
  s.put(2, 13, 'ร้อยละ', 3, 13);
  s.put(2, 14, 'สถานะ', 3, 14);
  for (let i = 0; i < count; i++) {
    const row = 4 + i;
    const k = kindOf(i);
    const fmt = i % 2 ? THAI_NUMBER_FORMAT : COUNT_FORMAT;
    s.set(row, 0, i + 1);
    s.set(row, 1, k.name(i));
    s.set(row, 2, k.unit);
    s.set(row, 3, k.target, fmt);
    k.plan.forEach((p, q) => s.set(row, 4 + q, p, fmt));
    k.result.forEach((v, q) => s.set(row, 8 + q, k.result[q] === 0 && !k.level ? null : v, fmt));
    s.set(row, 10, null, fmt);
    s.set(row, 11, null, fmt);
    s.set(row, 12, null, fmt);
  }
  return s.build();
}

// ---------------------------------------------------------------------------------------------------------------
// Layout D: budget disbursement, five columns a quarter, a สรุปภาพรวม row, a last row of cumulative plan figures

export function layoutDSheet(lines: number, name = 'งบประมาณ'): SheetGrid {
  const s = new SheetBuilder(name);
  s.put(0, 0, `ผลการใช้จ่ายงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ${FY}`, 0, 23);
  s.put(1, 0, 'สำนักงานส่งเสริมวิสาหกิจเพื่อสังคม', 1, 23);
  s.put(2, 0, 'แผนการใช้จ่ายงบประมาณ', 3, 0);
  s.put(2, 1, 'งปม.ที่ได้รับ', 3, 1);
  const sub = ['เป้าร้อยละ', 'จำนวน', 'แผนร้อยละ', 'ผลเบิกจ่าย', 'ผลร้อยละ'];
  for (let q = 0; q < 4; q++) {
    s.put(2, 2 + q * 5, `ไตรมาส ${q + 1}`, 2, 6 + q * 5);
    sub.forEach((h, j) => s.set(3, 2 + q * 5 + j, h));
  }
  s.put(2, 22, 'ผลการเบิกจ่าย รวมทั้งสิ้น', 3, 22);
  s.put(2, 23, 'ร้อยละ การเบิกจ่าย', 3, 23);
  const targets = [24, 26, 26, 24];
  const totals = { allocation: 0, amounts: [0, 0, 0, 0], disbursed: [0, 0] };
  const line = (row: number, label: string, allocation: number, amounts: number[], disbursed: number[]) => {
    s.set(row, 0, label);
    s.set(row, 1, round4(allocation), '0.0000');
    for (let q = 0; q < 4; q++) {
      const c = 2 + q * 5;
      s.set(row, c, targets[q], '0.00');
      s.set(row, c + 1, round4(amounts[q]), '0.0000');
      s.set(row, c + 2, round2((amounts[q] / allocation) * 100), '0.00');
      s.set(row, c + 3, q < disbursed.length ? round4(disbursed[q]) : null, '0.0000');
      s.set(row, c + 4, null, '0.00');
    }
    s.set(row, 22, null, '0.0000');
    s.set(row, 23, null, '0.00');
  };
  for (let i = 0; i < lines; i++) {
    const allocation = 1 + (i % 7) * 0.75;
    const amounts = [0.24, 0.26, 0.26, 0.24].map((f) => allocation * f);
    // Ahead, behind and far behind in turn, cumulative at the end of Q1 and Q2.
    const pace = [1.2, 0.8, 0.1][i % 3];
    const disbursed = [amounts[0] * pace, (amounts[0] + amounts[1]) * pace];
    line(4 + i, `แผนงานยุทธศาสตร์ที่ ${i + 1} ส่งเสริมวิสาหกิจเพื่อสังคม`, allocation, amounts, disbursed);
    totals.allocation += allocation;
    amounts.forEach((a, q) => (totals.amounts[q] += a));
    totals.disbursed[0] += disbursed[0];
    totals.disbursed[1] += disbursed[1];
  }
  line(4 + lines, 'สรุปภาพรวม', totals.allocation, totals.amounts, totals.disbursed);
  // The seed's last line: cumulative plan figures from quarter 2 on, nothing before them.
  const last = 5 + lines;
  let cum = totals.amounts[0];
  let share = targets[0];
  for (let q = 1; q < 4; q++) {
    cum += totals.amounts[q];
    share += targets[q];
    const c = 2 + q * 5;
    s.set(last, c, share, '0.00');
    s.set(last, c + 1, round4(cum), '0.0000');
    s.set(last, c + 2, round2((cum / totals.allocation) * 100), '0.00');
  }
  return s.build();
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;
const round2 = (x: number) => Math.round(x * 100) / 100;

// ---------------------------------------------------------------------------------------------------------------

/** One table of one layout with `rows` indicators (layout D: budget lines). */
export function layoutGrid(layout: BenchLayout, rows: number): Grid {
  const sheet = { A: layoutASheet, B: layoutBSheet, C: layoutCSheet, D: layoutDSheet }[layout](rows);
  return { sheets: [sheet] };
}

/**
 * The workbook a planning division keeps: `rows` data rows in all, split over an A form, a B table, a C table and
 * a budget table (D) — what the adapter and CLI benchmarks open.
 */
export function mixedGrid(rows: number): Grid {
  const share = split(rows, 4);
  return { sheets: [layoutASheet(share[0]), layoutBSheet(share[1]), layoutCSheet(share[2]), layoutDSheet(share[3])] };
}

/** `rows` split into `parts` nearly equal whole shares, the first ones larger. */
export function split(rows: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(rows / parts) + (i < rows % parts ? 1 : 0));
}

/** What the engine must report for a table made here: indicators (A–C), or budget lines with the total row (D). */
export function expectedFind(layout: BenchLayout, rows: number): { indicators: number; budgetLines: number } {
  return layout === 'D' ? { indicators: 0, budgetLines: rows + 1 } : { indicators: rows, budgetLines: 0 };
}
