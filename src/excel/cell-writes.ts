/**
 * Turns cell changes into few Office.js writes: whole rectangles of `values` and `numberFormat` with `null` for the
 * cells left alone (row bands per run of changed columns of a sheet), and fills grouped into rectangles of one colour.
 * Every string is written with a leading apostrophe, which Excel takes as "this is text" (the apostrophe is not stored:
 * the cell gets Excel's quotePrefix), so text that starts with '=', '+', '-' or '@', or looks like a number or a date,
 * stays the text it is. We chose the apostrophe over the '@' number format because it leaves the cell's number format
 * alone (an output cell keeps the table's format, and ย้อนกลับ has no format to put back). In a cell formatted as Text
 * ('@') Excel keeps an apostrophe as a character, so there strings go in bare (Text cells never take a formula).
 */
import { isErrorValue, type CellRange, type CellValue } from '../core/grid';
import { cellAddress } from '../core/address';
import { arrayWriteBytes, OFFICE_COST, packBySize, WRITE_BUDGET } from '../core/office-plan/payload';
import { coveringRectangles } from '../core/office-plan/rectangles';
import type { CellChange } from '../core/office-plan/snapshot-plan';

export type { CellChange };

export type WriteOp =
  | { kind: 'values'; sheet: string; rect: CellRange; data: (string | number | boolean | null)[][] }
  | { kind: 'numberFormat'; sheet: string; rect: CellRange; data: (string | number | boolean | null)[][] }
  /** Rectangles of one colour (null: no fill), written as one RangeAreas: worksheet.getRanges(addresses). */
  | { kind: 'fill'; sheet: string; rects: CellRange[]; color: string | null };

/**
 * What goes into `values` for a cell: text with its apostrophe, errors as their literal, '' to empty. A cell
 * formatted as Text ('@') takes what is written literally, apostrophe included, and never as a formula: there
 * the text goes in as it is.
 */
export function officeValue(v: CellValue, textFormat = false): string | number | boolean {
  if (v === null) return '';
  if (isErrorValue(v)) return v.error;
  if (typeof v === 'string') return textFormat ? v : `'${v}`;
  return v;
}

/** Bands of rows at most this far apart share one rectangle (the nulls between cost less than another command). */
const BAND_GAP = 3;

/**
 * `exact`: sheets (protected ones) where a rectangle covers only the cells it changes, runs down one column with no
 * `null` between: a locked cell under a `null` might make Excel refuse the whole write.
 */
export function planWrites(changes: CellChange[], exact: ReadonlySet<string> = new Set()): WriteOp[] {
  const ops: WriteOp[] = [];
  for (const [sheet, list] of byColumnRun(changes, exact)) {
    const gap = exact.has(sheet) ? 1 : BAND_GAP;
    // Loops, not push(...list): a list of 100,000 would overflow the call stack.
    for (const op of rectangles(sheet, list.filter((c) => c.value !== undefined), 'values', (c) => officeValue(c.value!, c.textFormat), gap)) {
      ops.push(op);
    }
    for (const op of rectangles(sheet, list.filter((c) => c.numberFormat !== undefined), 'numberFormat', (c) => c.numberFormat ?? 'General', gap)) {
      ops.push(op);
    }
    for (const op of fillRectangles(sheet, list.filter((c) => c.fill !== undefined))) ops.push(op);
  }
  return ops;
}

/**
 * The changes of each sheet, cut where a column between changed columns is left alone: a rectangle then carries no
 * `null`s for columns the run does not touch (at 100,000 rows they were two thirds of its cells).
 */
function byColumnRun(changes: CellChange[], exact: ReadonlySet<string>): [string, CellChange[]][] {
  const columns = new Map<string, number[]>();
  for (const c of changes) {
    const list = columns.get(c.sheet);
    if (list) list.push(c.col);
    else columns.set(c.sheet, [c.col]);
  }
  /** Sheet → column → the first column of its run of changed columns. */
  const runOf = new Map<string, Map<number, number>>();
  for (const [sheet, cols] of columns) {
    const sorted = [...new Set(cols)].sort((a, b) => a - b);
    const map = new Map<number, number>();
    let first = sorted[0];
    sorted.forEach((c, i) => {
      if (i && (c !== sorted[i - 1] + 1 || exact.has(sheet))) first = c;
      map.set(c, first);
    });
    runOf.set(sheet, map);
  }
  const groups = new Map<string, [string, CellChange[]]>();
  for (const c of changes) {
    const key = `${runOf.get(c.sheet)!.get(c.col)}:${c.sheet}`;
    const group = groups.get(key);
    if (group) group[1].push(c);
    else groups.set(key, [c.sheet, [c]]);
  }
  return [...groups.values()];
}

function rectangles(
  sheet: string,
  cells: CellChange[],
  kind: 'values' | 'numberFormat',
  value: (c: CellChange) => string | number | boolean,
  gap = BAND_GAP,
): WriteOp[] {
  if (!cells.length) return [];
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const bands: CellChange[][] = [];
  let band: CellChange[] = [];
  for (const c of sorted) {
    if (band.length && c.row - band[band.length - 1].row > gap) {
      bands.push(band);
      band = [];
    }
    band.push(c);
  }
  bands.push(band);
  return bands.map((b) => {
    // A loop, not Math.min(...cols): a band can hold more cells than the call stack takes arguments.
    const rect: CellRange = { top: b[0].row, bottom: b[b.length - 1].row, left: b[0].col, right: b[0].col };
    for (const c of b) {
      if (c.col < rect.left) rect.left = c.col;
      if (c.col > rect.right) rect.right = c.col;
    }
    const data = Array.from({ length: rect.bottom - rect.top + 1 }, () =>
      new Array<string | number | boolean | null>(rect.right - rect.left + 1).fill(null),
    );
    for (const c of b) data[c.row - rect.top][c.col - rect.left] = value(c);
    return { kind, sheet, rect, data };
  });
}

/**
 * The longest address list one getRanges takes from us. Excel refuses lists of about 8,000 characters and more
 * (OfficeDev/office-js#5198: 8,207 failed, some shorter lists of 500 areas did too): 4,000 is about 400 areas.
 */
export const AREAS_CHARS = 4_000;

/**
 * Cells of one colour gathered into rectangles (rows or columns, whichever needs fewer), and the rectangles into
 * address lists of up to AREAS_CHARS: one command per list. A flag fill per rectangle cost about 700 bytes of request
 * (its range, format and fill objects: OFFICE_COST); in a list, its address (about 10).
 */
function fillRectangles(sheet: string, cells: CellChange[]): WriteOp[] {
  const byColour = new Map<string, CellChange[]>();
  for (const c of cells) {
    const key = c.fill === null ? '' : c.fill!.toUpperCase();
    const list = byColour.get(key);
    if (list) list.push(c);
    else byColour.set(key, [c]);
  }
  const ops: WriteOp[] = [];
  for (const [colour, list] of byColour) {
    for (const rects of addressLists(coveringRectangles(list, true, true))) ops.push({ kind: 'fill', sheet, rects, color: colour || null });
  }
  return ops;
}

/**
 * A write's share of a request: its data's JSON and the objects and command around it (a fill reaches the range's
 * format and fill objects: about 700 bytes).
 */
export function writeOpBytes(op: WriteOp): number {
  if (op.kind !== 'fill') return arrayWriteBytes(op.data);
  return OFFICE_COST.range + 2 * OFFICE_COST.object + OFFICE_COST.action + 12 + areasAddress(op.rects).length;
}

/** 'E5' or 'E5:G9'. */
function areaAddress(rect: CellRange): string {
  const from = cellAddress(rect.top, rect.left);
  return rect.top === rect.bottom && rect.left === rect.right ? from : `${from}:${cellAddress(rect.bottom, rect.right)}`;
}

/** Rectangles in lists whose addresses take at most AREAS_CHARS, in order: a getRanges each. */
export function addressLists(rects: CellRange[]): CellRange[][] {
  return packBySize(rects, (rect) => areaAddress(rect).length + 1, AREAS_CHARS);
}

/** 'E5:G9,E12' as getRanges takes it. */
export function areasAddress(rects: CellRange[]): string {
  return rects.map(areaAddress).join(',');
}
const opBytes = writeOpBytes;

/** Splits rectangles too big for one sync by rows, then packs the ops into syncs under the budget, in order. */
export function packWrites(ops: WriteOp[], budget = WRITE_BUDGET): WriteOp[][] {
  return packBySize(splitWrites(ops, budget), opBytes, budget);
}

/** Cuts `values`/`numberFormat` rectangles over half the budget into row bands that fit (fills stay whole). */
export function splitWrites(ops: WriteOp[], budget = WRITE_BUDGET): WriteOp[] {
  const pieces: WriteOp[] = [];
  for (const op of ops) {
    const bytes = opBytes(op);
    if (op.kind === 'fill' || bytes <= budget / 2) {
      pieces.push(op);
      continue;
    }
    const rows = op.rect.bottom - op.rect.top + 1;
    const per = Math.max(1, Math.floor(rows / Math.ceil(bytes / (budget / 2))));
    for (let i = 0; i < rows; i += per) {
      const n = Math.min(per, rows - i);
      pieces.push({
        kind: op.kind,
        sheet: op.sheet,
        rect: { ...op.rect, top: op.rect.top + i, bottom: op.rect.top + i + n - 1 },
        data: op.data.slice(i, i + n),
      });
    }
  }
  return pieces;
}

export { packBySize };

export function requestBytes(ops: WriteOp[]): number {
  return ops.reduce((n, op) => n + opBytes(op), 0);
}

/** Queues the writes on the context (no sync). Sheets are looked up once per context. */
export function queueWrites(context: Excel.RequestContext, ops: WriteOp[], sheets = new Map<string, Excel.Worksheet>()): void {
  for (const op of ops) {
    let ws = sheets.get(op.sheet);
    if (!ws) {
      ws = context.workbook.worksheets.getItem(op.sheet);
      sheets.set(op.sheet, ws);
    }
    if (op.kind === 'fill') {
      const areas = ws.getRanges(areasAddress(op.rects));
      if (op.color === null) areas.format.fill.clear();
      else areas.format.fill.color = `#${op.color}`;
      continue;
    }
    const { top, left, bottom, right } = op.rect;
    const range = ws.getRangeByIndexes(top, left, bottom - top + 1, right - left + 1);
    if (op.kind === 'values') range.values = op.data;
    else range.numberFormat = op.data;
  }
}
