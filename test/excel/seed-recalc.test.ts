/**
 * The seed workbook recalculated through Office.js on the in-memory Excel: the cells a planning officer checks,
 * nothing else touched, a second run changing nothing, ย้อนกลับ restoring every cell.
 */
import path from 'path';
import ExcelJS from 'exceljs';
import { recalculate } from '../../src/core/engine';
import { readGrid as readXlsxGrid } from '../../src/xlsx/read-grid';
import { STATUS_WORDS } from '../../src/core/words';
import { createMemoryExcel } from '../../src/memory-excel';
import { readGrid } from '../../src/excel/read-grid';
import { restoreLastRun } from '../../src/excel/undo-snapshot';
import { UNDO_NAMESPACE } from '../../src/core/store-xml';
import { recalcWorkbookDetailed } from '../../src/excel/workbook-actions';
import { SEED_SHEETS } from '../fixtures/seed-workbook';
import { cellMap, changedKeys, seedGrid } from './workbooks';

const { table1, kpiForm, budget } = SEED_SHEETS;

describe('the seed workbook through Office.js', () => {
  test('readGrid gives the engine what Excel holds: values, number formats, fills, formulas, merges', async () => {
    const grid = seedGrid();
    const excel = createMemoryExcel(grid);
    const read = await readGrid(excel.run);
    expect(read.sheets.map((s) => s.name)).toEqual([table1, kpiForm, budget]);
    expect(changedKeys(cellMap(grid), cellMap(read))).toEqual([]);
    // The engine sees the same workbook either way.
    expect(recalculate(read).edits.toArray()).toEqual(recalculate(grid).edits.toArray());
  });

  test('the sample file users try (assets/sample/seed-fy2566-q2.xlsx) recalculates the same in Excel', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.resolve(__dirname, '../../assets/sample/seed-fy2566-q2.xlsx'));
    const excel = createMemoryExcel(readXlsxGrid(wb));
    await recalcWorkbookDetailed(excel.run);
    expect(excel.value(table1, 'H9')).toBe('๑๑๓');
    expect(excel.value(table1, 'I9')).toBe(`๘๐.๗๑ ${STATUS_WORDS.ahead}`);
    expect(excel.value(budget, 'L9')).toBe(49.6);
    expect(excel.cell(budget, 'L9')?.style?.fill).toBe('FFC7CE'); // สรุปภาพรวม 49.60 against a plan of 50.07
  });

  test('คำนวณความก้าวหน้า: indicator 3 totals ๑๑๓ and ๘๐.๗๑, status words corrected, behind rows flagged', async () => {
    const excel = createMemoryExcel(seedGrid());
    const { report } = await recalcWorkbookDetailed(excel.run);
    expect(excel.value(table1, 'H9')).toBe('๑๑๓');
    expect(excel.value(table1, 'I9')).toBe(`๘๐.๗๑ ${STATUS_WORDS.ahead}`);
    expect(excel.value(kpiForm, 'E13')).toBe('๑๑๓');
    expect(excel.value(kpiForm, 'F13')).toBe(`๔๒ (${STATUS_WORDS.ahead})`);
    expect(excel.value(kpiForm, 'G13')).toBe(`๗๑ (${STATUS_WORDS.ahead})`);
    // e-service is behind plan: its row is coloured; so are the budget lines behind plan.
    const eService = report.indicators.find((i) => i.name.includes('e-service'))!;
    expect(eService.overall).toBe('behind');
    expect(excel.cell(kpiForm, 'E11')?.style?.fill).toBe('FFC7CE');
    expect(excel.value(kpiForm, 'E11')).toBe('ระดับ ๑');
    expect(excel.cell(budget, 'L6')?.style?.fill).toBe('FFC7CE'); // ความเสมอภาคทางสังคม 38.53 %
    expect(excel.value(budget, 'L6')).toBe(38.53);
    expect(excel.cell(budget, 'L5')?.style?.fill).toBeUndefined(); // บุคลากรภาครัฐ is ahead
    // Text stays text: nothing the add-in wrote became a formula.
    expect(excel.cell(table1, 'I9')?.formula).toBeUndefined();
  });

  test('only output cells change, a second run changes nothing, and ย้อนกลับ restores every cell exactly', async () => {
    const excel = createMemoryExcel(seedGrid());
    const before = cellMap(excel.toGrid());
    const first = await recalcWorkbookDetailed(excel.run);
    const after = cellMap(excel.toGrid());
    const edited = new Set(first.edits.toArray().map((e) => `${e.sheet}!${e.row},${e.col}`));
    const changed = changedKeys(before, after);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.filter((k) => !edited.has(k))).toEqual([]);
    // No sheet of ours: the snapshot is one custom XML part of the undo store.
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(seedGrid().sheets.map((s) => s.name));
    expect(excel.workbook.customXmlParts.map((p) => p.namespaceUri)).toEqual([UNDO_NAMESPACE]);

    const second = await recalcWorkbookDetailed(excel.run);
    expect(second.edits.toArray()).toEqual([]);
    expect(changedKeys(after, cellMap(excel.toGrid()))).toEqual([]);

    // The snapshot of the first run was not replaced by the empty second run.
    const restored = await restoreLastRun(excel.run);
    expect(restored.cells).toBe(edited.size);
    expect(changedKeys(before, cellMap(excel.toGrid()))).toEqual([]);
    expect(excel.value(table1, 'I9')).toBe('๘๐.๗๒ ก้าวหน้ากว่าแผน');
    await expect(restoreLastRun(excel.run)).rejects.toMatchObject({ code: 'no-snapshot' });
  });

  test('a failure at any sync leaves the workbook unchanged or fully updated, and restorable', async () => {
    const reference = createMemoryExcel(seedGrid());
    const before = cellMap(reference.toGrid());
    await recalcWorkbookDetailed(reference.run);
    const after = cellMap(reference.toGrid());
    const syncs = reference.stats.syncs;
    expect(syncs).toBeGreaterThan(3);

    for (let n = 1; n <= syncs; n++) {
      const excel = createMemoryExcel(seedGrid());
      excel.failAtSync(n, 'ServiceNotAvailable');
      await expect(recalcWorkbookDetailed(excel.run)).rejects.toMatchObject({ code: 'busy' });
      const now = cellMap(excel.toGrid());
      const unchanged = changedKeys(before, now).length === 0;
      const updated = changedKeys(after, now).length === 0;
      expect({ sync: n, state: unchanged || updated }).toEqual({ sync: n, state: true });
      if (!unchanged) {
        await restoreLastRun(excel.run);
        expect({ sync: n, restored: changedKeys(before, cellMap(excel.toGrid())) }).toEqual({ sync: n, restored: [] });
      }
      // Trying again after the failure finishes the job.
      await recalcWorkbookDetailed(excel.run);
      expect({ sync: n, retried: changedKeys(after, cellMap(excel.toGrid())) }).toEqual({ sync: n, retried: [] });
    }
  });
});
