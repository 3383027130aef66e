/** Cells gathered into rectangles, so one Office.js command covers many cells (summary styles, flag fills). */
import type { CellRange } from '../grid';

/**
 * Rectangles covering the cells: runs along each row (if `across`) stacked over consecutive rows (if `down`), or
 * runs down each column put side by side, whichever needs fewer (a status column breaks the rows, not the columns).
 */
export function coveringRectangles(cells: { row: number; col: number }[], across: boolean, down: boolean): CellRange[] {
  const byRows = stacked(cells, across, down);
  const flip = (r: CellRange): CellRange => ({ top: r.left, bottom: r.right, left: r.top, right: r.bottom });
  const byColumns = stacked(cells.map(({ row, col }) => ({ row: col, col: row })), down, across).map(flip);
  return byColumns.length < byRows.length ? byColumns : byRows;
}

function stacked(cells: { row: number; col: number }[], across: boolean, down: boolean): CellRange[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: CellRange[] = [];
  for (const { row, col } of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.top === row && last.right >= col) continue; // the same cell twice
    if (across && last && last.top === row && last.right === col - 1) last.right = col;
    else runs.push({ top: row, bottom: row, left: col, right: col });
  }
  if (!down) return runs;
  const rects: CellRange[] = [];
  const open = new Map<string, CellRange>();
  for (const run of runs) {
    const at = `${run.left}:${run.right}`;
    const above = open.get(at);
    if (above && above.bottom === run.top - 1) above.bottom = run.top;
    else {
      rects.push(run);
      open.set(at, run);
    }
  }
  return rects;
}
