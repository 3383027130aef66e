/**
 * The summary sheet's worksheet part, written from the SheetSpec: cells (text as inline strings, so the shared
 * strings part is left as it was), row heights, column widths, merges, frozen rows, gridlines and the print
 * setup (A4, fit to one page wide, margins, footer, page breaks before each repeated table header).
 */
import { cellAddress } from '../../core/address';
import type { CellSpec, SheetSpec } from '../../core/summary/sheet-spec';
import { valueCell } from '../patch/cell-xml';
import { escapeXml } from '../sheet-xml/xml-text';
import type { SummaryLooks } from './summary-looks';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * The part's text in pieces of a few thousand cells each, made as they are asked for (the writer deflates each as it
 * comes): the summary of 100,000 rows has 2 million cells and is 160 MB of XML, never held whole.
 */
export function* summarySheetXml(spec: SheetSpec, looks: SummaryLooks): Generator<string> {
  const rows = new Map<number, CellSpec[]>();
  let lastRow = 0;
  let lastCol = Math.max(0, spec.columnWidths.length - 1);
  for (const c of spec.cells) {
    let r = rows.get(c.row);
    if (!r) rows.set(c.row, (r = []));
    r.push(c);
    if (c.row > lastRow) lastRow = c.row;
    if (c.col > lastCol) lastCol = c.col;
  }
  const heights = new Map(spec.rowHeights.map((h) => [h.row, h.height]));
  for (const r of heights.keys()) if (r > lastRow) lastRow = r;
  const order = [...new Set([...rows.keys(), ...heights.keys()])].sort((a, b) => a - b);

  const out: string[] = [`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}">`];
  const p = spec.page;
  const fit = p.fitToWidth > 0 || p.fitToHeight > 0;
  if (fit) out.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  out.push(`<dimension ref="A1:${cellAddress(lastRow, lastCol)}"/>`);
  const pane =
    spec.frozenRows > 0
      ? `<pane ySplit="${spec.frozenRows}" topLeftCell="A${spec.frozenRows + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${spec.frozenRows + 1}" sqref="A${spec.frozenRows + 1}"/>`
      : '';
  out.push(`<sheetViews><sheetView${spec.showGridlines ? '' : ' showGridLines="0"'} workbookViewId="0">${pane}</sheetView></sheetViews>`);
  out.push('<sheetFormatPr defaultRowHeight="15"/>');
  if (spec.columnWidths.length) {
    out.push('<cols>');
    spec.columnWidths.forEach((w, i) => out.push(`<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`));
    out.push('</cols>');
  }
  out.push('<sheetData>');
  yield out.join('');
  out.length = 0;
  for (const r of order) {
    const h = heights.get(r);
    const cells = (rows.get(r) ?? []).sort((a, b) => a.col - b.col);
    out.push(`<row r="${r + 1}"${h !== undefined ? ` ht="${h}" customHeight="1"` : ''}>`);
    for (const c of cells) out.push(valueCell(c.row, c.col, looks.styleOf(c), c.value));
    out.push('</row>');
    if (out.length > 4096) {
      yield out.join('');
      out.length = 0;
    }
  }
  out.push('</sheetData>');
  if (spec.merges.length) {
    out.push(`<mergeCells count="${spec.merges.length}">`);
    for (const m of spec.merges) out.push(`<mergeCell ref="${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}"/>`);
    out.push('</mergeCells>');
  }
  if (p.centerHorizontally) out.push('<printOptions horizontalCentered="1"/>');
  const mg = p.margins;
  out.push(`<pageMargins left="${mg.left}" right="${mg.right}" top="${mg.top}" bottom="${mg.bottom}" header="${mg.header}" footer="${mg.footer}"/>`);
  // paperSize 9 is A4.
  out.push(`<pageSetup paperSize="9" orientation="${p.orientation}"${fit ? ` fitToWidth="${p.fitToWidth}" fitToHeight="${p.fitToHeight}"` : ''}/>`);
  if (p.footer) out.push(`<headerFooter><oddFooter>${escapeXml(`&C${p.footer}`)}</oddFooter></headerFooter>`);
  // A break "after" 1-based row r starts the page at 0-based row r.
  const breaks = p.rowBreaks.filter((r) => r > 0);
  if (breaks.length) {
    out.push(`<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">`);
    for (const r of breaks) out.push(`<brk id="${r}" max="16383" man="1"/>`);
    out.push('</rowBreaks>');
  }
  out.push('</worksheet>');
  yield out.join('');
}

/** `$1:$3` for 0-based rows 0..2: the print titles' rows. */
export function rowsRef(first: number, last: number): string {
  return `$${first + 1}:$${last + 1}`;
}

