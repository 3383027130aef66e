/**
 * The benchmark's workbooks must be real work: at small sizes, every generated table is found by the engine with
 * exactly the indicators (or budget lines) the generator made, read back from a real .xlsx as well as in memory.
 * No timing here (npm run bench measures; tests never assert a time).
 */
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { LAYOUTS, layoutGrid, mixedGrid, split } from '../../bench/generate';
import { writeGridXlsx } from '../../bench/write-xlsx';
import { recalculate } from '../../src/core/engine';
import { readGrid } from '../../src/xlsx/read-grid';

const found = (grid: Parameters<typeof recalculate>[0]) => {
  const { report, edits } = recalculate(grid);
  return { report, edits, tables: report.tables.map((t) => [shapeOf(t), t.indicators, t.budgetLines]) };
};
/** The generator's layout names, as what the reader finds of each table's shape. */
const SHAPES: Record<string, string> = { A: 'indicator quarter pairs', B: 'indicator quarter pairs', C: 'indicator quarter single', D: 'budget quarter single' };
const shapeOf = (t: { kind: string; periods: string; rows: string }) => `${t.kind} ${t.periods} ${t.rows}`;

describe.each([7, 40])('generated tables of %i rows', (rows) => {
  test.each(LAYOUTS)('layout %s is detected as itself with every row', (layout) => {
    const r = found(layoutGrid(layout, rows));
    expect(r.tables).toEqual([layout === 'D' ? [SHAPES.D, 0, rows + 1] : [SHAPES[layout], rows, 0]]); // D: the lines and สรุปภาพรวม
    expect(r.report.fiscalYear).toBe(2566);
    expect(r.report.quarter).toBe(2);
    expect(r.edits.length).toBeGreaterThanOrEqual(rows); // at least a figure to write on every row (layout A: the total)
  });

  test('the mixed workbook holds all four layouts, the rows split between them', () => {
    const [a, b, c, d] = split(rows, 4);
    expect(found(mixedGrid(rows)).tables).toEqual([
      [SHAPES.A, a, 0],
      [SHAPES.B, b, 0],
      [SHAPES.C, c, 0],
      [SHAPES.D, 0, d + 1],
    ]);
  });
});

test('the measures and statuses vary as in a real report: counts, levels, rates, cumulative; ahead, behind, not due', () => {
  const { report } = recalculate(layoutGrid('C', 16));
  expect(new Set(report.indicators.map((i) => i.measure))).toEqual(new Set(['count', 'level', 'rate', 'cumulative']));
  expect(new Set(report.indicators.map((i) => i.overall))).toEqual(new Set(['ahead', 'on-plan', 'behind', 'not-due']));
  expect(report.indicators.some((i) => i.direction === 'lower')).toBe(true);
});

test('the .xlsx the CLI benchmark opens reads back to the same tables, merges and all', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kpi-bench-'));
  try {
    const grid = mixedGrid(30);
    const file = path.join(dir, 'mixed-30.xlsx');
    await writeGridXlsx(grid, file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const back = readGrid(wb);
    expect(back.sheets.map((s) => s.name)).toEqual(grid.sheets.map((s) => s.name));
    expect(back.sheets.map((s) => s.merges.length)).toEqual(grid.sheets.map((s) => s.merges.length));
    expect(found(back).tables).toEqual(found(grid).tables);
    expect(found(back).edits.length).toBe(found(grid).edits.length);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

describe('the naive adapter the bench compares against does the same work, one sync per row', () => {
  test('on the in-memory Excel it reads the tables back whole and writes every figure the engine asks for', async () => {
    const { createMemoryExcel } = await import('../../src/memory-excel');
    const { naiveReadGrid, naiveRecalc } = await import('../../bench/naive-adapter');
    const grid = mixedGrid(12);
    const mem = createMemoryExcel(grid);
    expect(found(await naiveReadGrid(mem.run)).tables).toEqual(found(grid).tables);
    const readSyncs = mem.stats.syncs;
    expect(readSyncs).toBeGreaterThan(grid.sheets.reduce((a, s) => a + s.values.length, 0)); // a sync per row at least

    const { edits } = await naiveRecalc(mem.run);
    expect(edits).toHaveLength(found(grid).edits.length);
    const total = edits.toArray().find((e) => e.reason === 'total' && e.sheet === 'ตัวชี้วัด' && e.row === 4)!; // M5 of layout C
    expect(mem.value('ตัวชี้วัด', 'M5')).toBe(total.value);
    expect(found(mem.toGrid()).edits.toArray()).toEqual([]); // a second run would change nothing: every edit landed
  });
});
