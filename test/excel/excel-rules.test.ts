/**
 * The adapter against the in-memory Excel where real Excel is strict (src/memory-excel/rules.ts, each rule with
 * its source): a test per rule, each one a user's check — cells read, cells left alone, a clear message.
 */
import type { CellValue, Grid } from '../../src/core/grid';
import { readGrid } from '../../src/excel/read-grid';
import { restoreLastRun } from '../../src/excel/undo-snapshot';
import { recalcWorkbookDetailed, summarizeWorkbook } from '../../src/excel/workbook-actions';
import { createMemoryExcel } from '../../src/memory-excel';
import { bigGrid, cellMap, changedKeys, seedGrid } from './workbooks';

describe("Excel's rules, and the adapter living with them", () => {
  test('a read over 5,000,000 cells answers null: a workbook with a stray value at row 1,048,576 is still read whole', async () => {
    // A1:E1048576 is 5,242,880 cells: Excel answers `values: null` for one read of it (office-js #4783, #6781).
    const values: CellValue[][] = [['ตัวชี้วัด', 'แผน', 'ผล']];
    values[1_048_575] = [null, null, null, null, 'ลืมไว้'];
    const excel = createMemoryExcel({ sheets: [{ name: 'ตาราง', values, merges: [] }] }, { host: 'windows' });
    const grid = await readGrid(excel.run);
    expect(grid.sheets[0].values[0]).toEqual(['ตัวชี้วัด', 'แผน', 'ผล']);
    expect(grid.sheets[0].values[1_048_575][4]).toBe('ลืมไว้');
    expect(excel.stats.syncs).toBeLessThanOrEqual(5);
  }, 120_000);

  test('more than 512 merged areas in one read fail: 1,200 merged names are all read, on the desktop and on the web', async () => {
    const values: CellValue[][] = [['ตัวชี้วัด', '', 'ผล']];
    const merges = [];
    for (let r = 1; r <= 1200; r++) {
      values[r] = [`ตัวชี้วัด ${r}`, null, r];
      merges.push({ top: r, left: 0, bottom: r, right: 1 });
    }
    for (const host of ['windows', 'web'] as const) {
      const excel = createMemoryExcel({ sheets: [{ name: 'ตาราง', values, merges }] }, { host });
      const grid = await readGrid(excel.run);
      expect({ host, merges: grid.sheets[0].merges!.length }).toEqual({ host, merges: 1200 });
      expect(grid.sheets[0].merges).toEqual(expect.arrayContaining([{ top: 1200, left: 0, bottom: 1200, right: 1 }]));
    }
  });

  test('merged areas come only from the read holding their top-left cell: one crossing two pieces is read once', async () => {
    const values: CellValue[][] = [];
    for (let r = 0; r < 600; r++) values[r] = [`แถว ${r}`, r];
    const merges = [{ top: 199, left: 0, bottom: 201, right: 0 }, { top: 399, left: 0, bottom: 400, right: 1 }];
    const excel = createMemoryExcel({ sheets: [{ name: 'ตาราง', values, merges }] });
    const grid = await readGrid(excel.run);
    expect(grid.sheets[0].merges).toEqual(merges);
    // The in-memory Excel itself: a range starting inside a merged area does not answer it.
    const inside = await excel.run(async (context) => {
      const areas = context.workbook.worksheets.getItem('ตาราง').getRange('A201:B300').getMergedAreasOrNullObject().load('address');
      await context.sync();
      return areas.isNullObject;
    });
    expect(inside).toBe(true);
  });

  test('a write batch failing part-way keeps what it wrote before (no rollback): the cells are put back at once', async () => {
    const reference = createMemoryExcel(seedGrid());
    const before = cellMap(reference.toGrid());
    await recalcWorkbookDetailed(reference.run);
    const syncs = reference.stats.syncs;
    // The last sync writes the cells: fail it after its first commands ran.
    for (const after of [1, 2]) {
      const excel = createMemoryExcel(seedGrid());
      excel.failAtSync(syncs, 'GeneralException', after);
      await expect(recalcWorkbookDetailed(excel.run)).rejects.toMatchObject({ code: 'office-error' });
      expect({ after, changed: changedKeys(before, cellMap(excel.toGrid())) }).toEqual({ after, changed: [] });
    }
  });

  test('when putting the cells back fails too, the message says to press ย้อนกลับ, and ย้อนกลับ restores every cell', async () => {
    const reference = createMemoryExcel(seedGrid());
    const before = cellMap(reference.toGrid());
    await recalcWorkbookDetailed(reference.run);
    const syncs = reference.stats.syncs;
    const excel = createMemoryExcel(seedGrid());
    excel.failAtSync(syncs, 'GeneralException', 3);
    excel.failAtSync(syncs + 1, 'ServiceNotAvailable');
    await expect(recalcWorkbookDetailed(excel.run)).rejects.toMatchObject({
      code: 'partly-written',
      message: expect.stringContaining('ย้อนกลับ'),
    });
    expect(changedKeys(before, cellMap(excel.toGrid())).length).toBeGreaterThan(0);
    await restoreLastRun(excel.run);
    expect(changedKeys(before, cellMap(excel.toGrid()))).toEqual([]);
  });

  test('the summary is written under a new name and the old one removed only when the new one is complete', async () => {
    const excel = createMemoryExcel(seedGrid());
    const first = await summarizeWorkbook(excel.run);
    const summarySheet = () => excel.workbook.sheets.filter((s) => s.name.startsWith('สรุปผล'));
    const oldCells = JSON.stringify(summarySheet()[0].rows);
    // The second summary fails in its last writing sync (the one before the old sheet is removed): the first one
    // is still there, whole, and no half sheet is left.
    const probe = createMemoryExcel(seedGrid());
    await summarizeWorkbook(probe.run);
    const once = probe.stats.syncs;
    await summarizeWorkbook(probe.run);
    const second = probe.stats.syncs - once;
    excel.failAtSync(excel.stats.syncs + second - 1, 'GeneralException', 2);
    await expect(summarizeWorkbook(excel.run)).rejects.toBeTruthy();
    expect(summarySheet().map((s) => s.name)).toEqual([first.sheetName]);
    expect(JSON.stringify(summarySheet()[0].rows)).toBe(oldCells);
    // Tried again, it replaces the old one and takes its name.
    const again = await summarizeWorkbook(excel.run);
    expect(again.sheetName).toBe(first.sheetName);
    expect(summarySheet().map((s) => s.name)).toEqual([first.sheetName]);
  });

  test('deleting a sheet clears Excel’s undo stack: replacing a summary leaves nothing for Ctrl+Z, recalculating on the web does not', async () => {
    const excel = createMemoryExcel(seedGrid());
    await summarizeWorkbook(excel.run);
    await summarizeWorkbook(excel.run);
    expect(excel.engine.undoDepth).toBeLessThanOrEqual(2); // only what came after the delete
    const web = createMemoryExcel(seedGrid());
    await web.run(async (context) => {
      context.workbook.worksheets.getItem(web.workbook.sheets[0].name).getRange('Z1').values = [['ของผู้ใช้']];
      await context.sync();
    });
    await recalcWorkbookDetailed(web.run);
    while (web.undo());
    expect(web.value(web.workbook.sheets[0].name, 'Z1')).toBe('');
  });

  test('mergeUndoGroup is honoured only with ExcelApi 1.20 and a client that sends it (office-js 1.1.110 does not)', async () => {
    for (const [options, steps] of [
      [{ apiVersion: '1.20' }, 1],
      [{ apiVersion: '1.13' }, 2],
      [{ apiVersion: '1.20', clientSendsUndoGroup: false }, 2],
    ] as const) {
      const excel = createMemoryExcel(seedGrid(), options);
      await excel.run(
        async (context) => {
          const ws = context.workbook.worksheets.getItem(excel.workbook.sheets[0].name);
          ws.getRange('Z1').values = [['ก']];
          await context.sync();
          ws.getRange('Z2').values = [['ข']];
          await context.sync();
        },
        { mergeUndoGroup: true },
      );
      expect({ options, steps: excel.engine.undoDepth }).toEqual({ options, steps });
    }
  });

  test('a workbook whose structure is protected: the summary is refused with a Thai message, nothing added', async () => {
    const excel = createMemoryExcel(seedGrid());
    await recalcWorkbookDetailed(excel.run);
    excel.workbook.structureProtected = true;
    const sheets = excel.workbook.sheets.map((s) => s.name);
    await expect(summarizeWorkbook(excel.run)).rejects.toMatchObject({
      code: 'structure-protected',
      message: expect.stringContaining('ป้องกันเวิร์กบุ๊ก'),
    });
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(sheets);
    // A first recalculation there adds no sheet (the undo snapshot is a custom XML part): it runs, and ย้อนกลับ works.
    const fresh = createMemoryExcel(seedGrid());
    fresh.workbook.structureProtected = true;
    const before = cellMap(fresh.toGrid());
    const first = await recalcWorkbookDetailed(fresh.run);
    expect(first.applied.cells).toBeGreaterThan(0);
    expect(fresh.workbook.sheets.map((s) => s.name)).toEqual(seedGrid().sheets.map((s) => s.name));
    await restoreLastRun(fresh.run);
    expect(changedKeys(before, cellMap(fresh.toGrid()))).toEqual([]);
  });

  test('a structure protected while the summary is being made (after the read): the same Thai message, not "read-only"', async () => {
    const excel = createMemoryExcel(seedGrid());
    const sheets = excel.workbook.sheets.map((s) => s.name);
    // The user protects the structure once the recalculation's cells are in: the read saw it unprotected.
    const stop = excel.onChange(() => void (excel.workbook.structureProtected = true));
    await expect(summarizeWorkbook(excel.run)).rejects.toMatchObject({
      code: 'structure-protected',
      message: expect.stringContaining('ป้องกันเวิร์กบุ๊ก'),
    });
    stop();
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(sheets);
  });

  test('page layout and chart arguments are checked as @types/office-js declares them: the summary passes', async () => {
    const excel = createMemoryExcel(seedGrid());
    const outcome = await summarizeWorkbook(excel.run);
    const sheet = excel.workbook.sheets.find((s) => s.name === outcome.sheetName)!;
    expect(sheet.layout['pageLayout.zoom']).toEqual({ horizontalFitToPages: 1 });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem(outcome.sheetName).pageLayout.zoom = { verticalFitToPages: 0 };
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test('request and response limits per host: 5 MB on the web, none on Windows and Mac', async () => {
    const grid: Grid = bigGrid(6000);
    const web = createMemoryExcel(grid, { host: 'web' });
    const mac = createMemoryExcel(grid, { host: 'mac' });
    await recalcWorkbookDetailed(web.run);
    await recalcWorkbookDetailed(mac.run);
    expect(Math.max(...web.stats.requestBytes, ...web.stats.responseBytes)).toBeLessThan(5 * 1024 * 1024);
    expect(mac.engine.payloadLimit).toBe(Infinity);
    expect(cellMap(web.toGrid())).toEqual(cellMap(mac.toGrid()));
  });
});
