/**
 * Protected sheets in the add-in, as the command line treats them: the cells the user unlocked are written, the
 * locked ones are left and named in a warning (Thai first), the run goes on. And the in-memory Excel refuses what
 * Excel refuses on a protected sheet (src/memory-excel/rules.ts checkProtection).
 */
import type { Report, Warning } from '../../src/core/types';
import { warningMessage } from '../../src/core/warning-messages';
import { STATUS_WORDS } from '../../src/core/words';
import { applyEdits } from '../../src/excel/apply-edits';
import { ExcelActionError } from '../../src/excel/errors';
import { readGrid } from '../../src/excel/read-grid';
import { restoreLastRun } from '../../src/excel/undo-snapshot';
import { recalcWorkbookDetailed } from '../../src/excel/workbook-actions';
import { createMemoryExcel, type MemoryExcel } from '../../src/memory-excel';
import { SEED_SHEETS } from '../fixtures/seed-workbook';
import { WRITE_BUDGET } from '../../src/core/office-plan/payload';
import { bigGrid, cellMap, changedKeys, seedGrid } from './workbooks';

const { table1, kpiForm, budget } = SEED_SHEETS;

/** As a user does it: Format Cells > Protection > Locked cleared on `unlocked`, then Review > Protect Sheet. */
export async function protectSheet(excel: MemoryExcel, sheet: string, unlocked: string[], options: Excel.WorksheetProtectionOptions = {}): Promise<void> {
  await excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    for (const address of unlocked) ws.getRange(address).format.protection.locked = false;
    ws.protection.protect(options);
    await context.sync();
  });
}

/** The seed with ตารางที่ ๑'s totals and percentages of indicators 1 to 3 emptied (H5:I5, H7:I7, H9:I9): the run writes them. */
function seedWithEmptyOutputs() {
  const grid = seedGrid();
  const sheet = grid.sheets.find((s) => s.name === table1)!;
  for (const row of [4, 6, 8]) for (const col of [7, 8]) sheet.values[row][col] = null;
  return grid;
}

const warningsOf = (report: Report, code: string) => report.warnings.filter((w): w is Warning & { args: { cells: string } } => w.code === code);

describe('คำนวณความก้าวหน้า on a protected sheet', () => {
  // Fails against the adapter before protected sheets were read: the run stopped with 'sheet-protected'.
  test('unlocked output cells get their figures, locked ones stay as they were and are named, Thai first', async () => {
    const excel = createMemoryExcel(seedWithEmptyOutputs());
    await protectSheet(excel, table1, ['H9:I9']);
    await protectSheet(excel, kpiForm, ['F13']);
    const { report } = await recalcWorkbookDetailed(excel.run);

    expect(excel.value(table1, 'H9')).toBe('๑๑๓');
    expect(excel.value(table1, 'I9')).toBe('๘๐.๗๑');
    for (const locked of ['H5', 'I5', 'H7', 'I7']) expect([locked, excel.value(table1, locked)]).toEqual([locked, '']);
    expect(excel.value(kpiForm, 'F13')).toBe(`๔๒ (${STATUS_WORDS.ahead})`);
    expect(excel.value(kpiForm, 'G13')).toBe('๗๑ (ต่ำกว่ากว่าแผน)'); // locked: as typed
    expect(excel.cell(kpiForm, 'E11')?.style?.fill).toBeUndefined(); // e-service's flag: its cell is locked
    expect(excel.cell(budget, 'L6')?.style?.fill).toBe('FFC7CE'); // an unprotected sheet, written as ever

    const locked = warningsOf(report, 'protected-sheet');
    expect(locked.map((w) => [w.sheet, w.args.cells])).toEqual([
      [table1, 'H5, I5, H7, I7'],
      [kpiForm, 'E11, G13'],
    ]);
    const th = warningMessage(locked[1], 'th', 'thai');
    expect(th).toBe('แผ่นงานนี้ถูกป้องกัน: ไม่ได้เขียนเซลล์ E11, G13 (ปลดล็อกเซลล์หรือยกเลิกการป้องกันแผ่นงาน แล้วคำนวณอีกครั้ง)');
    expect(warningMessage(locked[1], 'en', 'arabic')).toContain('cells E11, G13 were not written');
  });

  test('a protection that does not allow formatting: the value goes in, the flag fill does not, and the cell is named', async () => {
    const excel = createMemoryExcel(seedGrid());
    const before = excel.value(budget, 'L6');
    await protectSheet(excel, budget, ['L6:L9', 'X6:X9']);
    const { report } = await recalcWorkbookDetailed(excel.run);
    expect(excel.value(budget, 'L6')).toBe(before);
    expect(excel.cell(budget, 'L6')?.style?.fill).toBeUndefined();
    const [unformatted] = warningsOf(report, 'protected-formats');
    expect(unformatted).toMatchObject({ sheet: budget, args: { cells: 'L6, X6, L7, X7, L8, X8, L9, X9' } });
    expect(warningMessage(unformatted, 'th', 'thai')).toContain('จัดรูปแบบเซลล์');
    expect(warningsOf(report, 'protected-sheet')).toEqual([]);
  });

  test('protected with "Format cells" allowed: unlocked cells take their flag too; ย้อนกลับ puts every cell back', async () => {
    const excel = createMemoryExcel(seedGrid());
    const original = cellMap(excel.toGrid());
    await protectSheet(excel, kpiForm, ['E11', 'F13:G13'], { allowFormatCells: true });
    const { report } = await recalcWorkbookDetailed(excel.run);
    expect(excel.cell(kpiForm, 'E11')?.style?.fill).toBe('FFC7CE');
    expect(excel.value(kpiForm, 'G13')).toBe(`๗๑ (${STATUS_WORDS.ahead})`);
    expect(report.warnings.filter((w) => w.code.startsWith('protected'))).toEqual([]);

    await restoreLastRun(excel.run);
    expect(changedKeys(original, cellMap(excel.toGrid()))).toEqual([]);
    expect(excel.workbook.sheets.find((s) => s.name === kpiForm)!.protected).toBe(true);
  });

  test('the read: a protected sheet is marked with its unlocked output cells; an unprotected workbook costs no extra sync', async () => {
    const plain = createMemoryExcel(seedGrid(), { host: 'windows' });
    await readGrid(plain.run);
    // 1 sync for the sheets, 1 for the used ranges, 1 for the cells (the count before protected sheets were read).
    expect(plain.stats.syncs).toBe(3);

    const excel = createMemoryExcel(seedWithEmptyOutputs(), { host: 'windows' });
    await protectSheet(excel, table1, ['H9:I9', 'C9']);
    excel.resetStats();
    const grid = await readGrid(excel.run);
    const sheet = grid.sheets.find((s) => s.name === table1)!;
    expect(sheet).toMatchObject({ protected: true, formatsLocked: true });
    const unlocked = sheet.unlocked!.flatMap((row, r) => (row ?? []).flatMap((u, c) => (u ? [`${r},${c}`] : [])));
    expect(unlocked).toEqual(['8,7', '8,8']); // H9, I9; C9 is not an output cell: its lock is not read
    expect(grid.sheets.find((s) => s.name === kpiForm)!.protected).toBeUndefined();
    // The locks: one sync of probes, one for the output columns whose cells differ (H and I unlocked in row 9 only).
    expect(excel.stats.syncs).toBe(5);
  });
});

/**
 * ตารางที่ ๑ grown to `rows` rows, protected, its total and percent cells (H, I) unlocked on every ผล row but each
 * tenth indicator's: the output columns are mixed, so their locks are read cell by cell.
 */
function protectedBig(rows: number) {
  const grid = bigGrid(rows);
  const sheet = grid.sheets[0];
  sheet.protected = true;
  sheet.unlocked = [];
  for (let r = 4, n = 1; r < rows; r += 2, n++) if (n % 10 !== 0) sheet.unlocked[r] = [, , , , , , , true, true];
  return grid;
}

describe('a big protected sheet', () => {
  test('on Windows and Mac as many syncs for 10,000 rows as for 1,000; the locked tenth named', async () => {
    const run = async (rows: number) => {
      const excel = createMemoryExcel(protectedBig(rows), { host: 'windows' });
      const { report } = await recalcWorkbookDetailed(excel.run);
      return { excel, report, syncs: excel.stats.syncs };
    };
    const small = await run(1_000);
    const large = await run(10_000);
    expect(large.syncs).toBe(small.syncs);
    expect(large.excel.value(table1, 'H5')).toBe('๑๑๓');
    expect(large.excel.value(table1, 'H23')).toBe(''); // the tenth indicator's ผล row: locked
    const [named] = warningsOf(large.report, 'protected-sheet');
    expect(named.args.cells).toMatch(/^H23, I23, H43, I43, .* … \(\+\d+\)$/);
  }, 60_000);

  test('on the web no request or response passes the budget', async () => {
    const excel = createMemoryExcel(protectedBig(10_000));
    await recalcWorkbookDetailed(excel.run);
    expect(excel.value(table1, 'I5')).not.toBe('');
    expect(Math.max(...excel.stats.requestBytes, ...excel.stats.responseBytes)).toBeLessThanOrEqual(WRITE_BUDGET);
  }, 60_000);
});

describe('what Excel still refuses on a protected sheet', () => {
  const small = () => ({
    sheets: [{ name: 'ผล', values: [['ชื่อ', 'ค่า'], ['ก', 10], ['ข', 20]], merges: [], protected: true, unlocked: [[], [, true], [, true]] }],
  });

  test('an edit to a cell the read found locked is refused before anything is written, naming the sheet', async () => {
    const excel = createMemoryExcel(small());
    const locked = { ...small(), sheets: [{ ...small().sheets[0], unlocked: [] }] };
    const error = await applyEdits(excel.run, [{ sheet: 'ผล', row: 1, col: 1, reason: 'total', value: 11 }], locked).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'sheet-protected' });
    expect((error as ExcelActionError).message).toContain('แผ่นงาน ผล ถูกป้องกันไว้');
    expect(excel.workbook.customXmlParts).toEqual([]); // not even the snapshot
  });

  test('a cell locked since the read: Excel refuses the write, the message names the sheet and says what to do', async () => {
    const excel = createMemoryExcel(small());
    delete excel.cell('ผล', 'B3')!.style; // locked again after the read
    const edits = [
      { sheet: 'ผล', row: 1, col: 1, reason: 'total' as const, value: 11 },
      { sheet: 'ผล', row: 2, col: 1, reason: 'total' as const, value: 21 },
    ];
    const error = await applyEdits(excel.run, edits, small()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelActionError);
    expect(error).toMatchObject({ code: 'sheet-protected', officeCode: 'AccessDenied' });
    expect((error as ExcelActionError).message).toContain('ปลดล็อกเซลล์ผลลัพธ์ หรือยกเลิกการป้องกัน');
    expect((error as ExcelActionError).english).toContain('unprotect the sheet');
    expect([excel.value('ผล', 'B2'), excel.value('ผล', 'B3')]).toEqual([10, 20]);
  });
});

describe('the in-memory Excel protects a sheet as Excel does', () => {
  const grid = () => ({ sheets: [{ name: 'ผล', values: [['ชื่อ', 'ค่า'], ['ก', 10], ['ข', 20]], merges: [] }] });

  test('a locked cell refuses a value (AccessDenied), the commands before it in the batch stay; an unlocked cell takes one', async () => {
    const excel = createMemoryExcel(grid());
    await protectSheet(excel, 'ผล', ['B2']);
    const refused = excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('ผล');
      ws.getRange('B2').values = [[11]];
      ws.getRange('B3').values = [[21]];
      await context.sync();
    });
    await expect(refused).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(excel.value('ผล', 'B2')).toBe(11); // before the failing command: kept, as Excel keeps it
    expect(excel.value('ผล', 'B3')).toBe(20);
  });

  test('a values array whose nulls fall on locked cells is refused too (the stricter reading)', async () => {
    const excel = createMemoryExcel(grid());
    await protectSheet(excel, 'ผล', ['B2']);
    const write = excel.run(async (context) => {
      context.workbook.worksheets.getItem('ผล').getRange('B2:B3').values = [[11], [null]];
      await context.sync();
    });
    await expect(write).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(excel.value('ผล', 'B2')).toBe(10);
  });

  test('formats are refused even on an unlocked cell unless protected with allowFormatCells; the lock reads null when mixed', async () => {
    const excel = createMemoryExcel(grid());
    await protectSheet(excel, 'ผล', ['B2']);
    const fill = () =>
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('ผล').getRange('B2').format.fill.color = '#FFC7CE';
        await context.sync();
      });
    await expect(fill()).rejects.toMatchObject({ code: 'AccessDenied' });
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('ผล');
      const mixed = ws.getRange('B2:B3').format.protection.load('locked');
      const one = ws.getRange('B2').format.protection.load('locked');
      const props = ws.getRange('B2:B3').getCellProperties({ format: { protection: true } });
      const options = ws.protection.load('options,protected');
      await context.sync();
      expect([mixed.locked, one.locked]).toEqual([null, false]);
      expect(props.value.map((r) => r[0].format?.protection?.locked)).toEqual([false, true]);
      expect(options.protected).toBe(true);
      expect(options.options.allowFormatCells).toBe(false);
      // protect() on a protected sheet fails; unprotect() then protect() with "Format cells" allowed.
      ws.protection.protect();
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
      ws.protection.unprotect();
      ws.protection.protect({ allowFormatCells: true }, 'รหัส');
      await context.sync();
    });
    await fill();
    expect(excel.cell('ผล', 'B2')?.style?.fill).toBe('FFC7CE');
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('ผล').protection.unprotect('ผิด');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});
