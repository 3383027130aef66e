/**
 * Merged areas read apart from the cells, in pieces of rows that each hold fewer than Excel's 512
 * (Range.getMergedAreasOrNullObject "will fail to return the result" past 512 merged areas: @types/office-js,
 * ExcelApi 1.13). Each piece answers the areas whose top-left cell is in it, so an area crossing two pieces comes
 * once. Pure: tested on plain arrays.
 */
import { OFFICE_COST } from './payload';

/** Rows `start`… of a sheet's used range (offsets from its top row), whose merged areas are read in one call. */
export interface MergePiece {
  sheet: string;
  /** The used range: its first row and column, its width. */
  top: number;
  left: number;
  cols: number;
  start: number;
  rows: number;
}

/** Aim for this many areas a piece: a fifth under Excel's 512. */
export const AREAS_PER_PIECE = 400;
/** Rows a piece takes before any density is known: 2 areas a row (a merged name and a merged note) fit. */
export const FIRST_PIECE_ROWS = 200;
/** Response bytes of one area's address ('สรุปผล'!A1:C1, with its comma), with room to spare. */
export const AREA_BYTES = 48;
/** Request bytes of a piece: its range, the RangeAreas and the load. */
export const PIECE_REQUEST_BYTES = 2 * OFFICE_COST.range + OFFICE_COST.object + OFFICE_COST.action;

/** One piece per sheet, all rows: cut to size when batched. */
export function wholeSheets(sheets: { name: string; top: number; left: number; rows: number; cols: number }[]): MergePiece[] {
  return sheets.filter((s) => s.rows > 0).map((s) => ({ sheet: s.name, top: s.top, left: s.left, cols: s.cols, start: 0, rows: s.rows }));
}

/**
 * The pieces of the next sync: rows per piece from the most areas a row seen so far (`density`, null before any
 * answer: FIRST_PIECE_ROWS), as many pieces as the request and the response hold under `budget`.
 */
export function nextMergeBatch(
  pending: readonly MergePiece[],
  budget: number,
  density: number | null,
): { batch: MergePiece[]; rest: MergePiece[] } {
  // None seen yet in the pieces read: the rest whole.
  const rowsPerPiece = density === null ? FIRST_PIECE_ROWS : density > 0 ? Math.max(1, Math.floor(AREAS_PER_PIECE / density)) : Infinity;
  const pieceBytes = PIECE_REQUEST_BYTES + AREAS_PER_PIECE * AREA_BYTES;
  const most = Math.max(1, Math.floor(budget / pieceBytes));
  const batch: MergePiece[] = [];
  const rest = [...pending];
  while (rest.length && batch.length < most) {
    const p = rest[0];
    const rows = Math.min(p.rows, rowsPerPiece);
    batch.push({ ...p, rows });
    if (rows < p.rows) rest[0] = { ...p, start: p.start + rows, rows: p.rows - rows };
    else rest.shift();
  }
  return { batch, rest };
}

/** After a failed sync: the batch's pieces in halves (a piece of one row that fails cannot be cut: null). */
export function halvedPieces(batch: readonly MergePiece[]): MergePiece[] | null {
  if (batch.every((p) => p.rows === 1)) return null;
  return batch.flatMap((p) => {
    if (p.rows === 1) return [p];
    const half = Math.ceil(p.rows / 2);
    return [{ ...p, rows: half }, { ...p, start: p.start + half, rows: p.rows - half }];
  });
}

/** Rows 0…`rows` - 1 in pieces of at most `size` rows. */
export function rowPieces(rows: number, size: number): { start: number; rows: number }[] {
  const out: { start: number; rows: number }[] = [];
  for (let start = 0; start < rows; start += size) out.push({ start, rows: Math.min(size, rows - start) });
  return out;
}
