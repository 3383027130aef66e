import { afterSync, halves, MARGIN, type ReadQueue } from './read-plan';

type Read = { start: number; rows: number };
const later = (r: Read, n: number): Read => ({ ...r, start: r.start + n });

test('a sync answered: the reads taken are done, the rest goes next, sized at the margin again', () => {
  const queue: ReadQueue<Read> = { pending: [{ start: 0, rows: 100 }, { start: 100, rows: 50 }], scale: 4 * MARGIN };
  expect(afterSync(queue, [{ start: 100, rows: 50 }], null)).toBe(true);
  expect(queue).toEqual({ pending: [{ start: 100, rows: 50 }], scale: MARGIN });
});

test('a sync refused or answered null: its reads in halves go first, before the rest, and sizes double', () => {
  const queue: ReadQueue<Read> = { pending: [{ start: 0, rows: 101 }, { start: 101, rows: 9 }], scale: MARGIN };
  const again = halves([{ start: 0, rows: 101 }], later);
  expect(afterSync(queue, [{ start: 101, rows: 9 }], again)).toBe(false);
  expect(queue.pending).toEqual([{ start: 0, rows: 51 }, { start: 51, rows: 50 }, { start: 101, rows: 9 }]);
  expect(queue.scale).toBe(2 * MARGIN);
  // Every row still to read, once.
  expect(queue.pending.reduce((n, r) => n + r.rows, 0)).toBe(110);
});
