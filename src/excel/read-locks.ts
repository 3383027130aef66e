/**
 * The unlocked output cells of protected sheets (planned in core/office-plan/lock-plan.ts): after the cells are read,
 * each output piece's lock is probed (Range.format.protection.locked, ExcelApi 1.2), then the pieces Excel answers
 * mixed are read cell by cell (getCellProperties format.protection.locked, ExcelApi 1.9), as the number formats are.
 * Syncs: none for a workbook with no protected sheet; one for the probes (more only past the request budget) and,
 * when a piece is mixed, one for its cells (on the web one per 4 MB of answers).
 */
import { outputAreas } from '../core/format-needs';
import type { Grid, SheetGrid } from '../core/grid';
import { FIRST_LOCK_BYTES_PER_CELL, lockPieces, probeSyncs, storeLock, storeLockProperties, type LockPiece, type LockProperties } from '../core/office-plan/lock-plan';
import { nextFormatBatch } from '../core/office-plan/format-plan';
import { utf8Bytes } from '../core/office-plan/payload';
import { afterSync, MARGIN, type ReadQueue } from '../core/office-plan/read-plan';
import { syncOrHalve } from './read-formats';

export async function readLocks(context: Excel.RequestContext, grid: Grid, budget: number): Promise<void> {
  const sheets = grid.sheets.filter((s) => s.protected);
  if (!sheets.length) return;
  const pieces = lockPieces(sheets, outputAreas(grid, new Set(sheets.map((s) => s.name))));
  const range = (p: LockPiece) => context.workbook.worksheets.getItem(p.sheet.name).getRangeByIndexes(p.top, p.left, p.rows, p.cols);
  const mixed: LockPiece[] = [];
  for (const batch of probeSyncs(pieces, budget)) {
    const probes = batch.map((piece) => ({ piece, lock: range(piece).format.protection.load('locked') }));
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per budget of probes, not per row
    await context.sync();
    for (const { piece, lock } of probes) if (!storeLock(piece, lock.locked)) mixed.push(piece);
  }
  // Mixed pieces: every cell's lock, as many cells a sync as the budget holds (measured per sheet as they come).
  const seen = new Map<SheetGrid, { bytes: number; cells: number }>();
  const queue: ReadQueue<LockPiece> = { pending: mixed, scale: MARGIN };
  const perCell = (p: LockPiece) => {
    const s = seen.get(p.sheet);
    return queue.scale * (s ? s.bytes / s.cells : FIRST_LOCK_BYTES_PER_CELL);
  };
  while (queue.pending.length) {
    const { batch, rest } = nextFormatBatch(queue.pending, budget, perCell);
    const reads = batch.map((piece) => ({ piece, props: range(piece).getCellProperties({ format: { protection: true } }) }));
    const later = (p: LockPiece, n: number) => ({ ...p, top: p.top + n });
    const again = await syncOrHalve(context, batch, later, () => false);
    if (!afterSync(queue, rest, again)) continue;
    for (const { piece, props } of reads) {
      const s = seen.get(piece.sheet) ?? { bytes: 0, cells: 0 };
      s.bytes += utf8Bytes(props.value);
      s.cells += piece.rows * piece.cols;
      seen.set(piece.sheet, s);
      storeLockProperties(piece, props.value as LockProperties[][]);
    }
  }
}
