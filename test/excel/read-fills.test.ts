/**
 * readGrid reads fills by column: a column of one colour from one probe, a mixed column cell by cell. What it
 * reads must be the workbook exactly, whatever the payload limit makes of the syncs: values, number formats,
 * formulas, merges, and every fill (a white fill reads as none, as Excel answers '#FFFFFF' for both).
 */
import type { CellRange, CellValue, Grid, SheetGrid } from '../../src/core/grid';
import { createMemoryExcel } from '../../src/memory-excel';
import { readGrid } from '../../src/excel/read-grid';
import { mixedGrid } from '../../bench/generate';
import { recalculate } from '../../src/core/engine';
import { formatNeeds } from '../../src/core/format-needs';
import { cellMap, cellMapWhereRead, changedKeys } from './workbooks';

const RED = 'FFC7CE';
const GREY = 'D9D9D9';
const YELLOW = 'FFFF00';
const WHITE = 'FFFFFF';

class Sheet {
  values: CellValue[][] = [];
  formats: (string | undefined)[][] = [];
  formulas: (boolean | undefined)[][] = [];
  fills: (string | undefined)[][] = [];
  merges: CellRange[] = [];
  constructor(readonly name: string) {}
  set(r: number, c: number, value: CellValue, extra: { format?: string; fill?: string; formula?: boolean } = {}): void {
    if (value !== null) (this.values[r] ??= [])[c] = value;
    if (extra.format) (this.formats[r] ??= [])[c] = extra.format;
    if (extra.fill) (this.fills[r] ??= [])[c] = extra.fill;
    if (extra.formula) (this.formulas[r] ??= [])[c] = true;
  }
  fill(r: number, c: number, fill: string): void {
    (this.fills[r] ??= [])[c] = fill;
  }
  build(): SheetGrid {
    for (let r = 0; r < this.values.length; r++) this.values[r] ??= [];
    return { name: this.name, values: this.values, formats: this.formats, formulas: this.formulas, fills: this.fills, merges: this.merges };
  }
}

/**
 * A table starting at B3 (rows 1–2 and column A empty): a grey title and header, a column all yellow, a column
 * red here and there, a column all white, a column of white and red; a sheet of one colour; a sheet with none;
 * a sheet 150 columns wide (probed in runs of columns) with a green column and one red cell; a sheet of long
 * notes (denser than the first guess, so a small limit refuses a sync and the read goes on in halves).
 */
function fillsWorkbook(rows: number): Grid {
  const kpi = new Sheet('ตัวชี้วัด');
  kpi.set(2, 1, 'รายงานผลการดำเนินงานตามตัวชี้วัด ประจำปีงบประมาณ พ.ศ. ๒๕๖๖', { fill: GREY });
  kpi.merges.push({ top: 2, left: 1, bottom: 2, right: 7 });
  ['ลำดับ', 'ตัวชี้วัด', 'ผล', 'หมายเหตุ', 'สถานะ', 'ผู้รับผิดชอบ', 'ร้อยละ'].forEach((h, i) => kpi.set(3, 1 + i, h, { fill: GREY }));
  for (let r = 2; r < 4 + rows; r++) kpi.fill(r, 4, YELLOW); // column E: one colour from the title down
  for (let r = 2; r < 4 + rows; r++) kpi.fill(r, 6, WHITE); // column G: white everywhere, read as none
  for (let i = 0; i < rows; i++) {
    const r = 4 + i;
    kpi.set(r, 1, i + 1);
    kpi.set(r, 2, `ตัวชี้วัดที่ ${i + 1} จำนวนวิสาหกิจเพื่อสังคมที่ได้รับการส่งเสริม`);
    kpi.set(r, 3, i * 7, { format: '#,##0', formula: i % 50 === 49 });
    if (i % 3 === 0) kpi.set(r, 4, 'ตามแผน');
    kpi.set(r, 5, i % 7 === 0 ? 'ต่ำกว่าแผน' : 'ก้าวหน้ากว่าแผน', { fill: i % 7 === 0 ? RED : undefined });
    kpi.set(r, 6, 'ส่วนแผนงาน');
    kpi.set(r, 7, (i % 100) + 0.5, { format: '0.00', fill: i % 5 === 0 ? RED : i % 5 === 1 ? WHITE : undefined });
    if (i % 10 === 0 && i + 1 < rows) kpi.merges.push({ top: r, left: 6, bottom: r + 1, right: 6 });
  }

  const budget = new Sheet('งบประมาณ');
  for (let r = 0; r < 30; r++) for (let c = 0; c < 6; c++) budget.set(r, c, r * 10 + c, { format: '0.0000', fill: 'DDEBF7' });

  const plain = new Sheet('ไม่มีสี');
  for (let r = 0; r < 40; r++) plain.set(r, 0, `แถว ${r}`);

  const wide = new Sheet('กว้าง');
  for (let r = 0; r < 30; r++) {
    for (let c = 0; c < 150; c += 7) wide.set(r, c, r + c);
    wide.fill(r, 20, 'E2EFDA');
  }
  wide.set(29, 149, 'ท้าย');
  wide.fill(10, 100, RED);

  const notes = new Sheet('บันทึก');
  for (let r = 0; r < 40; r++) {
    for (let c = 0; c < 3; c++) notes.set(r, c, `บันทึกการประชุมครั้งที่ ${r} `.repeat(12), { fill: r === 5 && c === 1 ? RED : undefined });
  }
  return { sheets: [kpi.build(), budget.build(), plain.build(), wide.build(), notes.build()] };
}

/** The workbook as readGrid must see it: a white fill is no fill. */
function expected(grid: Grid): Grid {
  return {
    sheets: grid.sheets.map((s) => ({
      ...s,
      fills: s.fills?.map((row) => row?.map((f) => (f && f.toUpperCase() !== WHITE ? f : undefined))),
    })),
  };
}

const LIMIT = 5 * 1024 * 1024;

describe('fills read by column', () => {
  test.each([
    ['one sync for the cells (5 MB)', LIMIT],
    ['many syncs, columns probed (60 KB)', 60_000],
    ['a sync refused as too large, read again in halves (20 KB)', 20_000],
  ])('%s: the grid read is the workbook, as the engine reads it', async (_name, limit) => {
    const grid = fillsWorkbook(400);
    const excel = createMemoryExcel(grid, { payloadLimit: limit });
    const read = await readGrid(excel.run);
    expect(read.sheets.map((s) => s.name)).toEqual(grid.sheets.map((s) => s.name));
    // Values, fills, formulas, merges: all of them. Number formats: all where the engine reads them; a format
    // read elsewhere (with the first cells) is the workbook's own.
    const needs = formatNeeds(grid);
    expect(changedKeys(cellMapWhereRead(expected(grid), needs), cellMapWhereRead(read, needs))).toEqual([]);
    const source = cellMap(grid);
    const formatOf = (v: string | undefined) => (v ? (JSON.parse(v) as [unknown, string | null])[1] : null);
    const read_ = cellMap(read);
    for (const [k, v] of read_) if (formatOf(v)) expect([k, formatOf(source.get(k))]).toEqual([k, formatOf(v)]);
    // Under the small limits the formats the engine does not read were left unread (fewer bytes, fewer syncs).
    const unread = [...source].filter(([k, v]) => formatOf(v) && !formatOf(read_.get(k))).length;
    if (limit < LIMIT) expect(unread).toBeGreaterThan(0);
    else expect(unread).toBe(0);
    expect(recalculate(read).edits.toArray()).toEqual(recalculate(grid).edits.toArray());
    // The checks a user would make: F5 is red, E4 yellow, G5 holds no fill, the title is grey.
    const kpi = read.sheets[0];
    expect(kpi.fills?.[4]?.[5]).toBe(RED);
    expect(kpi.fills?.[3]?.[4]).toBe(YELLOW);
    expect(kpi.fills?.[4]?.[6]).toBeUndefined();
    expect(kpi.fills?.[2]?.[1]).toBe(GREY);
    expect(read.sheets[3].fills?.[10]?.[100]).toBe(RED);
    if (limit === 20_000) expect(excel.stats.responseBytes.some((b) => b > limit)).toBe(true);
  });

  test('twelve sheets 60 columns wide: more probes than one sync takes, every fill still read', async () => {
    const sheets: SheetGrid[] = [];
    for (let n = 0; n < 12; n++) {
      const s = new Sheet(`ตาราง ${n + 1}`);
      for (let r = 0; r < 60; r++) {
        for (let c = 0; c < 60; c += 3) s.set(r, c, `${n}:${r}:${c}`);
        s.fill(r, n, YELLOW);
      }
      s.fill(5 * n, 57 - 2 * n, RED);
      sheets.push(s.build());
    }
    const grid: Grid = { sheets };
    const excel = createMemoryExcel(grid, { payloadLimit: 60_000 });
    const read = await readGrid(excel.run);
    expect(changedKeys(cellMap(grid), cellMap(read))).toEqual([]);
    expect(read.sheets[5].fills?.[25]?.[47]).toBe(RED);
    expect(read.sheets[5].fills?.[26]?.[5]).toBe(YELLOW);
  });

  test('20,000 rows with a red cell in one column: that column is read cell by cell, not the whole sheet', async () => {
    const plain = mixedGrid(20_000);
    const flagged = mixedGrid(20_000);
    const sheet = flagged.sheets[2]; // layout C: one row per indicator, the status in column O
    sheet.fills = [];
    (sheet.fills[500] ??= [])[14] = RED;
    (sheet.fills[3] ??= [])[2] = GREY; // and a grey header cell
    const a = createMemoryExcel(plain);
    const b = createMemoryExcel(flagged);
    await readGrid(a.run);
    const read = await readGrid(b.run);
    expect(changedKeys(cellMap(flagged), cellMap(read))).toEqual([]);
    const total = (xs: number[]) => xs.reduce((x, y) => x + y, 0);
    // Every cell's fill of that sheet would be 5,000 rows × 15 columns × 40 bytes = 3 MB more; two columns are
    // 0.4 MB, and the probes ride in syncs there anyway.
    expect(total(b.stats.responseBytes) - total(a.stats.responseBytes)).toBeLessThan(500_000);
    expect(b.stats.syncs).toBeLessThanOrEqual(a.stats.syncs + 1);
    expect(Math.max(...b.stats.responseBytes)).toBeLessThan(LIMIT);
  }, 60_000);
});
