/**
 * Where number formats matter: the rows the engine samples for a table's style (output-style.ts), every cell it
 * may write, whose format it keeps or sets, and which an adapter must know to write text there (a Text cell takes
 * it bare) and to put it back, and every number in a table, whose format decides how it reads (a %-formatted 0.85
 * is 85: cell-read.ts), however far down the table it is. Elsewhere a cell's format changes nothing, so an adapter that pays for every byte it
 * reads (Excel on the web refuses more than 5 MB a request; at 100,000 rows number formats are a third of what a
 * workbook's cells weigh) reads them only here.
 */
import { extractBudgetLines } from './budget';
import { detectTables, type DetectedTable } from './detect-tables';
import { cellValue, type CellRange, type Grid } from './grid';
import { cellParsed } from './parsed-grid';
import { STYLE_SAMPLE_ROWS } from './output-style';
import { SETTINGS_SHEET } from './settings';

/** Per sheet name, the areas whose number formats the engine reads (they may overlap). */
export function formatNeeds(grid: Grid): Map<string, CellRange[]> {
  const out = new Map<string, CellRange[]>();
  for (const sheet of grid.sheets) {
    if (sheet.name.startsWith(SETTINGS_SHEET)) continue; // as the engine: our settings and undo sheets
    const areas: CellRange[] = [];
    for (const table of detectTables(sheet)) areas.push(...tableNeeds(table));
    if (areas.length) out.set(sheet.name, areas);
  }
  return out;
}

/** The cells of a column that hold a status word written by hand, as runs of rows. */
function statusWordCells(table: DetectedTable, col: number, top: number, bottom: number): CellRange[] {
  const runs: CellRange[] = [];
  for (let r = top; r <= bottom; r++) {
    const v = cellValue(table.sheet, r, col);
    if (typeof v !== 'string' || !cellParsed(table.sheet, r, col).statusText) continue;
    const last = runs[runs.length - 1];
    if (last && last.bottom === r - 1) last.bottom = r;
    else runs.push({ top: r, left: col, bottom: r, right: col });
  }
  return runs;
}

/**
 * Below the style sample, each column of the table that holds numbers, from its first number to its last: one area a
 * column (an input typed as 85 % at row 700 is read as 85, not 0.85). Text columns cost nothing.
 */
function numberColumns(table: DetectedTable, from: number, bottom: number): CellRange[] {
  const areas: CellRange[] = [];
  for (let c = table.left; c <= table.right; c++) {
    let first = -1;
    let last = -1;
    for (let r = from; r <= bottom; r++) {
      if (typeof cellValue(table.sheet, r, c) !== 'number') continue;
      if (first < 0) first = r;
      last = r;
    }
    if (first >= 0) areas.push({ top: first, left: c, bottom: last, right: c });
  }
  return areas;
}

function tableNeeds(table: DetectedTable): CellRange[] {
  const { left, right } = table;
  // Row-pair tables write on the ผล row, which may be below the last แผน row: one row past the last data row.
  const top = table.firstRow;
  const bottom = table.lastRow + 1;
  const sampleBottom = Math.min(table.lastRow, top + STYLE_SAMPLE_ROWS);
  return [{ top: table.headerTop, left, bottom: sampleBottom, right }, ...numberColumns(table, sampleBottom + 1, bottom), ...tableOutputs(table)];
}

/**
 * Per sheet name, every cell the engine may write (output columns down a table's rows, status words typed in result
 * cells, a budget's total rows across): on a protected sheet, the cells whose lock an adapter reads.
 */
export function outputAreas(grid: Grid, sheets?: ReadonlySet<string>): Map<string, CellRange[]> {
  const out = new Map<string, CellRange[]>();
  for (const sheet of grid.sheets) {
    if (sheet.name.startsWith(SETTINGS_SHEET) || (sheets && !sheets.has(sheet.name))) continue;
    const areas = detectTables(sheet).flatMap(tableOutputs);
    if (areas.length) out.set(sheet.name, areas);
  }
  return out;
}

/** The cells of a table the engine may write. */
function tableOutputs(table: DetectedTable): CellRange[] {
  const { columns, quarters, left, right } = table;
  const top = table.firstRow;
  const bottom = table.lastRow + 1;
  const areas: CellRange[] = [];
  const column = (col: number | undefined) => {
    if (col !== undefined) areas.push({ top, left: col, bottom, right: col });
  };
  if (table.kind === 'indicator') {
    column(columns.total);
    column(columns.percent);
    column(columns.status);
    // Status words typed in result cells are replaced (indicator-edits.ts): those cells only, in runs down a column.
    if (table.periods === 'quarter' && table.reading === 'own') {
      for (const col of table.resultCols) if (col !== undefined) areas.push(...statusWordCells(table, col, top, bottom));
    }
    return areas;
  }
  // Budget lines: the percentages and the totals to date on every line; the total row and the cumulative row
  // under it are written across (allocation, planned amounts, disbursed).
  for (const q of [0, 1, 2, 3]) {
    column(quarters.plannedPercent?.[q]);
    column(quarters.disbursedPercent?.[q]);
  }
  column(columns.disbursedTotal);
  column(columns.disbursedTotalPercent);
  column(columns.remaining);
  for (const line of extractBudgetLines(table)) {
    if (line.isTotal || line.isCumulativeRow) areas.push({ top: line.row, left, bottom: line.row, right });
  }
  return areas;
}
