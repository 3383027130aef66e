/**
 * The user's own Ctrl+Z survives the add-in: a recalculation, saving settings and ย้อนกลับ add no sheet and set no
 * visibility (both clear the undo stack on Windows and Mac: "Undo support in Excel add-ins", Unsupported APIs), so
 * what the user did before is still undoable after.
 */
import { createMemoryExcel, type MemoryExcel } from '../../src/memory-excel';
import { saveSettings } from '../../src/excel/settings-store';
import { restoreLastRun } from '../../src/excel/undo-snapshot';
import { recalcWorkbookDetailed } from '../../src/excel/workbook-actions';
import { SEED_SHEETS } from '../fixtures/seed-workbook';
import { seedGrid } from './workbooks';

/** The user types a note into an empty cell far from the tables: one step on the undo stack. */
async function userTypes(excel: MemoryExcel, text: string): Promise<void> {
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem(SEED_SHEETS.kpiForm).getRange('Z100').values = [[text]];
    await context.sync();
  });
}

describe.each(['windows', 'mac', 'web'] as const)("the user's undo stack after the add-in, on %s", (host) => {
  test('a first recalculation keeps it: Ctrl+Z takes back the run, then what the user typed before', async () => {
    const excel = createMemoryExcel(seedGrid(), { host, apiVersion: '1.20' });
    await userTypes(excel, 'หมายเหตุของผู้ใช้');
    expect(excel.engine.undoDepth).toBe(1);
    const run = await recalcWorkbookDetailed(excel.run);
    expect(run.applied.cells).toBeGreaterThan(0);
    expect(excel.engine.undoDepth).toBeGreaterThan(1);
    // Ctrl+Z until the user's note is gone: it is still on the stack.
    while (excel.value(SEED_SHEETS.kpiForm, 'Z100') !== '' && excel.undo());
    expect(excel.value(SEED_SHEETS.kpiForm, 'Z100')).toBe('');
  });

  test('saving settings and ย้อนกลับ keep it too', async () => {
    const excel = createMemoryExcel(seedGrid(), { host });
    await userTypes(excel, 'ก');
    await saveSettings(excel.run, { tolerance: 1 });
    await recalcWorkbookDetailed(excel.run);
    await restoreLastRun(excel.run);
    expect(excel.value(SEED_SHEETS.kpiForm, 'Z100')).toBe('ก');
    while (excel.value(SEED_SHEETS.kpiForm, 'Z100') !== '' && excel.undo());
    expect(excel.value(SEED_SHEETS.kpiForm, 'Z100')).toBe('');
  });
});
