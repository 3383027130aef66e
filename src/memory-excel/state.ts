/**
 * The in-memory workbook's state and Excel's rules for writing into it (what a string written to `values` becomes,
 * what `null` and '' mean, used ranges, merges). Plain data, so tests can inspect it and a failed sync can roll it
 * back. No Node APIs: the task pane's browser preview runs on it.
 */
import { ERROR_LITERALS, isErrorValue, type CellRange, type CellValue, type Grid } from '../core/grid';

export interface MemBorder {
  style?: string;
  color?: string;
  weight?: string;
}

export interface MemStyle {
  /** 'RRGGBB', absent = no fill. */
  fill?: string;
  font?: { name?: string; size?: number; bold?: boolean; italic?: boolean; underline?: string; color?: string };
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  indentLevel?: number;
  borders?: Record<string, MemBorder>;
  /** Format > Protection > Locked: absent = locked, as every cell is until the user unlocks it. */
  locked?: false;
}

export interface MemCell {
  value: CellValue;
  /** The formula as written ('=SUM(A1:A3)'); its value is not computed here (see `value`). */
  formula?: string;
  /** Absent = General. */
  numberFormat?: string;
  /** Excel's quotePrefix: the text was written with a leading apostrophe. */
  quotePrefix?: boolean;
  style?: MemStyle;
}

export interface MemChart {
  type: string;
  source: string;
  seriesBy: string;
  /** Every property set and method called on the chart, by path ('title.text', 'series.0.format.line.color'). */
  props: Record<string, unknown>;
}

export interface MemSheet {
  id: number;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean;
  /** The options and password the sheet was protected with (WorksheetProtection.protect, protection.ts). */
  protection?: { options: Record<string, boolean | string>; password?: string };
  /** Sparse rows of cells, 0-based. */
  rows: (MemCell | undefined)[][];
  merges: CellRange[];
  columnWidths: Record<number, number>;
  rowHeights: Record<number, number>;
  /** Font set on the whole sheet (getRange() with no address). */
  sheetFont?: MemStyle['font'];
  /** Sheet-level settings set through the API, by path ('pageLayout.orientation', 'showGridlines', 'freezeRows'). */
  layout: Record<string, unknown>;
  charts: MemChart[];
}

export interface MemName {
  name: string;
  /** "='Sheet'!$A$1", or "=#REF!$A$1" once its sheet is deleted. */
  formula: string;
}

/** A custom XML part (ExcelApi 1.5): its id as Excel makes it ('{GUID}'), its root's namespace, its XML. */
export interface MemXmlPart {
  id: string;
  namespaceUri: string;
  xml: string;
}

export interface MemWorkbook {
  sheets: MemSheet[];
  names: MemName[];
  customXmlParts: MemXmlPart[];
  activeSheetId: number | null;
  /** Review > Protect Workbook (structure): sheets cannot be added, deleted, renamed, hidden or moved. */
  structureProtected?: boolean;
  /** The password WorkbookProtection.protect was given, if any. */
  structurePassword?: string;
  selection: { sheetId: number; address: string } | null;
  nextId: number;
}

export function workbookFromGrid(grid: Grid): MemWorkbook {
  const wb: MemWorkbook = { sheets: [], names: [], customXmlParts: [], activeSheetId: null, selection: null, nextId: 1 };
  for (const g of grid.sheets) {
    const sheet = newSheet(wb, g.name);
    g.values.forEach((row, r) =>
      row?.forEach((v, c) => {
        if (v === null || v === undefined) return;
        cellAt(sheet, r, c, true).value = v;
      }),
    );
    g.formats?.forEach((row, r) =>
      row?.forEach((f, c) => {
        if (f && f !== 'General') cellAt(sheet, r, c, true).numberFormat = f;
      }),
    );
    g.formulas?.forEach((row, r) =>
      row?.forEach((isFormula, c) => {
        // The Grid keeps only the cached value; the formula text is a stand-in that marks the cell as a formula.
        if (isFormula) cellAt(sheet, r, c, true).formula = '=N(0)';
      }),
    );
    g.fills?.forEach((row, r) =>
      row?.forEach((fill, c) => {
        if (fill) (cellAt(sheet, r, c, true).style ??= {}).fill = fill.toUpperCase();
      }),
    );
    g.unlocked?.forEach((row, r) =>
      row?.forEach((unlocked, c) => {
        if (unlocked) (cellAt(sheet, r, c, true).style ??= {}).locked = false;
      }),
    );
    if (g.protected) sheet.protected = true;
    sheet.merges = g.merges.map((m) => ({ ...m }));
  }
  wb.activeSheetId = wb.sheets[0]?.id ?? null;
  return wb;
}

export function newSheet(wb: MemWorkbook, name: string): MemSheet {
  const sheet: MemSheet = {
    id: wb.nextId++,
    name,
    visibility: 'Visible',
    protected: false,
    rows: [],
    merges: [],
    columnWidths: {},
    rowHeights: {},
    layout: {},
    charts: [],
  };
  wb.sheets.push(sheet);
  return sheet;
}

export function cellAt(sheet: MemSheet, row: number, col: number, create: true): MemCell;
export function cellAt(sheet: MemSheet, row: number, col: number, create?: false): MemCell | undefined;
export function cellAt(sheet: MemSheet, row: number, col: number, create = false): MemCell | undefined {
  let r = sheet.rows[row];
  if (!r) {
    if (!create) return undefined;
    r = sheet.rows[row] = [];
  }
  let cell = r[col];
  if (!cell && create) cell = r[col] = { value: null };
  return cell;
}

/** What Excel does with one entry of a 2-D array written to `values`. */
export function writeValue(sheet: MemSheet, row: number, col: number, input: unknown): void {
  if (input === null || input === undefined) return; // null leaves the cell alone
  const cell = cellAt(sheet, row, col, true);
  delete cell.formula;
  cell.quotePrefix = false;
  if (typeof input === 'number' || typeof input === 'boolean') {
    cell.value = input;
    return;
  }
  const s = String(input);
  if (s === '') {
    cell.value = null; // '' clears the contents, keeps the format
    return;
  }
  if (cell.numberFormat === '@') {
    cell.value = s; // a Text-formatted cell takes what is written as text
    return;
  }
  if (s.startsWith("'")) {
    cell.value = s.slice(1);
    cell.quotePrefix = true;
    return;
  }
  const numeric = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?(E[+-]?\d+)?$/i.test(s) || /^[+-]?\.\d+$/.test(s);
  if (numeric) {
    cell.value = Number(s.replace(/,/g, ''));
    return;
  }
  if (/^[=+\-@]/.test(s) && s.length > 1) {
    // Excel takes it for a formula; this model does not evaluate formulas, so the value is the error Excel
    // shows for a name it does not know (what Thai words after '=' give).
    cell.formula = s.startsWith('=') ? s : `=${s}`;
    cell.value = { error: '#NAME?' };
    return;
  }
  if (/^(TRUE|FALSE)$/i.test(s)) {
    cell.value = s.toUpperCase() === 'TRUE';
    return;
  }
  if (ERROR_LITERALS.includes(s.toUpperCase())) {
    cell.value = { error: s.toUpperCase() };
    return;
  }
  cell.value = s;
}

export function writeNumberFormat(sheet: MemSheet, row: number, col: number, input: unknown): void {
  if (input === null || input === undefined) return;
  const cell = cellAt(sheet, row, col, true);
  const f = String(input);
  if (f === '' || f === 'General') delete cell.numberFormat;
  else cell.numberFormat = f;
}

/** A cell's value as Office.js returns it in `values`: '' for empty, the error text for errors. */
export function readValue(cell: MemCell | undefined): string | number | boolean {
  if (!cell || cell.value === null) return '';
  if (isErrorValue(cell.value)) return cell.value.error;
  return cell.value;
}

export function readFormula(cell: MemCell | undefined): string | number | boolean {
  return cell?.formula ?? readValue(cell);
}

export function hasValue(cell: MemCell | undefined): boolean {
  return !!cell && (cell.value !== null || cell.formula !== undefined);
}

function hasAnything(cell: MemCell | undefined): boolean {
  return hasValue(cell) || (!!cell && (cell.numberFormat !== undefined || cell.style !== undefined));
}

/** The used range as Excel defines it; null when the sheet is empty. */
export function usedRange(sheet: MemSheet, valuesOnly: boolean): CellRange | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const test = valuesOnly ? hasValue : hasAnything;
  sheet.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (!test(cell)) return;
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    }),
  );
  return bottom < 0 ? null : { top, left, bottom, right };
}

export function findSheet(wb: MemWorkbook, name: string): MemSheet | undefined {
  const key = name.toLowerCase();
  return wb.sheets.find((s) => s.name.toLowerCase() === key);
}

/** The workbook back as a Grid (values, formats, formulas, fills, merges): for tests and the preview's grid. */
export function gridOf(wb: MemWorkbook, options: { includeHidden?: boolean } = {}): Grid {
  return {
    sheets: wb.sheets
      .filter((s) => options.includeHidden || s.visibility === 'Visible')
      .map((s) => {
        const values: CellValue[][] = [];
        const formats: (string | undefined)[][] = [];
        const formulas: (boolean | undefined)[][] = [];
        const fills: (string | undefined)[][] = [];
        s.rows.forEach((row, r) => {
          values[r] = [];
          row?.forEach((cell, c) => {
            if (!cell) return;
            if (cell.value !== null) values[r][c] = cell.value;
            if (cell.numberFormat) (formats[r] ??= [])[c] = cell.numberFormat;
            if (cell.formula) (formulas[r] ??= [])[c] = true;
            if (cell.style?.fill) (fills[r] ??= [])[c] = cell.style.fill;
          });
        });
        for (let r = 0; r < values.length; r++) values[r] ??= [];
        return { name: s.name, values, formats, formulas, fills, merges: s.merges.map((m) => ({ ...m })) };
      }),
  };
}
