/**
 * Merged areas, read apart from the cells when a block's areas pass Excel's 512 (a summary-like layout reaches it at
 * about 250 indicators): pieces planned by core/office-plan/merge-plan.ts, many per sync, all of a failed sync cut
 * in halves and read again (reads change nothing), the pieces after it sized by the areas a row seen.
 * Syncs: one for a sheet of a few hundred areas; about log2(areas / 400) more when the first guess was too wide.
 */
import { parseAreas } from '../core/address';
import { halvedPieces, nextMergeBatch, wholeSheets, type MergePiece } from '../core/office-plan/merge-plan';
import type { SheetPlan } from '../core/office-plan/read-plan';
import { addMerges } from '../core/office-plan/read-store';

export async function readMergesApart(context: Excel.RequestContext, plans: SheetPlan[], budget: number): Promise<void> {
  const byName = new Map(plans.map((p) => [p.name, p]));
  let pending: MergePiece[] = wholeSheets(plans);
  let density: number | null = null;
  while (pending.length) {
    const { batch, rest } = nextMergeBatch(pending, budget, density);
    const reads = batch.map((piece) => ({
      piece,
      areas: context.workbook.worksheets
        .getItem(piece.sheet)
        .getRangeByIndexes(piece.top + piece.start, piece.left, piece.rows, piece.cols)
        .getMergedAreasOrNullObject()
        .load('address'),
    }));
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per budget of pieces, not per row
      await context.sync();
    } catch (e) {
      // Which piece passed 512 (or the response 5 MB) is not said: every piece of this sync goes again in halves.
      const again = halvedPieces(batch);
      if (!again) throw e;
      pending = [...again, ...rest];
      continue;
    }
    pending = rest;
    for (const { piece, areas } of reads) {
      if (areas.isNullObject) continue;
      const found = parseAreas(areas.address);
      addMerges(byName.get(piece.sheet)!, found);
      density = Math.max(density ?? 0, found.length / piece.rows);
    }
    density ??= 0;
  }
}
