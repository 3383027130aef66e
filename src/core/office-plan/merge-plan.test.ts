import { AREAS_PER_PIECE, FIRST_PIECE_ROWS, halvedPieces, nextMergeBatch, rowPieces, wholeSheets, type MergePiece } from './merge-plan';

/** Every batch the planner gives for `pending`, with the density seen after each (as read-merges.ts keeps it). */
function allBatches(pending: MergePiece[], budget: number, areasInRow: (sheet: string, row: number) => number): MergePiece[][] {
  const batches: MergePiece[][] = [];
  let density: number | null = null;
  let rest = pending;
  while (rest.length) {
    const next = nextMergeBatch(rest, budget, density);
    batches.push(next.batch);
    rest = next.rest;
    for (const p of next.batch) {
      let found = 0;
      for (let r = p.start; r < p.start + p.rows; r++) found += areasInRow(p.sheet, r);
      density = Math.max(density ?? 0, found / p.rows);
    }
  }
  return batches;
}

test('one piece per sheet with rows, from its first row', () => {
  expect(
    wholeSheets([
      { name: 'ก', top: 2, left: 1, rows: 500, cols: 9 },
      { name: 'ว่าง', top: 0, left: 0, rows: 0, cols: 0 },
    ]),
  ).toEqual([{ sheet: 'ก', top: 2, left: 1, cols: 9, start: 0, rows: 500 }]);
});

test('2,000 rows with two merged areas a row (4,000 areas): every piece asks for at most 400, every row once, in order', () => {
  const pending = wholeSheets([
    { name: 'ก', top: 0, left: 0, rows: 2_000, cols: 6 },
    { name: 'ข', top: 3, left: 0, rows: 150, cols: 6 },
  ]);
  const batches = allBatches(pending, 4_000_000, () => 2);
  const pieces = batches.flat();
  expect(pieces[0].rows).toBe(FIRST_PIECE_ROWS);
  for (const p of pieces) expect(p.rows * 2).toBeLessThanOrEqual(AREAS_PER_PIECE);
  const rowsOf = (sheet: string) => pieces.filter((p) => p.sheet === sheet).flatMap((p) => Array.from({ length: p.rows }, (_, i) => p.start + i));
  expect(rowsOf('ก')).toEqual(Array.from({ length: 2_000 }, (_, i) => i));
  expect(rowsOf('ข')).toEqual(Array.from({ length: 150 }, (_, i) => i));
  expect(batches.length).toBe(1); // 11 pieces of at most 200 rows fit one sync's budget
});

test('pieces grow as far as the areas seen allow: none seen, the rest whole; dense rows, few rows a piece', () => {
  const pending = wholeSheets([{ name: 'ก', top: 0, left: 0, rows: 100_000, cols: 6 }]);
  expect(nextMergeBatch(pending, 4_000_000, 0).batch.map((p) => p.rows)).toEqual([100_000]);
  expect(nextMergeBatch(pending, 4_000_000, 10).batch.every((p) => p.rows === 40)).toBe(true);
  // A small budget: one piece a sync, never none.
  expect(nextMergeBatch(pending, 10, 2).batch).toHaveLength(1);
});

test('a failed batch is cut in halves covering the same rows; pieces of one row cannot be cut', () => {
  const batch: MergePiece[] = [
    { sheet: 'ก', top: 0, left: 0, cols: 4, start: 10, rows: 5 },
    { sheet: 'ก', top: 0, left: 0, cols: 4, start: 15, rows: 1 },
  ];
  expect(halvedPieces(batch)!.map((p) => [p.start, p.rows])).toEqual([
    [10, 3],
    [13, 2],
    [15, 1],
  ]);
  expect(halvedPieces([batch[1]])).toBeNull();
  expect(rowPieces(450, 200)).toEqual([
    { start: 0, rows: 200 },
    { start: 200, rows: 200 },
    { start: 400, rows: 50 },
  ]);
});
