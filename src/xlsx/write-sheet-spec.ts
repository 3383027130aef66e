/**
 * Writes a SheetSpec (the summary sheet as data) into an exceljs workbook: replaces the summary we made
 * before, never a user's sheet, and places the new one after the source sheets.
 */
import type ExcelJS from 'exceljs';
import { type Grid } from '../core/grid';
import { rangeAddress } from '../core/address';
import type { SummaryOptions } from '../core/summary/options';
import { renderSummary } from '../core/summary/render-summary';
import { firstOverlap, mergeEach } from './merges';
import type { Report } from '../core/types';
import {
  SUMMARY_NAME_PREFIX,
  ourSummarySheets as summarySheetsIn,
  type BorderEdge,
  type BorderSpec,
  type CellSpec,
  type SheetSpec,
} from '../core/summary/sheet-spec';

export interface WriteSheetSpecResult {
  /** The sheet as written (its name may differ from spec.name when a user's sheet already has that name). */
  sheetName: string;
  /** Summary sheets of ours that were replaced. */
  replaced: string[];
  /** What the user should know of the sheet as written (the CLI words them in the user's language). */
  notes: SummaryNote[];
}

/** Something the .xlsx summary differs in from the add-in's, or needs of the user's machine. */
export type SummaryNote =
  /** A user's sheet already had the summary's name: the summary went under another. */
  | { kind: 'renamed'; wanted: string; written: string }
  /** exceljs cannot write charts: the add-in draws them in Excel. */
  | { kind: 'chartsLeftOut'; titles: string[] }
  /** The summary's font, and the one to set where it is not installed. */
  | { kind: 'font'; font: string; size: number; fallback: string };

/** Names of the summary sheets we made: named 'สรุปผล…' and pointed at by our defined name. */
export function ourSummarySheets(workbook: ExcelJS.Workbook): string[] {
  const names = definedNames(workbook).flatMap(({ name, ranges }) => ranges.map((refersTo) => ({ name, refersTo })));
  return [...summarySheetsIn(names, workbook.worksheets.map((ws) => ws.name)).keys()];
}

/** The user's sheets: every sheet but our summaries. Pass these to renderSummary's `sheetNames`. */
export function userSheetNames(workbook: ExcelJS.Workbook): string[] {
  const ours = new Set(ourSummarySheets(workbook));
  return workbook.worksheets.map((ws) => ws.name).filter((n) => !ours.has(n));
}

/**
 * The grid without our summary sheets. The engine must not read the summary as a source: its budget table
 * has the headers of a budget table (layout D) and would be counted twice on the next run.
 */
export function withoutSummaries(workbook: ExcelJS.Workbook, grid: Grid): Grid {
  const ours = new Set(ourSummarySheets(workbook));
  return { ...grid, sheets: grid.sheets.filter((s) => !ours.has(s.name)) };
}

/**
 * The summary of `report` written into the workbook: named clear of the user's sheets, placed right after the
 * last sheet the report read a table from, replacing the summary made before. What the CLI calls.
 */
export function writeSummary(
  workbook: ExcelJS.Workbook,
  report: Report,
  options: Omit<SummaryOptions, 'sheetNames'> = {},
): WriteSheetSpecResult {
  const spec = renderSummary(report, { ...options, sheetNames: userSheetNames(workbook) });
  const sources = [...new Set(report.tables.map((t) => t.sheet))];
  return writeSheetSpec(workbook, spec, { after: sources });
}

export function writeSheetSpec(
  workbook: ExcelJS.Workbook,
  spec: SheetSpec,
  options: { after?: string[] } = {},
): WriteSheetSpecResult {
  // Merged at once below (exceljs's own check of each area against all is quadratic): a layout bug said here,
  // before anything in the workbook changes.
  const overlap = firstOverlap(spec.merges);
  if (overlap) throw new Error(`summary merges overlap: ${overlap.map(rangeAddress).join(' and ')}`);
  const notes: SummaryNote[] = [];
  const replaced = ourSummarySheets(workbook);
  for (const name of replaced) {
    const ws = workbook.getWorksheet(name);
    if (ws) workbook.removeWorksheet(ws.id);
  }
  // Our marker names go with their sheets; a marker left on a sheet the user renamed is dropped too, so the
  // sheet becomes theirs (kept) and the name is free for the new summary.
  for (const { name } of definedNames(workbook)) {
    if (name.startsWith(SUMMARY_NAME_PREFIX)) removeDefinedName(workbook, name);
  }

  let name = spec.name;
  if (workbook.getWorksheet(name)) {
    // renderSummary was given the wrong sheetNames: never overwrite a user's sheet, pick a free name.
    name = freeName(workbook, spec.name);
    notes.push({ kind: 'renamed', wanted: spec.name, written: name });
  }

  const ws = workbook.addWorksheet(name, {
    views: [{ showGridLines: spec.showGridlines, ...(spec.frozenRows > 0 ? { state: 'frozen', ySplit: spec.frozenRows } : {}) }],
  });
  placeAfter(workbook, ws, options.after);

  spec.columnWidths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  for (const { row, height } of spec.rowHeights) ws.getRow(row + 1).height = height;
  const looks = looksOf(spec);
  for (const cell of spec.cells) writeCell(ws, looks, cell);
  mergeEach(ws, spec.merges, (m) => ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1));

  const p = spec.page;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: p.orientation,
    fitToPage: p.fitToWidth > 0 || p.fitToHeight > 0,
    fitToWidth: p.fitToWidth,
    fitToHeight: p.fitToHeight,
    horizontalCentered: p.centerHorizontally,
    margins: { ...p.margins },
    ...(p.printTitleRows ? { printTitlesRow: `${p.printTitleRows.first + 1}:${p.printTitleRows.last + 1}` } : {}),
  };
  if (p.footer) ws.headerFooter.oddFooter = `&C${p.footer}`;
  // A break "after" 1-based row r starts the page at 0-based row r.
  for (const r of p.rowBreaks) if (r > 0) ws.getRow(r).addPageBreak();

  workbook.definedNames.add(`${quoteSheet(name)}!$A$1`, spec.markerName);

  if (spec.charts.length > 0) {
    notes.push({ kind: 'chartsLeftOut', titles: spec.charts.map((c) => c.title) });
  }
  if (spec.fallbackFont) {
    notes.push({ kind: 'font', font: spec.font.name, size: spec.font.size, fallback: spec.fallbackFont });
  }
  return { sheetName: name, replaced, notes };
}

function writeCell(ws: ExcelJS.Worksheet, looks: Looks, c: CellSpec): void {
  const cell = ws.getCell(c.row + 1, c.col + 1);
  // exceljs writes a JS string as a string cell (never a formula), whatever it starts with.
  cell.value = c.value;
  if (c.numberFormat) cell.numFmt = c.numberFormat;
  else if (c.text) cell.numFmt = '@';
  cell.font = looks.font(c.font);
  if (c.fill) cell.fill = looks.fill(c.fill);
  if (c.alignment) cell.alignment = looks.alignment(c.alignment);
  if (c.border) cell.border = looks.border(c.border);
}

/**
 * exceljs keeps a cell's font, fill, alignment and borders by reference: one object per look of the summary (whose
 * own style objects are shared, one per look), not four per cell. A summary of 100,000 indicators has 2 million
 * cells; an object each held gigabytes until the file was written. Nothing changes them once set.
 */
interface Looks {
  font(font: CellSpec['font']): Partial<ExcelJS.Font>;
  fill(colour: string): ExcelJS.Fill;
  alignment(a: NonNullable<CellSpec['alignment']>): Partial<ExcelJS.Alignment>;
  border(b: BorderSpec): Partial<ExcelJS.Borders>;
}

function looksOf(spec: SheetSpec): Looks {
  return { font: once((font) => excelFont(spec, font)), fill: once(excelFill), alignment: once(excelAlignment), border: once(border) };
}

/** `make`, made once per key (kept by identity) and shared after. */
function once<K, V>(make: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) made.set(key, (value = make(key)));
    return value;
  };
}

function excelFont(spec: SheetSpec, font: CellSpec['font']): Partial<ExcelJS.Font> {
  const f = { ...spec.font, ...font };
  return {
    name: f.name,
    size: f.size,
    ...(f.bold ? { bold: true } : {}),
    ...(f.italic ? { italic: true } : {}),
    ...(f.underline ? { underline: true } : {}),
    ...(f.color ? { color: { argb: `FF${f.color}` } } : {}),
  };
}

function excelFill(colour: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${colour}` } };
}

function excelAlignment(a: NonNullable<CellSpec['alignment']>): Partial<ExcelJS.Alignment> {
  return {
    ...(a.horizontal ? { horizontal: a.horizontal } : {}),
    ...(a.vertical ? { vertical: a.vertical } : {}),
    ...(a.wrap ? { wrapText: true } : {}),
    ...(a.indent ? { indent: a.indent } : {}),
  };
}

function border(b: BorderSpec): Partial<ExcelJS.Borders> {
  const edge = (e: BorderEdge | undefined) => (e ? { style: e.style, color: { argb: `FF${e.color ?? '000000'}` } } : undefined);
  const out: Partial<ExcelJS.Borders> = {};
  if (b.top) out.top = edge(b.top);
  if (b.bottom) out.bottom = edge(b.bottom);
  if (b.left) out.left = edge(b.left);
  if (b.right) out.right = edge(b.right);
  return out;
}

/** Puts `ws` right after the last of the `after` sheets (default: after every sheet, where exceljs adds it). */
function placeAfter(workbook: ExcelJS.Workbook, ws: ExcelJS.Worksheet, after: string[] | undefined): void {
  const order = workbook.worksheets.filter((s) => s !== ws);
  let at = order.length;
  if (after && after.length) {
    const last = Math.max(...after.map((n) => order.findIndex((s) => s.name === n)));
    if (last >= 0) at = last + 1;
  }
  order.splice(at, 0, ws);
  order.forEach((s, i) => {
    (s as unknown as { orderNo: number }).orderNo = i;
  });
}

function freeName(workbook: ExcelJS.Workbook, base: string): string {
  for (let n = 2; n < 100; n++) {
    const suffix = ` ${n}`;
    const name = base.slice(0, 31 - suffix.length) + suffix;
    if (!workbook.getWorksheet(name)) return name;
  }
  throw new Error(`No free sheet name for ${base}`);
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}


interface NamedRanges {
  name: string;
  ranges: string[];
}

function definedNames(workbook: ExcelJS.Workbook): NamedRanges[] {
  return (workbook.definedNames as unknown as { model: NamedRanges[] }).model;
}

function removeDefinedName(workbook: ExcelJS.Workbook, name: string): void {
  // exceljs has no "remove this name everywhere"; its model setter rebuilds the names without it.
  const dn = workbook.definedNames as unknown as { model: NamedRanges[] };
  dn.model = dn.model.filter((n) => n.name !== name);
}
