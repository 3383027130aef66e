/**
 * A protected sheet whose output cells are locked is named, not written: Excel refuses the write, and the rest of
 * the work goes on. Decided here once, for the add-in and the command line alike, before edits are applied.
 * Where the sheet's protection does not allow formatting cells (`formatsLocked`, known to the add-in), an unlocked
 * cell takes its value but not its number format or flag fill (Excel refuses those), and those cells are named too.
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
  const unformatted = new Map<string, string[]>();
  const name = (list: Map<string, string[]>, sheet: string, row: number, col: number) => {
    let cells = list.get(sheet);
    if (!cells) list.set(sheet, (cells = []));
    const at = cellAddress(row, col);
    if (cells[cells.length - 1] !== at) cells.push(at);
  };
  for (const e of edits) {
    const sheet = sheets.get(e.sheet);
    if (sheet && sheet.unlocked?.[e.row]?.[e.col] !== true) {
      name(dropped, e.sheet, e.row, e.col);
      continue;
    }
    if (sheet?.formatsLocked && (e.numberFormat !== undefined || e.fill !== undefined)) {
      name(unformatted, e.sheet, e.row, e.col);
      if (e.value !== undefined) kept.add(e.sheet, e.row, e.col, e.reason, e.value, undefined, undefined);
      continue;
    }
    kept.add(e.sheet, e.row, e.col, e.reason, e.value, e.numberFormat, e.fill);
  }
  if (dropped.size === 0 && unformatted.size === 0) return { edits, warnings: [] };
  const warning = (code: 'protected-sheet' | 'protected-formats') => ([sheet, cells]: [string, string[]]): Warning => ({
    sheet,
    cell: '',
    code,
    args: { cells: cells.length > NAMED ? `${cells.slice(0, NAMED).join(', ')} … (+${cells.length - NAMED})` : cells.join(', ') },
  });
  return { edits: kept, warnings: [...[...dropped].map(warning('protected-sheet')), ...[...unformatted].map(warning('protected-formats'))] };
}
