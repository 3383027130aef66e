/** Plain data read from a workbook: what core works on. Rows and columns are 0-based; A1 is [0][0]. */

export interface ErrorValue {
  error: string; // '#DIV/0!', '#REF!', …
}

/** A cell's value as Excel holds it; formulas count by their cached value. Dates arrive as Excel serial numbers. */
export type CellValue = string | number | boolean | null | ErrorValue;

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  /** Values from A1, row-major. Rows may be ragged or missing (undefined = empty). */
  values: CellValue[][];
  /** Number format per cell; absent or 'General' when none. */
  formats?: (string | null | undefined)[][];
  /** True where the cell holds a formula: never overwritten. */
  formulas?: (boolean | undefined)[][];
  /** Solid fill colour per cell as 'RRGGBB' (no alpha), absent when none. */
  fills?: (string | null | undefined)[][];
  merges: CellRange[];
  /** True when the sheet is protected: its locked cells are not written (see `withoutLockedEdits`). */
  protected?: boolean;
  /** True where the user unlocked the cell (cells are locked by default); read only on a protected sheet. */
  unlocked?: (boolean | undefined)[][];
  /**
   * True when the sheet is protected without "Format cells" allowed: Excel then refuses a number format or a fill
   * even in an unlocked cell, so only values are written there (see `withoutLockedEdits`). Set by the Office.js
   * adapter; a file patched by the command line takes its formats whatever the protection.
   */
  formatsLocked?: boolean;
}

export interface Grid {
  sheets: SheetGrid[];
}

/** The error values Excel answers in `values` as text (Office.js gives '#DIV/0!', not an error object). */
export const ERROR_LITERALS = [
  '#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!',
  '#FIELD!', '#BLOCKED!', '#UNKNOWN!', '#BUSY!', '#CONNECT!', '#PYTHON!', '#EXTERNAL!',
];


export function isErrorValue(v: unknown): v is ErrorValue {
  return typeof v === 'object' && v !== null && typeof (v as ErrorValue).error === 'string';
}

export function cellValue(sheet: SheetGrid, row: number, col: number): CellValue {
  const r = sheet.values[row];
  const v = r ? r[col] : undefined;
  return v === undefined ? null : v;
}

export function cellFormat(sheet: SheetGrid, row: number, col: number): string | null {
  const f = sheet.formats?.[row]?.[col];
  return f && f !== 'General' ? f : null;
}

export function cellIsFormula(sheet: SheetGrid, row: number, col: number): boolean {
  return sheet.formulas?.[row]?.[col] === true;
}

export function cellFill(sheet: SheetGrid, row: number, col: number): string | null {
  return sheet.fills?.[row]?.[col] ?? null;
}

/**
 * Merges by the rows they cover: those covering row r are `covering[start[r]]` up to `covering[start[r + 1]]`, in
 * the sheet's order. Two flat lists rather than a list per row: a table of 100,000 rows has as many merges (names
 * over their แผน and ผล rows), and a list each, kept for the length of a recalculation, cost as much in garbage
 * collection as building them.
 */
interface MergeIndex {
  /** How many merges the sheet had when the index was built: a reader may add more after a first lookup. */
  count: number;
  /** Rows past the last merge's bottom have none. */
  rows: number;
  start: Int32Array;
  covering: CellRange[];
}

const mergeIndexes = new WeakMap<CellRange[], MergeIndex>();
/** The sheet looked up last (held until another is): lookups cell by cell ask for one sheet, spared the WeakMap. */
let lastMerges: CellRange[] | null = null;
let lastIndex: MergeIndex | null = null;

/** The index of a sheet's merges, built once per sheet: a lookup costs the merges of one row, not of the sheet. */
function mergeIndex(sheet: SheetGrid): MergeIndex {
  const merges = sheet.merges;
  if (merges === lastMerges && lastIndex!.count === merges.length) return lastIndex!;
  let index = mergeIndexes.get(merges);
  // Built again when merges were added since: the Office.js reader finds tables on the rows read so far (to choose
  // which number formats to read), then appends the next blocks' merges to the same list.
  if (!index || index.count !== merges.length) {
    index = buildMergeIndex(merges);
    mergeIndexes.set(merges, index);
  }
  lastMerges = merges;
  lastIndex = index;
  return index;
}

/*
 * Loops that run once per sheet over its rows or merges are indexed, not for…of: they start cold, and until V8 has
 * compiled them every step of a for…of makes an object (10 MB of them for the merges of 100,000 rows).
 */
function buildMergeIndex(merges: CellRange[]): MergeIndex {
  const n = merges.length;
  let rows = 0;
  for (let i = 0; i < n; i++) if (merges[i].bottom + 1 > rows) rows = merges[i].bottom + 1;
  // Counts per row (shifted by one), summed into where each row's merges start, then filled in the sheet's order.
  const start = new Int32Array(rows + 1);
  for (let i = 0; i < n; i++) for (let r = Math.max(merges[i].top, 0); r <= merges[i].bottom; r++) start[r + 1]++;
  for (let r = 0; r < rows; r++) start[r + 1] += start[r];
  const next = start.slice(0, rows);
  const covering = new Array<CellRange>(start[rows]);
  for (let i = 0; i < n; i++) {
    const m = merges[i];
    for (let r = Math.max(m.top, 0); r <= m.bottom; r++) covering[next[r]++] = m;
  }
  return { count: n, rows, start, covering };
}

/** True when the cell at `row`, `col` lies in `r`. */
export function inRange(r: CellRange, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

/** What a cell shows: inside a merged area, the value of the area's first cell. */
export function shownValue(sheet: SheetGrid, row: number, col: number): CellValue {
  const m = mergeAt(sheet, row, col);
  return m ? cellValue(sheet, m.top, m.left) : cellValue(sheet, row, col);
}

/** The merged area that covers a cell, if any. */
export function mergeAt(sheet: SheetGrid, row: number, col: number): CellRange | null {
  if (sheet.merges.length === 0) return null;
  const { rows, start, covering } = mergeIndex(sheet);
  if (!(row >= 0 && row < rows)) return null;
  for (let i = start[row], end = start[row + 1]; i < end; i++) {
    const m = covering[i];
    if (col >= m.left && col <= m.right) return m;
  }
  return null;
}

export function rowCount(sheet: SheetGrid): number {
  return sheet.values.length;
}

export function columnCount(sheet: SheetGrid): number {
  const values = sheet.values;
  let n = 0;
  for (let i = 0; i < values.length; i++) if (values[i] && values[i].length > n) n = values[i].length; // indexed: see buildMergeIndex
  return n;
}
