/**
 * The number formats readWorkbook reads apart from the cells (core/office-plan/format-plan.ts plans which and how
 * many a sync), and the retry in halves that every read of the workbook shares.
 */
import { nextFormatBatch, type FormatPiece } from '../core/office-plan/format-plan';
import { utf8Bytes } from '../core/office-plan/payload';
import { afterSync, halves, MARGIN, type ReadQueue, type SheetPlan } from '../core/office-plan/read-plan';
import type { Progress } from '../core/pipeline';
import { refusedAsTooLarge } from './errors';

/**
 * Reads the number formats of `pieces`, as many per sync as the budget holds (pieces cut by rows to fit), a sync
 * refused as too large retried in halves, as the cells are.
 */
export async function readFormats(
  context: Excel.RequestContext,
  pieces: FormatPiece[],
  budget: number,
  guess: (plan: SheetPlan) => number,
  onProgress: Progress,
): Promise<void> {
  const total = pieces.reduce((n, p) => n + p.rows * p.cols, 0);
  // These are the longer formats of output and number cells: measured here per sheet (sheets' formats differ: a
  // budget table's against a text form's), from a first guess on.
  const seen = new Map<SheetPlan, { bytes: number; cells: number }>();
  const perCell = (p: FormatPiece) => {
    const s = seen.get(p.plan);
    return queue.scale * (s ? s.bytes / s.cells : guess(p.plan));
  };
  let done = 0;
  const queue: ReadQueue<FormatPiece> = { pending: pieces, scale: MARGIN };
  while (queue.pending.length) {
    const { batch, rest } = nextFormatBatch(queue.pending, budget, perCell);
    const loads = batch.map((p) => ({
      p,
      range: context.workbook.worksheets.getItem(p.plan.name).getRangeByIndexes(p.top, p.left, p.rows, p.cols).load('numberFormat'),
    }));
    // One sync per 4 MB piece, not per row. A read Excel answered with null (over its cells limit) goes again in halves.
    const later = (p: FormatPiece, n: number) => ({ ...p, top: p.top + n });
    const again = await syncOrHalve(context, batch, later, () => loads.some(({ range }) => range.numberFormat === null));
    if (!afterSync(queue, rest, again)) continue;
    for (const { p, range } of loads) {
      const formats = range.numberFormat as string[][];
      const s = seen.get(p.plan) ?? { bytes: 0, cells: 0 };
      s.bytes += utf8Bytes(formats);
      s.cells += p.rows * p.cols;
      seen.set(p.plan, s);
      const g = p.plan.grid;
      formats.forEach((row, i) =>
        row.forEach((f, j) => {
          if (f && f !== 'General') (g.formats![p.top + i] ??= [])[p.left + j] = f;
        }),
      );
      done += p.rows * p.cols;
    }
    onProgress(done, total);
  }
}

/**
 * Syncs the reads queued for `batch`: null when Excel answered, or, when it refused the sync as too large or
 * `answeredNull` says a read came back null (Excel's cells limit), the batch's reads each cut in two by rows, in
 * order, to queue again (reads change nothing). `later` moves a read's first row down. Any other failure, or a
 * refusal of reads of one row, is thrown.
 */
export async function syncOrHalve<T extends { rows: number }>(
  context: Excel.RequestContext,
  batch: T[],
  later: (read: T, rows: number) => T,
  answeredNull: () => boolean,
): Promise<T[] | null> {
  try {
    await context.sync();
  } catch (e) {
    if (!refusedAsTooLarge(e) || batch.every((r) => r.rows === 1)) throw e;
    return halves(batch, later);
  }
  return answeredNull() ? halves(batch, later) : null;
}
