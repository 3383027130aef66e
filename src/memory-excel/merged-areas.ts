/** Which of a sheet's merged areas meet a rectangle: the in-memory Excel's merge lookups. */
import type { CellRange } from '../core/grid';
import type { MemSheet } from './state';

export function intersects(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

const mergeIndex = new WeakMap<CellRange[], { indexed: number; byRow: Map<number, CellRange[]>; tall: CellRange[] }>();

/**
 * The merged areas that meet `rect`, found through an index by row kept beside the sheet's merges (extended as
 * merges are pushed, built again when the list is replaced): a sheet of 100,000 rows holds tens of thousands
 * of them, and a scan per merge would take quadratic time.
 */
export function mergesMeeting(sheet: MemSheet, rect: CellRange): CellRange[] {
  const merges = sheet.merges;
  if (rect.bottom - rect.top + 1 > merges.length) return merges.filter((m) => intersects(m, rect));
  let index = mergeIndex.get(merges);
  if (!index || index.indexed > merges.length) {
    index = { indexed: 0, byRow: new Map(), tall: [] };
    mergeIndex.set(merges, index);
  }
  for (; index.indexed < merges.length; index.indexed++) {
    const m = merges[index.indexed];
    if (m.bottom - m.top >= 64) {
      index.tall.push(m);
      continue;
    }
    for (let r = m.top; r <= m.bottom; r++) {
      const list = index.byRow.get(r);
      if (list) list.push(m);
      else index.byRow.set(r, [m]);
    }
  }
  const found = new Set<CellRange>();
  for (let r = rect.top; r <= rect.bottom; r++) for (const m of index.byRow.get(r) ?? []) if (intersects(m, rect)) found.add(m);
  for (const m of index.tall) if (intersects(m, rect)) found.add(m);
  return [...found];
}
