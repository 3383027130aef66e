/** The summary's column widths, row heights, page breaks and page setup (pageLayout 1.9, freezePanes 1.7). */
import { columnWidthPoints, type SheetSpec } from '../core/summary/sheet-spec';
import type { CellRange } from '../core/grid';
import { OFFICE_COST, utf8Bytes } from '../core/office-plan/payload';
import { sameRuns } from '../core/office-plan/summary-styles';
import { addressLists, areasAddress } from './cell-writes';
import type { Step } from './write-sheet-spec';

const { range: RANGE, object: OBJECT, action: ACTION } = OFFICE_COST;
/** A command on a range's format (format.rowHeight, columnWidth): the range, its format, the set. */
const FORMAT_SET = RANGE + OBJECT + ACTION;

export function layoutSteps(spec: SheetSpec, steps: Step[]): void {
  // Adjacent columns of one width, consecutive rows of one height: one command each.
  const widths: { at: number; value: number }[] = [];
  spec.columnWidths.forEach((w, c) => widths.push({ at: c, value: w }));
  for (const { first, count, value } of sameRuns(widths)) {
    steps.push({
      bytes: FORMAT_SET + 8,
      queue: (ws) => void (ws.getRangeByIndexes(0, first, 1, count).format.columnWidth = columnWidthPoints(value)),
    });
  }
  // Rows of one height, as address lists of their runs in column A: a summary's rows take a dozen heights, in
  // tens of thousands of runs (a range each was half a summary's request bytes after its text).
  const byHeight = new Map<number, CellRange[]>();
  for (const { first, count, value } of sameRuns(spec.rowHeights.map((h) => ({ at: h.row, value: h.height })))) {
    const runs = byHeight.get(value);
    const run = { top: first, bottom: first + count - 1, left: 0, right: 0 };
    if (runs) runs.push(run);
    else byHeight.set(value, [run]);
  }
  for (const [height, runs] of byHeight) {
    for (const list of addressLists(runs)) {
      const address = areasAddress(list);
      steps.push({ bytes: FORMAT_SET + 8 + address.length + 2, queue: (ws) => void (ws.getRanges(address).format.rowHeight = height) });
    }
  }
  for (const r of spec.page.rowBreaks) {
    if (r > 0) steps.push({ bytes: OBJECT + ACTION + 12, queue: (ws) => void ws.horizontalPageBreaks.add(`A${r + 1}`) });
  }
  steps.push({ bytes: 6 * OBJECT + 20 * ACTION + utf8Bytes(spec.page), queue: (ws) => pageSetup(ws, spec) });
}

function pageSetup(ws: Excel.Worksheet, spec: SheetSpec): void {
  ws.showGridlines = spec.showGridlines;
  if (spec.frozenRows > 0) ws.freezePanes.freezeRows(spec.frozenRows);
  const p = spec.page;
  const layout = ws.pageLayout;
  layout.paperSize = 'A4' as Excel.PaperType;
  layout.orientation = (p.orientation === 'landscape' ? 'Landscape' : 'Portrait') as Excel.PageOrientation;
  // Fit-to-pages counts are 1 or more (PageLayoutZoomOptions); 0, "as many as it takes", is not documented, so a
  // count of 0 is left out. Excel applies fit-to-pages only once the Page Layout tab has been shown (office-js
  // #1860): docs/excel-checks says how to see it.
  const zoom: Excel.PageLayoutZoomOptions = {};
  if (p.fitToWidth > 0) zoom.horizontalFitToPages = p.fitToWidth;
  if (p.fitToHeight > 0) zoom.verticalFitToPages = p.fitToHeight;
  if (p.fitToWidth > 0 || p.fitToHeight > 0) layout.zoom = zoom;
  const pt = (inches: number) => Math.round(inches * 72 * 100) / 100;
  layout.leftMargin = pt(p.margins.left);
  layout.rightMargin = pt(p.margins.right);
  layout.topMargin = pt(p.margins.top);
  layout.bottomMargin = pt(p.margins.bottom);
  layout.headerMargin = pt(p.margins.header);
  layout.footerMargin = pt(p.margins.footer);
  layout.centerHorizontally = p.centerHorizontally;
  if (p.printTitleRows) layout.setPrintTitleRows(`$${p.printTitleRows.first + 1}:$${p.printTitleRows.last + 1}`);
  if (p.footer) layout.headersFooters.defaultForAllPages.centerFooter = p.footer;
}
