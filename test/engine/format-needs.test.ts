/**
 * The engine reads number formats only where formatNeeds says (the Excel adapter reads no others on a big
 * workbook): with every other format wiped, each workbook recalculates to the same edits and the same report, on a
 * first run and on a second over the first's output.
 */
import ExcelJS from 'exceljs';
import { layoutGrid, mixedGrid, LAYOUTS } from '../../bench/generate';
import { recalculate } from '../../src/core/engine';
import { detectTables } from '../../src/core/detect-tables';
import { formatNeeds } from '../../src/core/format-needs';
import type { Grid } from '../../src/core/grid';
import { applyEdits } from '../../src/xlsx/apply-edits';
import { readGrid } from '../../src/xlsx/read-grid';
import { buildSeedWorkbook } from '../fixtures/seed-workbook';
import { FIXTURES } from '../fixtures/workbooks';
import { formatsOnlyWhere } from '../excel/workbooks';
import { sharedFile } from '../helpers/shared-file';

const real = sharedFile('real-workbooks/ksp-mis-sample-budget.xlsx');

/** The grid with number formats only inside the areas formatNeeds names. */
const onlyNeededFormats = (grid: Grid): Grid => formatsOnlyWhere(grid, formatNeeds(grid));

const withoutFormats = (grid: Grid): Grid => ({ sheets: grid.sheets.map((s) => ({ ...s, formats: [] })) });

const same = (a: Grid, b: Grid) => {
  const x = recalculate(a);
  const y = recalculate(b);
  return JSON.stringify([x.edits.toArray(), x.report]) === JSON.stringify([y.edits.toArray(), y.report]);
};

const workbooks: [string, () => ExcelJS.Workbook][] = [['seed', buildSeedWorkbook], ...Object.entries(FIXTURES)];

describe.each(workbooks)('%s', (_name, build) => {
  test('the same answer with only the formats the engine needs, first run and second', () => {
    const wb = build();
    const first = readGrid(wb);
    expect(recalculate(onlyNeededFormats(first)).edits.toArray()).toEqual(recalculate(first).edits.toArray());
    expect(same(onlyNeededFormats(first), first)).toBe(true);
    applyEdits(wb, recalculate(first).edits);
    const second = readGrid(wb);
    expect(same(onlyNeededFormats(second), second)).toBe(true);
  });
});

/** The grid after the edits are written into it: a second run's workbook. */
function written(grid: Grid): Grid {
  const next: Grid = structuredClone(grid);
  for (const e of recalculate(grid).edits) {
    const sheet = next.sheets.find((s) => s.name === e.sheet)!;
    if (e.value !== undefined) (sheet.values[e.row] ??= [])[e.col] = e.value;
    if (e.numberFormat !== undefined) ((sheet.formats ??= [])[e.row] ??= [])[e.col] = e.numberFormat;
    if (e.fill !== undefined) ((sheet.fills ??= [])[e.row] ??= [])[e.col] = e.fill ?? undefined;
  }
  return next;
}

// Past 500 rows, so that the output columns' formats count beyond the rows sampled for the table's style.
test.each([...LAYOUTS, 'mixed'] as const)('generated layout %s: the same answer with only the formats the engine needs, first run and second', (layout) => {
  const grid = layout === 'mixed' ? mixedGrid(4_000) : layoutGrid(layout, 1_200);
  expect(same(onlyNeededFormats(grid), grid)).toBe(true);
  const second = written(grid);
  expect(recalculate(second).edits.length).toBe(0);
  expect(same(onlyNeededFormats(second), second)).toBe(true);
});

test('a table whose Thai digits show only in its input cells’ formats: the style is read from them', () => {
  const grid = layoutGrid('C', 40);
  // Every figure typed shows Thai digits by its format; the output columns have none yet.
  for (const sheet of grid.sheets) {
    for (const t of detectTables(sheet)) {
      const outputs = [t.columns.total, t.columns.percent, t.columns.status];
      sheet.formats = sheet.values.map((row) => row.map((v, c) => (typeof v === 'number' && !outputs.includes(c) ? '[$-D07041E]#,##0' : undefined)));
    }
  }
  expect(recalculate(grid).report.tables.map((t) => t.digits)).toEqual(['thai']);
  expect(same(onlyNeededFormats(grid), grid)).toBe(true);
});

real.test('the real KSP-MIS workbook: the same answer with only the formats the engine needs', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(real.path);
  const grid = readGrid(wb);
  expect(same(onlyNeededFormats(grid), grid)).toBe(true);
});

test('formats do matter: wiped everywhere, some workbooks recalculate differently (the test above can fail)', () => {
  const differ = workbooks.filter(([, build]) => {
    const wb = build();
    applyEdits(wb, recalculate(readGrid(wb)).edits);
    const second = readGrid(wb);
    return !same(withoutFormats(second), second);
  });
  expect(differ.length).toBeGreaterThan(0);
  expect(same(withoutFormats(layoutGrid('C', 400)), layoutGrid('C', 400))).toBe(false);
});
