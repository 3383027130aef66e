import { arrayBlocks, blockSlice } from './array-blocks';

const T = 'ตัวชี้วัด';

test('a table of seven columns, then paragraphs in column A: two rectangles, no nulls beside the paragraphs', () => {
  const data = [
    [1, T, null, 120, 63, 52.5, 'ก้าวหน้ากว่าแผน'],
    [2, T, null, 10, 6, 60, 'เป็นไปตามแผน'],
    ...Array.from({ length: 100 }, () => [`${T} เป้าหมาย 120 ราย`, null, null, null, null, null, null]),
  ];
  expect(arrayBlocks(data)).toEqual([
    { top: 0, bottom: 1, left: 0, right: 6 },
    { top: 2, bottom: 101, left: 0, right: 0 },
  ]);
  expect(blockSlice(data, { top: 2, bottom: 3, left: 0, right: 0 })).toEqual([[`${T} เป้าหมาย 120 ราย`], [`${T} เป้าหมาย 120 ราย`]]);
});

test('a heading row without number formats inside a table joins the rectangle (its nulls cost less than a range)', () => {
  const f = '#,##0';
  const data = [[f, null, null, f, f], [null, null, null, null, null], [f, null, null, f, null], [f, null, null, f, f]];
  expect(arrayBlocks(data)).toEqual([{ top: 0, bottom: 3, left: 0, right: 4 }]);
});

test('rows without cells before a rectangle, between far rectangles and after the last are not written', () => {
  const data: (string | null)[][] = Array.from({ length: 300 }, () => [null, null]);
  data[10][1] = 'a';
  data[290][0] = 'b';
  expect(arrayBlocks(data)).toEqual([
    { top: 10, bottom: 10, left: 1, right: 1 },
    { top: 290, bottom: 290, left: 0, right: 0 },
  ]);
  // Within rows 0…100 only: the second is outside.
  expect(arrayBlocks(data, 0, 100)).toEqual([{ top: 10, bottom: 10, left: 1, right: 1 }]);
});

test('every non-null cell is inside a rectangle, and rectangles do not overlap', () => {
  const data = Array.from({ length: 500 }, (_, r) => Array.from({ length: 7 }, (_, c) => ((r * 7 + c * 3) % 5 === 0 ? r + c : null)));
  const blocks = arrayBlocks(data);
  data.forEach((row, r) =>
    row.forEach((v, c) => {
      const holding = blocks.filter((b) => b.top <= r && r <= b.bottom && b.left <= c && c <= b.right);
      if (v !== null) expect(holding).toHaveLength(1);
      else expect(holding.length).toBeLessThanOrEqual(1);
    }),
  );
});
