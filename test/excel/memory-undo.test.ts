/**
 * Rollback and Ctrl+Z in the in-memory Excel, which copies only the sheets a sync changes: a failed batch leaves
 * every sheet as it was, and undo takes back each sync (or each merged Excel.run) sheet by sheet, in any order
 * of sheets, deleted and added sheets included.
 */
import { createMemoryExcel, type MemoryExcel } from '../../src/memory-excel';
import type { Grid } from '../../src/core/grid';

const grid = (): Grid => ({
  sheets: [
    { name: 'ตาราง', values: [['ตัวชี้วัด', 'แผน', 'ผล'], ['ก', 10, 7]], merges: [] },
    { name: 'งบ', values: [['แผนงาน', 'ได้รับ'], ['ข', 5]], merges: [] },
    { name: 'บันทึก', values: [['หมายเหตุ']], merges: [] },
  ],
});

/** Everything the workbook holds, to compare whole states. */
const state = (excel: MemoryExcel) => JSON.stringify(excel.workbook);

/** One Excel.run: each function's writes then a sync. */
const syncs = (excel: MemoryExcel, steps: ((ws: (name: string) => Excel.Worksheet, context: Excel.RequestContext) => void)[], merge = false) =>
  excel.run(
    async (context) => {
      const ws = (name: string) => context.workbook.worksheets.getItem(name);
      for (const step of steps) {
        step(ws, context);
        await context.sync();
      }
    },
    merge ? { mergeUndoGroup: true } : undefined,
  );

describe('a failed batch', () => {
  test('after changing two sheets, both are as they were', async () => {
    const excel = createMemoryExcel(grid());
    const before = state(excel);
    excel.failAtSync(1);
    await expect(
      syncs(excel, [
        (ws) => {
          ws('ตาราง').getRange('C2').values = [[99]];
          ws('ตาราง').getRange('A5:B5').merge();
          ws('งบ').getRange('B2').values = [[6]];
          ws('งบ').getRange('B2').format.fill.color = '#FFC7CE';
          ws('งบ').name = 'งบประมาณ';
        },
      ]),
    ).rejects.toMatchObject({ code: 'GeneralException' });
    expect(state(excel)).toBe(before);
  });

  test('failing on its last command, after changes to two sheets, leaves both untouched', async () => {
    const excel = createMemoryExcel(grid());
    const before = state(excel);
    await expect(
      syncs(excel, [
        (ws) => {
          ws('ตาราง').getRange('C2').values = [[99]];
          ws('งบ').getRange('B2').values = [[6]];
          ws('ไม่มีแผ่นนี้').getRange('A1').values = [[1]];
        },
      ]),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect(state(excel)).toBe(before);
    expect(excel.value('ตาราง', 'C2')).toBe(7);
    expect(excel.value('งบ', 'B2')).toBe(5);
  });

  test('that added a sheet and deleted another takes both back, the names too', async () => {
    const excel = createMemoryExcel(grid());
    await syncs(excel, [(_ws, context) => void context.workbook.names.add('ที่บันทึก', "='บันทึก'!$A$1")]);
    const before = state(excel);
    await expect(
      syncs(excel, [
        (ws, context) => {
          context.workbook.worksheets.add('ใหม่').getRange('A1').values = [['x']];
          ws('บันทึก').delete();
          ws('ตาราง').getRange('A1').values = [['y']];
          ws('ไม่มีแผ่นนี้').delete();
        },
      ]),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect(state(excel)).toBe(before);
    expect(excel.workbook.names[0].formula).toBe("='บันทึก'!$A$1");
  });

  test('in a merged run takes back its own sync only; Ctrl+Z then takes back the whole run', async () => {
    const excel = createMemoryExcel(grid(), { apiVersion: '1.20' });
    const before = state(excel);
    await excel.run(
      async (context) => {
        const ws = (name: string) => context.workbook.worksheets.getItem(name);
        ws('ตาราง').getRange('C2').values = [[1]];
        await context.sync();
        ws('งบ').getRange('B2').values = [[2]];
        ws('ไม่มีแผ่นนี้').getRange('A1').values = [[0]];
        await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
        expect(excel.value('งบ', 'B2')).toBe(5);
        ws('งบ').getRange('A2').values = [[3]];
        await context.sync();
      },
      { mergeUndoGroup: true },
    );
    expect([excel.value('ตาราง', 'C2'), excel.value('งบ', 'A2'), excel.value('งบ', 'B2')]).toEqual([1, 3, 5]);
    expect(excel.undo()).toBe(true);
    expect(state(excel)).toBe(before);
    expect(excel.undo()).toBe(false);
  });
});

describe('Ctrl+Z', () => {
  test('after two syncs on different sheets takes back one sheet, then the other', async () => {
    const excel = createMemoryExcel(grid());
    const before = state(excel);
    await syncs(excel, [(ws) => void (ws('ตาราง').getRange('C2').values = [[8]])]);
    const afterFirst = state(excel);
    await syncs(excel, [(ws) => void (ws('งบ').getRange('B2').values = [[6]])]);
    expect(excel.undo()).toBe(true);
    expect(state(excel)).toBe(afterFirst);
    expect([excel.value('ตาราง', 'C2'), excel.value('งบ', 'B2')]).toEqual([8, 5]);
    expect(excel.undo()).toBe(true);
    expect(state(excel)).toBe(before);
  });

  test('a sheet changed by several syncs comes back as it was before each, step by step', async () => {
    const excel = createMemoryExcel(grid());
    const states = [state(excel)];
    const writes: ((ws: (name: string) => Excel.Worksheet) => void)[] = [
      (ws) => void (ws('ตาราง').getRange('C2').values = [[1]]),
      (ws) => void (ws('งบ').getRange('B2').values = [[2]]),
      (ws) => void (ws('ตาราง').getRange('C2').values = [[3]]),
      (ws) => void (ws('ตาราง').getRange('B2').format.fill.color = '#FFFF00'),
      (ws) => void (ws('งบ').getRange('A1:B1').merge()),
      (ws) => void (ws('ตาราง').getRange('A100:B101').values = [['ใหม่', 1], ['แถว', 2]]),
      (ws) => void (ws('ตาราง').getRange().format.font.name = 'TH SarabunPSK'),
      (ws) => void (ws('งบ').getRange('B:B').format.columnWidth = 80),
      (ws) => ws('ตาราง').getRange('A1:C101').clear(),
      (ws) => void (ws('งบ').getRange('A3').values = [['ค']]),
    ];
    for (const write of writes) {
      await syncs(excel, [write]);
      states.push(state(excel));
    }
    for (let i = writes.length - 1; i >= 0; i--) {
      expect(excel.undo()).toBe(true);
      expect(state(excel)).toBe(states[i]);
    }
    expect(excel.undo()).toBe(false);
  });

  test('after undoing, new changes and their undo do not disturb what is left to undo', async () => {
    const excel = createMemoryExcel(grid());
    const before = state(excel);
    await syncs(excel, [(ws) => void (ws('ตาราง').getRange('C2').values = [[1]])]);
    const afterFirst = state(excel);
    await syncs(excel, [(ws) => void (ws('ตาราง').getRange('C2').values = [[2]])]);
    excel.undo();
    // The sheet restored from the copy is changed again in place: the first record must not see it.
    await syncs(excel, [(ws) => void (ws('ตาราง').getRange('A2').values = [['ค']])]);
    excel.undo();
    expect(state(excel)).toBe(afterFirst);
    excel.undo();
    expect(state(excel)).toBe(before);
  });

  test('a deleted sheet comes back with its cells, and an added one goes away', async () => {
    const excel = createMemoryExcel(grid());
    const before = state(excel);
    await syncs(excel, [(ws) => ws('งบ').delete()]);
    const afterDelete = state(excel);
    await syncs(excel, [
      (_ws, context) => {
        const added = context.workbook.worksheets.add('ใหม่');
        added.getRange('A1').values = [['x']];
        added.position = 0;
      },
    ]);
    await syncs(excel, [(ws) => void (ws('ใหม่').getRange('A2').values = [['z']])]);
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(['ใหม่', 'ตาราง', 'บันทึก']);
    excel.undo();
    excel.undo();
    expect(state(excel)).toBe(afterDelete);
    excel.undo();
    expect(state(excel)).toBe(before);
    expect(excel.value('งบ', 'B2')).toBe(5);
  });

  test('a merged Excel.run over two sheets is one step; without ExcelApi 1.20 each sync is one', async () => {
    const run = (excel: MemoryExcel) =>
      syncs(
        excel,
        [
          (ws) => void (ws('ตาราง').getRange('C2').values = [[1]]),
          (ws) => void (ws('งบ').getRange('B2').values = [[2]]),
          (ws) => void (ws('ตาราง').getRange('C2').values = [[3]]),
          (ws) => ws('บันทึก').delete(),
        ],
        true,
      );
    const recent = createMemoryExcel(grid(), { apiVersion: '1.20' });
    const before = state(recent);
    await run(recent);
    expect(recent.undo()).toBe(true);
    expect(state(recent)).toBe(before);
    expect(recent.undo()).toBe(false);

    const old = createMemoryExcel(grid());
    await run(old);
    old.undo();
    expect(old.workbook.sheets.map((s) => s.name)).toEqual(['ตาราง', 'งบ', 'บันทึก']);
    expect([old.value('ตาราง', 'C2'), old.value('งบ', 'B2')]).toEqual([3, 2]);
    old.undo();
    expect(old.value('ตาราง', 'C2')).toBe(1);
  });
});
