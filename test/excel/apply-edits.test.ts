/** applyEdits with hand-made edits: text stays text, Excel's refusals become clear messages, undo in every Excel. */
import type { Grid } from '../../src/core/grid';
import type { Edit } from '../../src/core/types';
import { applyEdits } from '../../src/excel/apply-edits';
import { ExcelActionError } from '../../src/excel/errors';
import { createMemoryExcel } from '../../src/memory-excel';
import { restoreLastRun } from '../../src/excel/undo-snapshot';
import { UNDO_NAMESPACE } from '../../src/core/store-xml';
import { recalcWorkbookDetailed } from '../../src/excel/workbook-actions';
import { bigGrid, cellMap, changedKeys } from './workbooks';

const grid = (): Grid => ({
  sheets: [
    {
      name: 'ผล',
      values: [
        ['ตัวชี้วัด', 'ผลสะสม', 'ร้อยละ', 'สถานะ'],
        ['ก', 10, '๘๐.๗๒', 'เดิม'],
        ['ข', 5, null, null],
      ],
      formats: [[], [undefined, '0', '@']],
      fills: [[], [undefined, undefined, 'DDEBF7']],
      merges: [],
    },
  ],
});

const edit = (row: number, col: number, change: Partial<Edit>): Edit => ({ sheet: 'ผล', row, col, reason: 'status', ...change });

describe('applyEdits', () => {
  test('text that starts with = + - @ or looks like a number is written as text, never a formula', async () => {
    const excel = createMemoryExcel(grid());
    const texts = ['=SUM(B2:B3)', '-', '+๕ (ก้าวหน้ากว่าแผน)', '@ผู้รับผิดชอบ', '1,234'];
    await applyEdits(excel.run, [
      edit(1, 3, { value: texts[0] }),
      edit(2, 1, { value: texts[1] }),
      edit(2, 2, { value: texts[2] }),
      edit(2, 3, { value: texts[3] }),
      edit(1, 2, { value: texts[4] }),
    ], grid());
    const cells = ['D2', 'B3', 'C3', 'D3', 'C2'].map((a) => excel.cell('ผล', a)!);
    expect(cells.map((c) => c.value)).toEqual(texts);
    expect(cells.every((c) => c.formula === undefined)).toBe(true);
  });

  test('values, number formats and fills in one writing sync, calculation suspended; ย้อนกลับ puts all back', async () => {
    const excel = createMemoryExcel(grid());
    const before = cellMap(excel.toGrid());
    const outcome = await applyEdits(excel.run, [
      edit(1, 1, { value: 11, numberFormat: '[$-D01041E]#,##0' }),
      edit(1, 2, { value: '๘๐.๗๑', fill: 'FFC7CE' }),
      edit(2, 1, { fill: 'FFC7CE' }),
      edit(2, 2, { fill: 'FFC7CE' }),
    ], grid());
    expect(outcome).toMatchObject({ cells: 4, syncs: 3, undo: 'snapshot' }); // probe, snapshot, writes
    expect(excel.stats.writeSyncs).toBe(2); // the snapshot, then the cells
    expect(excel.stats.writeSyncsWithCalculationSuspended).toBe(2);
    expect(excel.cell('ผล', 'B2')).toMatchObject({ value: 11, numberFormat: '[$-D01041E]#,##0' });
    expect(excel.cell('ผล', 'C2')?.style?.fill).toBe('FFC7CE');
    expect(excel.cell('ผล', 'C3')?.style?.fill).toBe('FFC7CE');

    await restoreLastRun(excel.run);
    expect(changedKeys(before, cellMap(excel.toGrid()))).toEqual([]);
    expect(excel.cell('ผล', 'C2')).toMatchObject({ value: '๘๐.๗๒', numberFormat: '@' });
    expect(excel.cell('ผล', 'C2')?.style?.fill).toBe('DDEBF7');
  });

  test('with ExcelApi 1.20 the run is one Excel undo step (Ctrl+Z), and ย้อนกลับ still works', async () => {
    const excel = createMemoryExcel(grid(), { apiVersion: '1.20' });
    const before = cellMap(excel.toGrid());
    const outcome = await applyEdits(excel.run, [edit(1, 1, { value: 11 }), edit(2, 1, { value: 6, fill: 'FFC7CE' })], grid());
    expect(outcome.undo).toBe('excel-undo-group');
    expect(excel.stats.mergedUndoRuns).toBe(1);
    excel.undo();
    expect(changedKeys(before, cellMap(excel.toGrid()))).toEqual([]);
    // The snapshot was written outside the undo group: it is still there.
    expect(excel.workbook.customXmlParts.map((p) => p.namespaceUri)).toEqual([UNDO_NAMESPACE]);
    await applyEdits(excel.run, [edit(1, 1, { value: 12 })], grid());
    await restoreLastRun(excel.run);
    expect(excel.value('ผล', 'B2')).toBe(10);
  });

  test('a protected sheet: a Thai message naming it, and nothing written', async () => {
    const excel = createMemoryExcel(grid());
    excel.workbook.sheets[0].protected = true;
    const error = await applyEdits(excel.run, [edit(1, 1, { value: 11 })], grid()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelActionError);
    expect(error).toMatchObject({ code: 'sheet-protected' });
    expect((error as Error).message).toContain('ผล');
    expect((error as Error).message).toContain('ยกเลิกการป้องกัน');
    expect((error as ExcelActionError).english).toContain('Unprotect');
    expect(excel.value('ผล', 'B2')).toBe(10);
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(['ผล']);
  });

  test('a cell being edited and a read-only workbook: what to do, in Thai', async () => {
    const excel = createMemoryExcel(grid());
    excel.engine.cellEditMode = true;
    await expect(applyEdits(excel.run, [edit(1, 1, { value: 11 })], grid())).rejects.toMatchObject({
      code: 'cell-edit-mode',
      message: expect.stringContaining('กด Enter'),
    });
    excel.engine.cellEditMode = false;
    excel.engine.readOnly = true;
    await expect(applyEdits(excel.run, [edit(1, 1, { value: 11 })], grid())).rejects.toMatchObject({
      code: 'read-only',
      message: expect.stringContaining('อ่านอย่างเดียว'),
    });
    expect(excel.value('ผล', 'B2')).toBe(10);
  });

  test('writes past one sync: a failure at any sync leaves the workbook unchanged or fully updated, and restorable', async () => {
    // A small payload limit makes the 2,000-row recalculation (about 60 KB of writes) write in several syncs, as
    // 100,000 rows would.
    const limit = 60_000;
    const reference = createMemoryExcel(bigGrid(2000), { payloadLimit: limit });
    const before = cellMap(reference.toGrid());
    await recalcWorkbookDetailed(reference.run);
    const after = cellMap(reference.toGrid());
    expect(reference.stats.writeSyncs).toBeGreaterThan(1);
    const syncs = reference.stats.syncs;
    for (let n = 1; n <= syncs; n++) {
      const excel = createMemoryExcel(bigGrid(2000), { payloadLimit: limit });
      excel.failAtSync(n, 'ServiceNotAvailable');
      await expect(recalcWorkbookDetailed(excel.run)).rejects.toBeInstanceOf(ExcelActionError);
      const now = cellMap(excel.toGrid());
      const unchanged = changedKeys(before, now).length === 0;
      const updated = changedKeys(after, now).length === 0;
      expect({ sync: n, unchangedOrUpdated: unchanged || updated }).toEqual({ sync: n, unchangedOrUpdated: true });
      await recalcWorkbookDetailed(excel.run);
      await restoreLastRun(excel.run);
      expect({ sync: n, restored: changedKeys(before, cellMap(excel.toGrid())) }).toEqual({ sync: n, restored: [] });
    }
  }, 60_000);
});
