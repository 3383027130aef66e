/**
 * A sheet's 2D array of values (or number formats) as the few rectangles that hold its cells, so a write carries no
 * `null` for cells it leaves alone where that costs more than another range: a summary's paragraphs fill only
 * column A (six nulls a row across A:G were 10 % of a 100,000-indicator summary's request), and its headings carry no
 * number format. Pure: src/excel/write-sheet-spec.ts writes each rectangle as one `values` or `numberFormat`.
 */
import type { CellRange } from '../grid';
import { OFFICE_COST } from './payload';

/** What a `null` left in an array costs ("null," and Office.js's share of a cell). */
export const NULL_BYTES = 5 + OFFICE_COST.cell;
/** What another rectangle costs: its range and the set. */
export const RANGE_WRITE_BYTES = OFFICE_COST.range + OFFICE_COST.action;

/**
 * Rectangles, top to bottom, that cover every non-null cell of `data` (rows `top`… `bottom`, 0-based in `data`).
 * Consecutive rows whose cells span the same columns make a run; a run joins the rectangle above it when the nulls
 * that adds (the rows without cells in between, the run's own gaps, the columns the rectangle must widen by) cost
 * less than a rectangle of its own. Rows without cells at the end of a rectangle are left out.
 */
export function arrayBlocks(data: readonly (readonly unknown[])[], top = 0, bottom = data.length - 1): CellRange[] {
  const blocks: CellRange[] = [];
  let block: CellRange | null = null;
  let emptyRows = 0;
  let r = top;
  while (r <= bottom) {
    const span = usedSpan(data[r]);
    if (!span) {
      if (block) emptyRows++;
      r++;
      continue;
    }
    // The run: the rows below with the same span; their nulls inside it, counted once.
    let end = r;
    let gaps = nulls(data[r], span.left, span.right);
    while (end < bottom && sameSpan(usedSpan(data[end + 1]), span)) {
      end++;
      gaps += nulls(data[end], span.left, span.right);
    }
    const rows = end - r + 1;
    if (block) {
      const left = Math.min(span.left, block.left);
      const right = Math.max(span.right, block.right);
      const width = right - left + 1;
      const wider = (rect: { left: number; right: number }) => width - (rect.right - rect.left + 1);
      const added = emptyRows * width + gaps + rows * wider(span) + (block.bottom - block.top + 1) * wider(block);
      if (added * NULL_BYTES < RANGE_WRITE_BYTES) {
        Object.assign(block, { left, right, bottom: end });
        emptyRows = 0;
        r = end + 1;
        continue;
      }
    }
    block = { top: r, bottom: end, left: span.left, right: span.right };
    blocks.push(block);
    emptyRows = 0;
    r = end + 1;
  }
  return blocks;
}

function usedSpan(row: readonly unknown[] | undefined): { left: number; right: number } | null {
  if (!row) return null;
  let left = -1;
  let right = -1;
  for (let c = 0; c < row.length; c++) {
    if (row[c] === null || row[c] === undefined) continue;
    if (left < 0) left = c;
    right = c;
  }
  return left < 0 ? null : { left, right };
}

function sameSpan(a: { left: number; right: number } | null, b: { left: number; right: number }): boolean {
  return !!a && a.left === b.left && a.right === b.right;
}

function nulls(row: readonly unknown[] | undefined, left: number, right: number): number {
  let n = 0;
  for (let c = left; c <= right; c++) if (row?.[c] === null || row?.[c] === undefined) n++;
  return n;
}

/** The cells of `data` within a rectangle, `null` where a row is short. */
export function blockSlice<T>(data: readonly (readonly (T | null)[])[], rect: CellRange): (T | null)[][] {
  const out: (T | null)[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row = data[r] ?? [];
    const slice: (T | null)[] = [];
    for (let c = rect.left; c <= rect.right; c++) slice.push(row[c] ?? null);
    out.push(slice);
  }
  return out;
}
