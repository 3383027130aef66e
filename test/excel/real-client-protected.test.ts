/**
 * @jest-environment jsdom
 *
 * A protected sheet through Office.js's own client (real-client.ts): the protection the add-in reads (the sheets'
 * protection, its options, the output cells' locks by probe and by getCellProperties) and its writes to the unlocked
 * cells are calls the client serialises and the in-memory Excel answers, and the workbook comes out as when the
 * adapter runs on the fake directly.
 */
import { realClient, workbookState } from './real-client'; // first: real-officejs gives jsdom TextEncoder
import { createMemoryExcel, type MemoryExcel } from '../../src/memory-excel';
import type { Host } from '../../src/memory-excel/rules';
import { restoreLastRun } from '../../src/excel/undo-snapshot';
import { recalcWorkbookDetailed } from '../../src/excel/workbook-actions';
import { SEED_SHEETS } from '../fixtures/seed-workbook';
import { cellMap, changedKeys, seedGrid } from './workbooks';

const { table1, kpiForm } = SEED_SHEETS;

/** ตารางที่ ๑ with indicators 1–3's totals and percentages emptied, H9:I9 unlocked; the kpi form's F13 unlocked. */
async function protectedSeed(host: Host): Promise<MemoryExcel> {
  const grid = seedGrid();
  const sheet = grid.sheets.find((s) => s.name === table1)!;
  for (const row of [4, 6, 8]) for (const col of [7, 8]) sheet.values[row][col] = null;
  const excel = createMemoryExcel(grid, { host });
  await excel.run(async (context) => {
    const t1 = context.workbook.worksheets.getItem(table1);
    t1.getRange('H9:I9').format.protection.locked = false;
    t1.protection.protect();
    const form = context.workbook.worksheets.getItem(kpiForm);
    form.getRange('F13').format.protection.locked = false;
    form.protection.protect({ allowFormatCells: true });
    await context.sync();
  });
  return excel;
}

describe.each<Host>(['web', 'windows'])('protected sheets through Office.js\'s client, Excel on %s', (host) => {
  test('recalc writes the unlocked cells, names the locked ones; ย้อนกลับ puts them back; the same as on the fake directly', async () => {
    const direct = await protectedSeed(host);
    const excel = await protectedSeed(host);
    const original = cellMap(excel.toGrid());
    const client = realClient(excel, host);

    const mine = await client.during('recalc', () => recalcWorkbookDetailed(client.run));
    const theirs = await recalcWorkbookDetailed(direct.run);
    expect(client.faults).toEqual([]);
    expect(workbookState(excel)).toEqual(workbookState(direct));
    expect(excel.value(table1, 'H9')).toBe('๑๑๓');
    expect(excel.value(table1, 'H7')).toBe('');
    const named = (r: typeof mine.report) => r.warnings.filter((w) => w.code === 'protected-sheet').map((w) => [w.sheet, w.args]);
    expect(named(mine.report)).toEqual([
      [table1, { cells: 'H5, I5, H7, I7' }],
      [kpiForm, { cells: 'E11, G13' }],
    ]);
    expect(named(mine.report)).toEqual(named(theirs.report));
    // The protection options came over the wire: the kpi form allows formatting cells, ตารางที่ ๑ does not.
    const formats = (i: typeof mine.index) => i.grid.sheets.map((s) => [s.name, s.protected ?? false, s.formatsLocked ?? null]);
    expect(formats(mine.index)).toEqual([
      [table1, true, true],
      [kpiForm, true, false],
      ['งบประมาณ', false, null],
    ]);
    expect(client.trace.every((t) => !t.failed)).toBe(true);

    await client.during('undo', () => restoreLastRun(client.run));
    expect(client.faults).toEqual([]);
    expect(changedKeys(original, cellMap(excel.toGrid()))).toEqual([]);
  });
});
