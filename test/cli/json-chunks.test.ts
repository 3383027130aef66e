/**
 * --json is printed in pieces (src/cli/json-chunks.ts) so the report of 100,000 rows is never one string: the
 * pieces joined with newlines must be exactly JSON.stringify(…, null, 2) of the same object, lazily mapped lists
 * printed as the arrays they stand for.
 */
import { jsonChunks, LazyList } from '../../src/cli/json-chunks';

const same = (value: Record<string, unknown>, plain: Record<string, unknown> = value) =>
  expect([...jsonChunks(value)].join('\n')).toBe(JSON.stringify(plain, null, 2));

test('objects, empty and nested arrays, undefined and null members print as JSON.stringify prints them', () => {
  same({});
  same({ a: 1 });
  same({ a: [], b: [1, 2, { c: [3, { d: 'x' }] }], u: undefined, n: null, e: [undefined, null, 'ก'], o: { p: [1] } });
});

test('a long array is cut into pieces of some 32,000 characters, none of them holding the whole', () => {
  const big = Array.from({ length: 5000 }, (_, i) => ({ i, name: 'ชื่อตัวชี้วัด'.repeat(i % 40), arr: [i, null, { z: i }] }));
  const pieces = [...jsonChunks({ big, last: 'x' })];
  expect(pieces.join('\n')).toBe(JSON.stringify({ big, last: 'x' }, null, 2));
  expect(pieces.length).toBeGreaterThan(40);
  expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(100_000);
});

test('a LazyList prints as the array of its mapped items, through jsonChunks and through JSON.stringify', () => {
  const rows = Array.from({ length: 3000 }, (_, i) => ({ row: i, name: `แถว ${i}`, extra: 'ไม่พิมพ์' }));
  const pick = (r: (typeof rows)[number]) => ({ row: r.row, name: r.name });
  const lazy = new LazyList(rows, pick);
  same({ a: 1, rows: lazy, none: new LazyList([], pick) }, { a: 1, rows: rows.map(pick), none: [] });
  expect(JSON.stringify({ rows: lazy })).toBe(JSON.stringify({ rows: rows.map(pick) }));
});
