/**
 * The summary sheet as plain data: what `renderSummary` produces and what both adapters render
 * (src/xlsx/write-sheet-spec.ts with exceljs, src/excel with Office.js). JSON-safe: no classes, no undefined
 * that matters, no functions. Rows and columns are 0-based, as in grid.ts; colours are 'RRGGBB'.
 */

import { sheetOf } from '../address';

export const SHEET_SPEC_VERSION = 1;

/**
 * How an adapter recognises a summary sheet made by us, so it can replace it and never touch a user's sheet:
 * a workbook-scoped defined name starting with SUMMARY_NAME_PREFIX (the spec's `markerName`) referring to A1 of
 * the sheet. A sheet is ours only when such a name points at it and its name starts with SUMMARY_SHEET_PREFIX. Excel keeps the name pointing at the sheet when the user
 * renames it, and a copy of the sheet ("… (2)") does not get the workbook-scoped name, so a user's copy is safe.
 * Delete the name together with the sheet (a name left behind turns into #REF!).
 */
export const SUMMARY_NAME_PREFIX = 'KPIProgress_Summary';

/** What a summary sheet's name starts with; used with the defined name, never alone. */
export const SUMMARY_SHEET_PREFIX = 'สรุปผล';

/**
 * Our summary sheets, by the rule above: sheet name → the marker names pointing at it, in the workbook's sheet
 * order. `names` are the workbook's defined names with what they refer to ("='สรุปผล …'!$A$1"; a name left on a
 * deleted sheet refers to '#REF!'). Sheet names compare as Excel compares them, without case.
 */
export function ourSummarySheets(names: { name: string; refersTo: string }[], sheetNames: string[]): Map<string, string[]> {
  const markers = new Map<string, string[]>();
  for (const n of names) {
    if (!n.name.startsWith(SUMMARY_NAME_PREFIX)) continue;
    const sheet = sheetOf(n.refersTo)?.toLowerCase();
    if (sheet !== undefined) markers.set(sheet, [...(markers.get(sheet) ?? []), n.name]);
  }
  const ours = new Map<string, string[]>();
  for (const s of sheetNames) {
    const marked = markers.get(s.toLowerCase());
    if (marked && s.startsWith(SUMMARY_SHEET_PREFIX)) ours.set(s, marked);
  }
  return ours;
}

export interface SheetSpec {
  version: typeof SHEET_SPEC_VERSION;
  /** Excel-valid, at most 31 characters. */
  name: string;
  /** The defined name that marks the sheet as ours (see SUMMARY_NAME_PREFIX); refers to A1. */
  markerName: string;
  /** Font for every cell that does not say otherwise (TH SarabunPSK 16 pt by default). */
  font: FontSpec & { name: string; size: number };
  /**
   * Font to use where `font.name` is not installed. Neither Excel nor Office.js can list installed fonts or
   * give a cell a fallback, so this is advice for the user (Settings.font chooses the font actually written);
   * LibreOffice maps TH SarabunPSK to Laksaman (fonts-thai-tlwg), which has the same metrics.
   */
  fallbackFont: string;
  cells: CellSpec[];
  merges: RangeSpec[];
  /** Width of each column from A, in Excel character units (as exceljs `column.width`). */
  columnWidths: number[];
  /** Row heights in points, only where one is set; other rows keep Excel's default (or autofit). */
  rowHeights: RowHeightSpec[];
  page: PageSpec;
  showGridlines: boolean;
  /** Frozen rows at the top (0 for none). */
  frozenRows: number;
  /** Charts for adapters that can draw them; the .xlsx writer leaves them out and says so. */
  charts: ChartSpec[];
}

export interface CellSpec {
  row: number;
  col: number;
  value: string | number;
  /**
   * True where a string must be written as text whatever it starts with ('=', '+', '-', '@'): all text that
   * comes from a user's cell. exceljs writes strings as text anyway; Office.js needs the '@' format or a
   * leading apostrophe.
   */
  text?: true;
  /** Excel number format, e.g. '[$-D01041E]#,##0.00'; absent = General (or '@' where `text`). */
  numberFormat?: string;
  /** Only what differs from the sheet's font. */
  font?: FontSpec;
  /** Solid fill colour. */
  fill?: string;
  alignment?: AlignmentSpec;
  border?: BorderSpec;
}

export interface FontSpec {
  name?: string;
  size?: number; // points
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  color?: string; // 'RRGGBB'
}

export interface AlignmentSpec {
  horizontal?: 'left' | 'center' | 'right' | 'justify' | 'centerContinuous';
  vertical?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  /** Indent level (Excel's, about 3 characters each). */
  indent?: number;
}

export type BorderStyle = 'thin' | 'medium' | 'double' | 'hair';

export interface BorderEdge {
  style: BorderStyle;
  color?: string; // 'RRGGBB'; absent = black
}

export interface BorderSpec {
  top?: BorderEdge;
  bottom?: BorderEdge;
  left?: BorderEdge;
  right?: BorderEdge;
}

/** Inclusive, 0-based. */
export interface RangeSpec {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface RowHeightSpec {
  row: number;
  height: number; // points
}

export interface PageSpec {
  paperSize: 'A4';
  orientation: 'portrait' | 'landscape';
  /** Fit to this many pages wide; 0 = as many as needed. */
  fitToWidth: number;
  /** 0 = as many pages tall as needed. */
  fitToHeight: number;
  /** Inches, as Excel stores them. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /**
   * Rows repeated at the top of every printed page, 0-based inclusive. renderSummary leaves it null: print
   * titles would repeat the indicator table's header over every later section. It writes each table's header
   * again after its own page breaks (rowBreaks) instead.
   */
  printTitleRows: { first: number; last: number } | null;
  /**
   * Manual page breaks: each row here starts a new printed page (0-based). Set where a table goes on to a
   * new page, right before the repeated header. exceljs: `ws.getRow(row).addPageBreak()` on the row above
   * (1-based `row`); Office.js: `worksheet.horizontalPageBreaks.add(range)` at the row (ExcelApi 1.9).
   */
  rowBreaks: number[];
  /**
   * The zoom (percent) the page breaks were laid out for: what "fit to one page wide" comes to in Excel.
   * Excel honours manual breaks with "1 page wide by (blank) tall"; an adapter for a host that ignores them
   * under Fit To can set this zoom instead of fitToWidth.
   */
  zoom: number;
  /** Horizontally centred on the page. */
  centerHorizontally: boolean;
  /** Page footer text in Excel header/footer codes, e.g. 'หน้า &P / &N'; null for none. */
  footer: string | null;
}

export interface ChartSeriesSpec {
  name: string;
  values: (number | null)[];
  /** 'RRGGBB' */
  color?: string;
}

export interface ChartSpec {
  /** 'line': cumulative disbursement by quarter; 'pie' / 'columnClustered': indicators by status. */
  type: 'line' | 'columnClustered' | 'barClustered' | 'pie';
  title: string;
  categories: string[];
  series: ChartSeriesSpec[];
  /**
   * Where to draw it: the top-left cell and the size in points. Charts sit below the last written row, so
   * leaving them out (the .xlsx path) leaves no hole in the sheet.
   */
  anchor: { row: number; col: number; width: number; height: number };
  /** Number format for the value axis / data labels, e.g. '[$-D01041E]0.00'. */
  numberFormat?: string;
}

/** The cell written at (row, col), if any: for tests and adapters. */
export function specCell(spec: SheetSpec, row: number, col: number): CellSpec | undefined {
  return spec.cells.find((c) => c.row === row && c.col === col);
}

/**
 * Column width in points for a width in Excel character units, for adapters that set widths in points
 * (Office.js `format.columnWidth`). Assumes the workbook's Normal style font is Calibri 11 (7 px per
 * character plus 5 px padding), as in workbooks exceljs writes.
 */
export function columnWidthPoints(chars: number): number {
  return Math.round((Math.round(chars * 7) + 5) * 0.75 * 100) / 100;
}
