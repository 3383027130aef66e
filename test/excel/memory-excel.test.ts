/** The in-memory Excel keeps Office.js's rules, so tests on it mean something for the real Excel. */
import { createMemoryExcel } from '../../src/memory-excel';
import type { Grid } from '../../src/core/grid';

const grid = (): Grid => ({
  sheets: [
    {
      name: 'ตาราง',
      values: [
        ['ตัวชี้วัด', 'แผน', 'ผล'],
        ['ก', 10, 7],
      ],
      formats: [[], [undefined, '0.00']],
      fills: [[], [undefined, undefined, 'FFC7CE']],
      formulas: [[], [undefined, undefined, true]],
      merges: [{ top: 3, left: 0, bottom: 3, right: 2 }],
    },
    { name: 'อื่น', values: [], merges: [] },
  ],
});

describe('in-memory Excel', () => {
  test('a property read before load and sync throws, and is readable after', async () => {
    const excel = createMemoryExcel(grid());
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('ตาราง').getRange('A1:C2');
      expect(() => range.values).toThrow(/not available/);
      range.load('values');
      expect(() => range.values).toThrow(/not available/); // loaded only once synced
      await context.sync();
      expect(range.values).toEqual([
        ['ตัวชี้วัด', 'แผน', 'ผล'],
        ['ก', 10, 7],
      ]);
      expect(() => range.numberFormat).toThrow(/not available/);
    });
  });

  test('writes wait for sync; an unsynced write never reaches the workbook', async () => {
    const excel = createMemoryExcel(grid());
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('ตาราง').getRange('B2').values = [[99]];
      expect(excel.value('ตาราง', 'B2')).toBe(10);
      await context.sync();
      expect(excel.value('ตาราง', 'B2')).toBe(99);
      context.workbook.worksheets.getItem('ตาราง').getRange('B2').values = [[1]];
    });
    expect(excel.value('ตาราง', 'B2')).toBe(99);
  });

  test('a string that starts with = + - @ becomes a formula unless written with an apostrophe or into a Text cell', async () => {
    const excel = createMemoryExcel(grid());
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('อื่น');
      ws.getRange('A1:E1').values = [['=ก+1', "'=ก+1", '-', '+ข', '1,234']];
      ws.getRange('F1').numberFormat = [['@']];
      ws.getRange('F1').values = [['@ค']];
      await context.sync();
    });
    expect(excel.cell('อื่น', 'A1')?.formula).toBe('=ก+1');
    expect(excel.cell('อื่น', 'B1')).toMatchObject({ value: '=ก+1', quotePrefix: true });
    expect(excel.cell('อื่น', 'B1')?.formula).toBeUndefined();
    expect(excel.value('อื่น', 'C1')).toBe('-');
    expect(excel.cell('อื่น', 'D1')?.formula).toBe('=+ข');
    expect(excel.value('อื่น', 'E1')).toBe(1234);
    expect(excel.value('อื่น', 'F1')).toBe('@ค');
  });

  test('null in a values array leaves the cell alone; the array must match the range', async () => {
    const excel = createMemoryExcel(grid());
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('ตาราง');
      ws.getRange('A2:C2').values = [[null, null, 5]];
      await context.sync();
      ws.getRange('A2:C2').values = [[1, 2]];
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
    expect(excel.value('ตาราง', 'A2')).toBe('ก');
    expect(excel.value('ตาราง', 'C2')).toBe(5);
  });

  test('a failed batch applies nothing of itself, and counts its sync and request bytes', async () => {
    const excel = createMemoryExcel(grid());
    excel.failAtSync(2);
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('ตาราง');
      ws.getRange('B2').values = [[1]];
      await context.sync();
      ws.getRange('B2').values = [[2]];
      ws.getRange('C2').values = [[3]];
      await expect(context.sync()).rejects.toMatchObject({ code: 'GeneralException' });
    });
    expect(excel.value('ตาราง', 'B2')).toBe(1);
    expect(excel.value('ตาราง', 'C2')).toBe(7);
    expect(excel.stats.syncs).toBe(2);
    expect(excel.stats.requestBytes[1]).toBeGreaterThan(0);
  });

  test('a protected sheet refuses changes; a cell being edited fails every sync', async () => {
    const excel = createMemoryExcel(grid());
    excel.workbook.sheets[0].protected = true;
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('ตาราง').getRange('B2').values = [[1]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    excel.engine.cellEditMode = true;
    await expect(excel.run((context) => context.sync())).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
  });

  test('worksheets: items, getItemOrNullObject, add, delete; used range, merged areas, formula cells, fills', async () => {
    const excel = createMemoryExcel(grid());
    await excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      const missing = context.workbook.worksheets.getItemOrNullObject('ไม่มี');
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(['ตาราง', 'อื่น']);
      expect(missing.isNullObject).toBe(true);

      const used = context.workbook.worksheets.getItem('ตาราง').getUsedRange(true).load('address,rowCount,columnCount');
      const merged = used.getMergedAreasOrNullObject().load('address');
      const formulas = used.getSpecialCellsOrNullObject('Formulas').load('address');
      const fills = used.getCellProperties({ format: { fill: { color: true } } });
      const empty = context.workbook.worksheets.getItem('อื่น').getUsedRange(true).getMergedAreasOrNullObject();
      await context.sync();
      expect(used.address).toBe("'ตาราง'!A1:C2");
      expect(merged.isNullObject).toBe(true); // the merge on row 4 holds no value: outside the used range
      expect(formulas.address).toBe("'ตาราง'!C2");
      expect(fills.value[1][2]).toEqual({ format: { fill: { color: '#FFC7CE' } } });
      expect(fills.value[0][0]).toEqual({ format: { fill: { color: '#FFFFFF' } } });
      expect(empty.isNullObject).toBe(true);

      const added = context.workbook.worksheets.add('ใหม่');
      added.getRange('A1').values = [['x']];
      context.workbook.worksheets.getItem('อื่น').delete();
      await context.sync();
    });
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(['ตาราง', 'ใหม่']);
    expect(excel.value('ใหม่', 'A1')).toBe('x');
  });

  test('Ctrl+Z takes back one sync, or a whole Excel.run with mergeUndoGroup where ExcelApi 1.20 is there', async () => {
    const write = async (excel: ReturnType<typeof createMemoryExcel>) =>
      excel.run(
        async (context) => {
          const ws = context.workbook.worksheets.getItem('ตาราง');
          ws.getRange('B2').values = [[1]];
          await context.sync();
          ws.getRange('C2').values = [[2]];
          await context.sync();
        },
        { mergeUndoGroup: true },
      );
    const old = createMemoryExcel(grid());
    await write(old);
    old.undo();
    expect([old.value('ตาราง', 'B2'), old.value('ตาราง', 'C2')]).toEqual([1, 7]);

    const recent = createMemoryExcel(grid(), { apiVersion: '1.20' });
    await write(recent);
    recent.undo();
    expect([recent.value('ตาราง', 'B2'), recent.value('ตาราง', 'C2')]).toEqual([10, 7]);
  });
});
