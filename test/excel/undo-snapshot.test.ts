/**
 * The ย้อนกลับ snapshot stored by column (version 2): every cell comes back as it was; a version 1 snapshot left by
 * an earlier add-in still restores; a snapshot larger than one sync is written and read back in pieces.
 */
import type { Grid } from '../../src/core/grid';
import type { Edit } from '../../src/core/types';
import { applyEdits } from '../../src/excel/apply-edits';
import { ExcelActionError } from '../../src/excel/errors';
import { createMemoryExcel } from '../../src/memory-excel';
import { utf8Bytes } from '../../src/core/office-plan/payload';
import { restoreLastRun } from '../../src/excel/undo-snapshot';
import { SNAPSHOT_KIND, type Snapshot, type SnapshotCell } from '../../src/core/office-plan/snapshot-plan';
import { snapshotFromParts, snapshotParts } from '../../src/core/store-xml';
import { cellMap, changedKeys } from './workbooks';

const byPlace = (a: SnapshotCell, b: SnapshotCell) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

describe('the snapshot, stored by column', () => {
  test('every cell comes back: values of every kind, formats, fills, the aspects changed', () => {
    const cells: SnapshotCell[] = [
      [0, 12, 7, 'v', null, '0.00', null],
      [0, 14, 7, 'v', null, '0.00', null],
      [0, 16, 7, 'vb', null, '0.00', null],
      [0, 18, 7, 'v', '๑๑๓', '@', null],
      [0, 13, 8, 'vfb', 80.71, null, 'FFC7CE'],
      [0, 15, 8, 'v', { error: '#DIV/0!' }, null, null],
      [0, 17, 8, 'v', true, null, null],
      [1, 4, 2, 'b', null, '#,##0', 'DDEBF7'],
      [1, 5, 2, 'f', 'ต่ำกว่าแผน "เดิม"', 'General', null],
      [0, 3, 8, 'v', 'ก้าวหน้ากว่าแผน', null, null],
    ];
    const snapshot: Snapshot = { kind: SNAPSHOT_KIND, id: 'r1', at: '2024-04-01T00:00:00.000Z', sheets: ['ตารางที่ ๑', 'งบ'], cells };
    const back = snapshotFromParts(snapshotParts(snapshot))!;
    expect(back.sheets).toEqual(snapshot.sheets);
    // A cell whose value was not changed keeps no value ('b', 'f'): nothing of it is put back.
    const want = cells.map((c): SnapshotCell => (c[3].includes('v') ? c : [c[0], c[1], c[2], c[3], null, c[5], c[6]]));
    expect([...back.cells].sort(byPlace)).toEqual([...want].sort(byPlace));
  });

  test('a first run (outputs were empty) is a small fraction of one entry per cell', () => {
    const cells: SnapshotCell[] = [];
    for (let r = 4; r < 20_004; r += 2) cells.push([0, r, 4, 'v', null, null, null], [0, r, 9, 'vb', null, '0.00', null]);
    const snapshot: Snapshot = { kind: SNAPSHOT_KIND, id: 'r2', at: '2024-04-01T00:00:00.000Z', sheets: ['แบบรายงาน'], cells };
    const v1 = utf8Bytes(JSON.stringify({ ...snapshot, version: 1 }));
    expect(utf8Bytes(snapshotParts(snapshot))).toBeLessThan(v1 / 8);
    expect([...snapshotFromParts(snapshotParts(snapshot))!.cells].sort(byPlace)).toEqual([...cells].sort(byPlace));
  });

  test('a version 1 snapshot written by an earlier add-in is restored', async () => {
    const grid: Grid = { sheets: [{ name: 'ผล', values: [['ตัวชี้วัด', 'ร้อยละ'], ['ก', 'ใหม่']], formats: [[], [undefined, '@']], merges: [] }] };
    const excel = createMemoryExcel(grid);
    const stored = {
      kind: SNAPSHOT_KIND,
      version: 1,
      id: 'old1',
      at: '2023-04-01T00:00:00.000Z',
      sheets: ['ผล'],
      cells: [[0, 1, 1, 'vb', '๘๐.๗๒', '@', 'FFC7CE']],
    };
    const header = { kind: SNAPSHOT_KIND, version: 1, id: 'old1', at: stored.at, chunks: 1, cells: 1 };
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.add('_kpi_progress_undo');
      ws.getRangeByIndexes(0, 0, 2, 1).values = [[`'${JSON.stringify(header)}`], [`'old1:${JSON.stringify(stored)}`]];
      await context.sync();
    });
    expect(await restoreLastRun(excel.run)).toEqual({ cells: 1, missingSheets: [] });
    expect(excel.cell('ผล', 'B2')).toMatchObject({ value: '๘๐.๗๒', numberFormat: '@', style: { fill: 'FFC7CE' } });
  });
});

describe('a snapshot larger than one sync', () => {
  // 3,000 cells of old notes replaced: about 130 KB of snapshot and 120 KB of writes under a 100 KB limit.
  const rows = 3_000;
  const grid = (): Grid => ({
    sheets: [{ name: 'บันทึก', values: Array.from({ length: rows }, (_, r) => [`หมายเหตุเดิมของตัวชี้วัดที่ ${r + 1}`]), merges: [] }],
  });
  const edits = (): Edit[] =>
    Array.from({ length: rows }, (_, r) => ({
      sheet: 'บันทึก',
      row: r,
      col: 0,
      reason: 'status',
      value: `ผลใหม่ ${r + 1}`,
    }) as Edit);
  const limit = 100_000;

  test('written in pieces, read back in pieces: ย้อนกลับ puts every cell back', async () => {
    const excel = createMemoryExcel(grid(), { payloadLimit: limit });
    const before = cellMap(excel.toGrid());
    const outcome = await applyEdits(excel.run, edits(), grid());
    expect(outcome.syncs).toBeGreaterThan(2);
    expect(excel.value('บันทึก', 'A3000')).toBe('ผลใหม่ 3000');
    excel.resetStats();
    await restoreLastRun(excel.run);
    expect(changedKeys(before, cellMap(excel.toGrid()))).toEqual([]);
    expect(Math.max(...excel.stats.responseBytes)).toBeLessThanOrEqual(limit);
    expect(Math.max(...excel.stats.requestBytes)).toBeLessThanOrEqual(limit);
  });

  test('a failure at any sync leaves the cells unchanged or fully written, and restorable', async () => {
    const reference = createMemoryExcel(grid(), { payloadLimit: limit });
    const before = cellMap(reference.toGrid());
    await applyEdits(reference.run, edits(), grid());
    const after = cellMap(reference.toGrid());
    for (let n = 1; n <= reference.stats.syncs; n++) {
      const excel = createMemoryExcel(grid(), { payloadLimit: limit });
      excel.failAtSync(n);
      await expect(applyEdits(excel.run, edits(), grid())).rejects.toBeInstanceOf(ExcelActionError);
      const now = cellMap(excel.toGrid());
      const unchanged = changedKeys(before, now).length === 0;
      expect({ sync: n, unchangedOrUpdated: unchanged || changedKeys(after, now).length === 0 }).toEqual({ sync: n, unchangedOrUpdated: true });
      await applyEdits(excel.run, edits(), grid());
      await restoreLastRun(excel.run);
      expect({ sync: n, restored: changedKeys(before, cellMap(excel.toGrid())) }).toEqual({ sync: n, restored: [] });
    }
  });
});
