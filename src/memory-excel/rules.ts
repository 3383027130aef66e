/**
 * Where Excel is strict, as the in-memory Excel follows it: each rule with its source, so a reader can check it
 * (and docs/excel-checks/ runs each in a real Excel).
 */
import type { CellRange } from '../core/grid';
import { MemoryOfficeError } from './engine';
import { cellAt, type MemCell, type MemSheet } from './state';

export type Host = 'web' | 'windows' | 'mac';

/**
 * Request and response limits per host. Excel on the web refuses a request or a response over 5 MB
 * ("Resource limits and performance optimization for Office Add-ins", Excel add-ins section,
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization); Excel on
 * Windows and Mac have no payload limit. On every host a get over 5,000,000 cells answers null (see READ_CELLS).
 */
export function hostLimits(host: Host): { payload: number } {
  return { payload: host === 'web' ? 5 * 1024 * 1024 : Infinity };
}

/**
 * A `values` (or `text`, `formulas`, `numberFormat`) read of a range over 5,000,000 cells answers null, with no
 * error: office-js #4783 (Excel 2407 on), #6781 (all hosts), and the Range.values note of office-js-docs-pr #5821.
 */
export const READ_CELLS = 5_000_000;

/**
 * getMergedAreasOrNullObject "will fail to return the result" when the range holds more than 512 merged areas
 * (Range.getMergedAreasOrNullObject, @types/office-js, ExcelApi 1.13). The code Excel answers is not documented.
 */
export const MERGED_AREAS = 512;

export function tooManyMergedAreas(count: number): MemoryOfficeError {
  return new MemoryOfficeError('GeneralException', `There are ${count} merged areas in the range, more than ${MERGED_AREAS}.`);
}

/**
 * Calls that clear the user's undo stack, per host: the "Unsupported APIs" table of "Undo support in Excel add-ins"
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities): Worksheet.delete
 * everywhere; Worksheet.visibility, .name and .position on Windows and Mac (supported on the web). Adding a sheet
 * clears it on Windows too (office-js #6170, closed "by design"; the reporter saw it on Windows, and Mac is taken
 * to behave as Windows, as the page's table pairs them). WorkbookProtection.protect and .unprotect ('protect' here)
 * clear it on every host (same table).
 */
export function clearsUndo(call: 'delete' | 'visibility' | 'name' | 'position' | 'add' | 'protect', host: Host): boolean {
  if (call === 'delete' || call === 'protect') return true;
  return host !== 'web';
}

/**
 * A workbook whose structure is protected (Review > Protect Workbook) refuses adding, deleting, renaming, hiding
 * and moving sheets (WorkbookProtection, ExcelApi 1.7). Excel's code for it is not documented; 'AccessDenied' is
 * what it answers for other protected edits.
 */
export function structureProtected(): MemoryOfficeError {
  return new MemoryOfficeError('AccessDenied', 'The workbook structure is protected: sheets cannot be added, deleted, renamed, hidden or moved.');
}

/**
 * Enum arguments, each exactly the values @types/office-js declares for Excel (Excel.PaperType, Excel.ChartType but
 * its "Invalid", …): test/excel/fake-enums.test.ts compares them with the typings.
 */
export const ENUMS: Record<string, readonly string[]> = {
  'pageLayout.paperSize': [
    'Letter', 'LetterSmall', 'Tabloid', 'Ledger', 'Legal', 'Statement', 'Executive', 'A3', 'A4', 'A4Small', 'A5',
    'B4', 'B5', 'Folio', 'Quatro', 'Paper10x14', 'Paper11x17', 'Note', 'Envelope9', 'Envelope10', 'Envelope11',
    'Envelope12', 'Envelope14', 'Csheet', 'Dsheet', 'Esheet', 'EnvelopeDL', 'EnvelopeC5', 'EnvelopeC3', 'EnvelopeC4',
    'EnvelopeC6', 'EnvelopeC65', 'EnvelopeB4', 'EnvelopeB5', 'EnvelopeB6', 'EnvelopeItaly', 'EnvelopeMonarch',
    'EnvelopePersonal', 'FanfoldUS', 'FanfoldStdGerman', 'FanfoldLegalGerman',
  ],
  'pageLayout.orientation': ['Portrait', 'Landscape'],
  chartType: [
    'ColumnClustered', 'ColumnStacked', 'ColumnStacked100', '3DColumnClustered', '3DColumnStacked',
    '3DColumnStacked100', 'BarClustered', 'BarStacked', 'BarStacked100', '3DBarClustered', '3DBarStacked',
    '3DBarStacked100', 'LineStacked', 'LineStacked100', 'LineMarkers', 'LineMarkersStacked', 'LineMarkersStacked100',
    'PieOfPie', 'PieExploded', '3DPieExploded', 'BarOfPie', 'XYScatterSmooth', 'XYScatterSmoothNoMarkers',
    'XYScatterLines', 'XYScatterLinesNoMarkers', 'AreaStacked', 'AreaStacked100', '3DAreaStacked',
    '3DAreaStacked100', 'DoughnutExploded', 'RadarMarkers', 'RadarFilled', 'Surface', 'SurfaceWireframe',
    'SurfaceTopView', 'SurfaceTopViewWireframe', 'Bubble', 'Bubble3DEffect', 'StockHLC', 'StockOHLC', 'StockVHLC',
    'StockVOHLC', 'CylinderColClustered', 'CylinderColStacked', 'CylinderColStacked100', 'CylinderBarClustered',
    'CylinderBarStacked', 'CylinderBarStacked100', 'CylinderCol', 'ConeColClustered', 'ConeColStacked',
    'ConeColStacked100', 'ConeBarClustered', 'ConeBarStacked', 'ConeBarStacked100', 'ConeCol', 'PyramidColClustered',
    'PyramidColStacked', 'PyramidColStacked100', 'PyramidBarClustered', 'PyramidBarStacked', 'PyramidBarStacked100',
    'PyramidCol', '3DColumn', 'Line', '3DLine', '3DPie', 'Pie', 'XYScatter', '3DArea', 'Area', 'Doughnut', 'Radar',
    'Histogram', 'Boxwhisker', 'Pareto', 'RegionMap', 'Treemap', 'Waterfall', 'Sunburst', 'Funnel',
  ],
  seriesBy: ['Auto', 'Columns', 'Rows'],
  horizontalAlignment: ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'],
  verticalAlignment: ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'],
  'border.style': ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'],
  'border.weight': ['Hairline', 'Thin', 'Medium', 'Thick'],
  underline: ['None', 'Single', 'Double', 'SingleAccountant', 'DoubleAccountant'],
};

export function checkEnum(kind: string, value: unknown): void {
  const allowed = ENUMS[kind];
  if (allowed && !allowed.includes(String(value))) {
    throw new MemoryOfficeError('InvalidArgument', `${String(value)} is not a ${kind} (@types/office-js allows ${allowed.join(', ')}).`);
  }
}

/**
 * PageLayout.zoom: `scale` 10 to 400, or fit-to-pages counts of at least 1 (PageLayoutZoomOptions,
 * @types/office-js). 0 for "automatic" is not documented and is refused here. Excel applies fit-to-pages only
 * when the Page Layout tab has been shown (office-js #1860): a check in docs/excel-checks, not observable here.
 */
export function checkZoom(zoom: unknown): void {
  const z = (zoom ?? {}) as Record<string, unknown>;
  for (const [key, v] of Object.entries(z)) {
    const ok =
      key === 'scale'
        ? typeof v === 'number' && v >= 10 && v <= 400
        : (key === 'horizontalFitToPages' || key === 'verticalFitToPages') && Number.isInteger(v) && (v as number) >= 1;
    if (!ok) throw new MemoryOfficeError('InvalidArgument', `pageLayout.zoom.${key} = ${JSON.stringify(v)} is not accepted.`);
  }
}

/** Margins in points, non-negative numbers (PageLayout, ExcelApi 1.9). */
export function checkPageLayout(path: string, value: unknown): void {
  if (path === 'pageLayout.zoom') checkZoom(value);
  else if (path === 'pageLayout.paperSize' || path === 'pageLayout.orientation') checkEnum(path, value);
  else if (/Margin$/.test(path) && !(typeof value === 'number' && value >= 0)) {
    throw new MemoryOfficeError('InvalidArgument', `${path} = ${JSON.stringify(value)} is not a margin in points.`);
  }
}

/**
 * getRanges' address: Excel refuses one of about 8,000 characters and more (office-js #5198), and some shorter
 * lists fail on their content (#2255, #4263); the adapter keeps each under 4,000 (cell-writes.ts addressLists).
 */
export const RANGES_ADDRESS = 8_000;

/**
 * Custom XML parts (ExcelApi 1.5, CustomXmlPartCollection.add: "XML content. Must be a valid XML fragment"): a part
 * that is not well-formed XML is refused. Office on the web refuses a part over 1 MB (office-js #2408, error 6100
 * "Custom XML Error", measured in Word on the web; Excel on the web shares the store, and has no documented figure
 * of its own): modelled for the web host, with Excel's generic code. No CustomXmlPart call clears the undo stack
 * (none is on the "Unsupported APIs" list of "Undo support in Excel add-ins"): they are undone like a cell edit.
 */
export const XML_PART_BYTES_WEB = 1024 * 1024;

export function checkXmlPart(xml: unknown, host: Host, wellFormed: (xml: string) => boolean): void {
  if (typeof xml !== 'string' || !wellFormed(xml)) {
    throw new MemoryOfficeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
  }
  if (host === 'web' && new TextEncoder().encode(xml).length > XML_PART_BYTES_WEB) {
    throw new MemoryOfficeError('GeneralException', 'Custom XML Error: the part is larger than 1 MB.');
  }
}

/**
 * Worksheet protection, as Excel enforces it (ExcelApi 1.2: Worksheet.protection,
 * Range.format.protection; the rules in the WorksheetProtection and FormatProtection reference, @types/office-js):
 * - every cell is locked until unlocked (Format > Protection > Locked); locking means nothing until the sheet is
 *   protected;
 * - on a protected sheet a locked cell's contents cannot be changed. Excel's own words for it are "The cell or chart
 *   you're trying to change is on a protected sheet" (VBA error 1004); Office.js answers 'AccessDenied', the code
 *   the WorksheetProtection reference gives for a change protection refuses ("If worksheet protection is enabled and
 *   not paused, this method throws an AccessDenied error"). Whether a `values` write whose `null` entries fall on
 *   locked cells is refused is not documented: this Excel refuses it (the stricter reading; docs/excel-checks
 *   shows what a real Excel does);
 * - formats (number format, fill, font, borders, alignment, the lock itself) cannot be changed on a protected sheet,
 *   unlocked cells included, unless it was protected with allowFormatCells ("Format cells": changing any option of
 *   the Format Cells dialog; the lock stays unchangeable: "allowing the user to change all formats, but not to unlock
 *   or unhide ranges", Protection.AllowFormattingCells); column widths and row heights need allowFormatColumns and
 *   allowFormatRows; merging and the sheet's own settings are refused;
 * - protect() fails on a sheet already protected ("Fails if the worksheet has already been protected"); unprotect()
 *   with a password other than the one protect() was given fails.
 */
/** What a change does to a sheet: its cells' contents, their formats, or the sheet's own settings. */
export type Change = 'contents' | 'format' | 'columns' | 'rows' | 'settings';

/** WorksheetProtectionOptions as Excel answers them for a sheet protected with `given` (all false unless given). */
const OPTIONS = [
  'allowAutoFilter', 'allowDeleteColumns', 'allowDeleteRows', 'allowEditObjects', 'allowEditScenarios', 'allowFormatCells',
  'allowFormatColumns', 'allowFormatRows', 'allowInsertColumns', 'allowInsertHyperlinks', 'allowInsertRows', 'allowPivotTables', 'allowSort',
] as const;

export function protectionOptions(given: Record<string, unknown> = {}): Record<string, boolean | string> {
  const out: Record<string, boolean | string> = {};
  for (const o of OPTIONS) out[o] = given[o] === true;
  out.selectionMode = typeof given.selectionMode === 'string' ? given.selectionMode : 'Normal';
  return out;
}

export function isLocked(cell: MemCell | undefined): boolean {
  return cell?.style?.locked !== false;
}

export function protectedSheet(sheet: MemSheet): MemoryOfficeError {
  return new MemoryOfficeError(
    'AccessDenied',
    `The cell or chart you're trying to change is on a protected sheet (${sheet.name}). To make a change, unprotect the sheet.`,
  );
}

/** Refuses a change that the sheet's protection does not allow (nothing when the sheet is not protected). */
export function checkProtection(sheet: MemSheet, what: Change, rect?: CellRange): void {
  if (!sheet.protected) return;
  const allowed = sheet.protection?.options ?? {};
  if (what === 'format' && allowed.allowFormatCells === true) return;
  if (what === 'columns' && allowed.allowFormatColumns === true) return;
  if (what === 'rows' && allowed.allowFormatRows === true) return;
  if (what !== 'contents' || !rect) throw protectedSheet(sheet);
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) if (isLocked(cellAt(sheet, r, c))) throw protectedSheet(sheet);
  }
}
