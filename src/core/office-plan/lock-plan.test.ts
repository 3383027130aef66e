import { recalculate } from '../engine';
import { outputAreas } from '../format-needs';
import type { SheetGrid } from '../grid';
import { inRange } from '../grid';
import { seedGrid } from '../../../test/excel/workbooks';
import { lockPieces, probeSyncs, storeLock, storeLockProperties } from './lock-plan';
import { PROBE_BYTES } from './read-plan';

const sheet = (): SheetGrid => ({ name: 'ผล', values: [], merges: [] });

test('a column\'s output runs meeting or touching are one piece; a row across is its own', () => {
  const s = sheet();
  const areas = new Map([
    [
      'ผล',
      [
        { top: 4, left: 7, bottom: 20, right: 7 },
        { top: 21, left: 7, bottom: 21, right: 7 }, // touches: joined
        { top: 30, left: 7, bottom: 30, right: 7 }, // apart: its own
        { top: 5, left: 8, bottom: 9, right: 8 },
        { top: 22, left: 0, bottom: 22, right: 9 }, // a total row
      ],
    ],
  ]);
  expect(lockPieces([s], areas).map(({ top, left, rows, cols }) => [top, left, rows, cols])).toEqual([
    [22, 0, 1, 10],
    [4, 7, 18, 1],
    [30, 7, 1, 1],
    [5, 8, 5, 1],
  ]);
});

test('probes are packed under the request budget; answers store unlocked cells, a mixed piece waits for its cells', () => {
  const s = sheet();
  const pieces = Array.from({ length: 10 }, (_, i) => ({ sheet: s, top: i * 10, left: 2, rows: 5, cols: 1 }));
  expect(probeSyncs(pieces, PROBE_BYTES * 4).map((b) => b.length)).toEqual([4, 4, 2]);
  expect(storeLock(pieces[0], true)).toBe(true);
  expect(storeLock(pieces[1], false)).toBe(true);
  expect(storeLock(pieces[2], null)).toBe(false);
  storeLockProperties({ sheet: s, top: 20, left: 2, rows: 2, cols: 1 }, [[{ format: { protection: { locked: true } } }], [{ format: { protection: { locked: false } } }]]);
  const unlocked = s.unlocked!.flatMap((row, r) => (row ?? []).flatMap((u, c) => (u ? [`${r},${c}`] : [])));
  expect(unlocked).toEqual(['10,2', '11,2', '12,2', '13,2', '14,2', '21,2']);
});

test('every cell the engine writes in the seed workbook lies in its output areas (so its lock is read)', () => {
  const grid = seedGrid();
  // ตารางที่ ๑'s totals and percentages emptied, so they are written too.
  const table = grid.sheets[0];
  for (const row of [4, 6, 8]) for (const col of [7, 8]) table.values[row][col] = null;
  const areas = outputAreas(grid);
  const edits = recalculate(grid).edits.toArray();
  expect(edits.length).toBeGreaterThan(10);
  expect(edits.filter((e) => !(areas.get(e.sheet) ?? []).some((a) => inRange(a, e.row, e.col)))).toEqual([]);
});
