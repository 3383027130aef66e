/**
 * Which cells of a protected sheet the user unlocked, read as cheaply as Excel allows (src/excel/read-locks.ts makes
 * the calls). Only the cells the engine may write matter (format-needs.ts outputAreas): each output column's run of
 * rows, and each row written across, is one piece. A piece's lock is probed first (Range.format.protection.locked,
 * ExcelApi 1.2: true or false for the whole piece, null when mixed), in as few syncs as the request budget holds;
 * only a mixed piece is then read cell by cell (getCellProperties, ExcelApi 1.9), its answers packed under the budget
 * like the number formats. Pure: tested on plain arrays.
 */
import type { CellRange, SheetGrid } from '../grid';
import { packBySize } from './payload';
import { PROBE_BYTES } from './read-plan';

/** A rectangle of a sheet whose lock is read (sheet rows and columns, 0-based). */
export interface LockPiece {
  sheet: SheetGrid;
  top: number;
  left: number;
  rows: number;
  cols: number;
}

/** What getCellProperties answers for a cell's lock (the Office.js shape, as plain data). */
export interface LockProperties {
  format?: { protection?: { locked?: boolean } };
}

/**
 * A first guess of a cell's lock in a getCellProperties answer: the load option takes the whole protection
 * (CellPropertiesFormatLoadOptions.protection is a boolean), {"format":{"protection":{"locked":false,"formulaHidden":false}}},
 */
export const FIRST_LOCK_BYTES_PER_CELL = 66;

/**
 * The pieces of the areas of each sheet: per column, the rows of the areas one column wide merged where they meet
 * (a column's output cells and the status words typed in it are one piece); an area across columns (a total row)
 * is a piece of its own.
 */
export function lockPieces(sheets: SheetGrid[], areas: Map<string, CellRange[]>): LockPiece[] {
  const pieces: LockPiece[] = [];
  for (const sheet of sheets) {
    const list = areas.get(sheet.name);
    if (!list) continue;
    const columns = new Map<number, CellRange[]>();
    for (const a of list) {
      if (a.left !== a.right) {
        pieces.push({ sheet, top: a.top, left: a.left, rows: a.bottom - a.top + 1, cols: a.right - a.left + 1 });
        continue;
      }
      const runs = columns.get(a.left);
      if (runs) runs.push(a);
      else columns.set(a.left, [a]);
    }
    for (const [col, runs] of [...columns].sort((x, y) => x[0] - y[0])) {
      runs.sort((x, y) => x.top - y.top);
      let top = runs[0].top;
      let bottom = runs[0].bottom;
      const flush = () => pieces.push({ sheet, top, left: col, rows: bottom - top + 1, cols: 1 });
      for (const r of runs.slice(1)) {
        if (r.top <= bottom + 1) bottom = Math.max(bottom, r.bottom);
        else {
          flush();
          top = r.top;
          bottom = r.bottom;
        }
      }
      flush();
    }
  }
  return pieces;
}

/** The probes of the pieces, packed into syncs under the request budget (a probe's answer is a few bytes). */
export function probeSyncs(pieces: LockPiece[], budget: number): LockPiece[][] {
  return packBySize(pieces, () => PROBE_BYTES, budget);
}

/** A probe's answer: false marks the whole piece unlocked; true leaves it locked (the default); null: read per cell. */
export function storeLock(piece: LockPiece, locked: boolean | null): boolean {
  if (locked === null) return false;
  if (!locked) markUnlocked(piece.sheet, piece.top, piece.left, piece.rows, piece.cols, () => true);
  return true;
}

/** The per-cell answer of a mixed piece (or of its rows from `piece.top`). */
export function storeLockProperties(piece: LockPiece, props: LockProperties[][]): void {
  markUnlocked(piece.sheet, piece.top, piece.left, piece.rows, piece.cols, (i, j) => props[i]?.[j]?.format?.protection?.locked === false);
}

function markUnlocked(sheet: SheetGrid, top: number, left: number, rows: number, cols: number, unlocked: (i: number, j: number) => boolean): void {
  const grid = (sheet.unlocked ??= []);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      if (unlocked(i, j)) (grid[top + i] ??= [])[left + j] = true;
    }
  }
}
