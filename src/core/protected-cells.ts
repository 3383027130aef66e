/**
 * A protected sheet whose output cells are locked is named, not written: Excel refuses the write, and the rest of
 * the work goes on. Decided here once, for the add-in and the command line alike, before edits are applied.
 */
import { cellAddress } from './address';
import { EditList } from './edit-list';
import type { Grid } from './grid';
import type { Warning } from './types';

/** How many cells a warning names before it says how many more. */
const NAMED = 20;

export function withoutLockedEdits(edits: EditList, grid: Grid): { edits: EditList; warnings: Warning[] } {
  const sheets = new Map(grid.sheets.filter((s) => s.protected).map((s) => [s.name, s]));
  if (sheets.size === 0) return { edits, warnings: [] };
  const kept = new EditList(edits.length);
  const dropped = new Map<string, string[]>();
  for (const e of edits) {
    const sheet = sheets.get(e.sheet);
    if (sheet && sheet.unlocked?.[e.row]?.[e.col] !== true) {
      let cells = dropped.get(e.sheet);
      if (!cells) dropped.set(e.sheet, (cells = []));
      const at = cellAddress(e.row, e.col);
      if (cells[cells.length - 1] !== at) cells.push(at);
      continue;
    }
    kept.add(e.sheet, e.row, e.col, e.reason, e.value, e.numberFormat, e.fill);
  }
  if (dropped.size === 0) return { edits, warnings: [] };
  const warnings: Warning[] = [...dropped].map(([sheet, cells]) => ({
    sheet,
    cell: '',
    code: 'protected-sheet',
    args: { cells: cells.length > NAMED ? `${cells.slice(0, NAMED).join(', ')} … (+${cells.length - NAMED})` : cells.join(', ') },
  }));
  return { edits: kept, warnings };
}
