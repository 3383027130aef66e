/** Running twice changes nothing the second time; a real workbook survives the round trip cell for cell. */
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { recalculate } from '../../src/core/engine';
import { cellAddress } from '../../src/core/address';
import { applyEdits } from '../../src/xlsx/apply-edits';
import { readGrid } from '../../src/xlsx/read-grid';
import { buildSeedWorkbook } from '../fixtures/seed-workbook';
import { FIXTURES } from '../fixtures/workbooks';
import { sharedFile } from '../helpers/shared-file';
import { changedCells, readWorkbook, recalcFile, snapshot, tempDir, writeTemp } from '../helpers/workbook-files';

const fixtures: [string, () => ExcelJS.Workbook][] = [['seed.xlsx', buildSeedWorkbook], ...Object.entries(FIXTURES)];

describe.each(fixtures)('%s', (name, build) => {
  test('a second recalc over its own output changes no cell', async () => {
    const first = await recalcFile(await writeTemp(build(), name));
    const second = await recalcFile(first.output);
    expect(changedCells(snapshot(first.out), snapshot(second.out))).toEqual([]);
    const { edits } = recalculate(readGrid(second.out));
    expect(edits.toArray()).toEqual([]);
  });
});

const real = sharedFile('real-workbooks/ksp-mis-sample-budget.xlsx');
const REAL = real.path;
const realTest = real.test;

realTest('a real workbook (KSP-MIS sample budget) keeps every value, formula, shared formula and format', async () => {
  const wb = await readWorkbook(REAL);
  const before = snapshot(wb);
  const { edits } = recalculate(readGrid(wb));
  applyEdits(wb, edits);
  const file = path.join(tempDir(), 'ksp.xlsx');
  await wb.xlsx.writeFile(file);
  const after = await readWorkbook(file);
  const changed = changedCells(before, snapshot(after));
  const owned = new Set(edits.toArray().map((e) => `${e.sheet}!${cellAddress(e.row, e.col)}`));
  expect(changed.filter((a) => !owned.has(a))).toEqual([]);
  // Shared formulas are still shared after the round trip.
  const shared: string[] = [];
  after.getWorksheet('14')!.eachRow((row) => row.eachCell((c) => void ((c.value as { sharedFormula?: string })?.sharedFormula && shared.push(c.address))));
  expect(shared.length).toBeGreaterThan(0);
});

realTest('the real workbook says what it found: an annual disbursement table of 15 lines on sheet 14', async () => {
  const { report, edits } = recalculate(readGrid(await readWorkbook(REAL)));
  expect(report.tables).toEqual([expect.objectContaining({ sheet: '14', kind: 'budget', budgetLines: 15 })]);
  const first = report.budget[0];
  // รวมงบสุทธิ E2 = 50,000,000 (40,000,000 + 10,000,000 transferred); เบิกจ่าย H2 = 23,280,000: 46.56 %.
  expect(first).toMatchObject({ name: 'แผนงานบุคคลภาครัฐ / งบบุคคลากร', allocated: 50_000_000, disbursed: 23_280_000, percent: 46.56 });
  expect(edits.toArray()).toEqual([]);
});
