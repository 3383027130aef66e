/**
 * @jest-environment jsdom
 *
 * The adapter's four actions through Office.js's own client (excel-web-16.00 from @microsoft/office-js, in jsdom),
 * the in-memory Excel answering the requests the client serialised (real-client.ts, real-client-interpreter.ts).
 * A call the client would not send as written (a method or property Excel's API does not have, an API set newer
 * than the host's) fails there or reaches the fake as something it refuses. Each action is also run on the fake
 * directly: the workbook must come out the same both ways, so nothing the adapter asked for was lost on the wire.
 * Per action, the requests the client sent and their sizes are written to out/real-client-trace.json.
 */
import { realClient, workbookState, type SyncTrace } from './real-client'; // first: real-officejs gives jsdom TextEncoder
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createMemoryExcel, type MemoryExcel } from '../../src/memory-excel';
import type { Host } from '../../src/memory-excel/rules';
import { readGrid } from '../../src/excel/read-grid';
import { restoreLastRun } from '../../src/excel/undo-snapshot';
import { recalcWorkbookDetailed, summarizeWorkbook } from '../../src/excel/workbook-actions';
import { STATUS_WORDS } from '../../src/core/words';
import { SEED_SHEETS } from '../fixtures/seed-workbook';
import { cellMap, changedKeys, seedGrid } from './workbooks';

const { table1, kpiForm, budget } = SEED_SHEETS;
const LIMIT = 4_000_000;
const traces: Record<string, SyncTrace[]> = {};


describe.each<Host>(['web', 'windows'])('the seed workbook through Office.js\'s client, Excel on %s', (host) => {
  const direct = createMemoryExcel(seedGrid(), { host });
  const excel = createMemoryExcel(seedGrid(), { host });
  const client = realClient(excel, host);
  const original = cellMap(excel.toGrid());

  /** Runs `action` on the fake directly and through the client; the syncs the client sent, one per adapter sync. */
  async function both<T>(name: string, action: (run: MemoryExcel['run']) => Promise<T>): Promise<T> {
    const syncsBefore = excel.stats.syncs;
    const sent = client.trace.length;
    await action(direct.run);
    const result = await client.during(name, () => action(client.run));
    expect(client.faults).toEqual([]);
    const mine = client.trace.slice(sent);
    traces[`${host}: ${name}`] = mine;
    expect(mine.length).toBe(excel.stats.syncs - syncsBefore);
    for (const t of mine) expect(t.requestBytes).toBeLessThan(LIMIT);
    expect(workbookState(excel)).toEqual(workbookState(direct));
    return result;
  }

  test('read: the grid Excel holds, as read on the fake directly', async () => {
    const read = await both('read', (run) => readGrid(run));
    expect(changedKeys(original, cellMap(read))).toEqual([]);
    expect(read.sheets.map((s) => s.name)).toEqual([table1, kpiForm, budget]);
  });

  test('คำนวณความก้าวหน้า: indicator 3 totals ๑๑๓ and ๘๐.๗๑, behind rows flagged, budget percentages', async () => {
    await both('recalc', (run) => recalcWorkbookDetailed(run));
    expect(excel.value(table1, 'H9')).toBe('๑๑๓');
    expect(excel.value(table1, 'I9')).toBe(`๘๐.๗๑ ${STATUS_WORDS.ahead}`);
    expect(excel.value(kpiForm, 'E13')).toBe('๑๑๓');
    expect(excel.value(kpiForm, 'F13')).toBe(`๔๒ (${STATUS_WORDS.ahead})`);
    expect(excel.cell(kpiForm, 'E11')?.style?.fill).toBe('FFC7CE');
    expect(excel.value(budget, 'L6')).toBe(38.53);
    expect(excel.cell(budget, 'L6')?.style?.fill).toBe('FFC7CE');
  });

  test('ย้อนกลับ: every cell back as it was', async () => {
    await both('undo', (run) => restoreLastRun(run));
    expect(changedKeys(original, cellMap(excel.toGrid()))).toEqual([]);
  });

  test('สร้างสรุปผล: the summary sheet written, the figures recalculated', async () => {
    const outcome = await both('summary', (run) => summarizeWorkbook(run));
    expect(excel.value(table1, 'H9')).toBe('๑๑๓');
    const summary = excel.toGrid().sheets.find((s) => s.name === outcome.sheetName);
    expect(summary).toBeDefined();
    const text = summary!.values.flat().filter((v) => typeof v === 'string').join(' ');
    // What an officer reads first: the count of indicators, indicator 3's percent, the budget's overall figure.
    for (const words of ['ตัวชี้วัดทั้งหมด ๑๘ ตัวชี้วัด', 'คิดเป็นร้อยละ ๘๐.๗๑ ของเป้าหมายการดำเนินงาน', 'คิดเป็นร้อยละ ๔๙.๖๐ ของงบประมาณที่ได้รับ']) {
      expect([words, text.includes(words)]).toEqual([words, true]);
    }
  });
});

afterAll(() => {
  const out = path.resolve(__dirname, '../../out');
  mkdirSync(out, { recursive: true });
  const perAction = Object.fromEntries(
    Object.entries(traces).map(([k, t]) => [
      k,
      { requests: t.length, requestBytes: t.map((s) => s.requestBytes), responseBytes: t.map((s) => s.responseBytes), failed: t.filter((s) => s.failed).map((s) => s.failed) },
    ]),
  );
  writeFileSync(path.join(out, 'real-client-trace.json'), `${JSON.stringify(perAction, null, 1)}\n`);
});

describe('what the wire refuses', () => {
  test('an API newer than the host supports is refused by the client before it is sent (ApiNotFound)', async () => {
    const excel = createMemoryExcel(seedGrid(), { apiVersion: '1.12' });
    const client = realClient(excel, 'web');
    const sent = client.trace.length;
    const merged = client.run(async (context) => {
      context.workbook.worksheets.getItem(table1).getRange('A1:C3').getMergedAreasOrNullObject().load('address'); // ExcelApi 1.13
      await context.sync();
    });
    await expect(merged).rejects.toMatchObject({ code: 'ApiNotFound' });
    expect(client.trace.length).toBe(sent);
  });

  test('a property Excel has but the in-memory Excel does not model fails the sync, and is listed', async () => {
    const excel = createMemoryExcel(seedGrid());
    const client = realClient(excel, 'web');
    const indent = client.run(async (context) => {
      context.workbook.worksheets.getItem(table1).getRange('A1').format.indentLevel = 1; // modelled
      context.workbook.worksheets.getItem(table1).getRange('A1').format.textOrientation = 90; // not modelled
      await context.sync();
    });
    await expect(indent).rejects.toMatchObject({ code: 'WireFault' });
    expect(client.faults).toEqual(['RangeFormat.textOrientation = …: no such settable property in the in-memory Excel']);
    expect(excel.cell(table1, 'A1')?.style?.indentLevel).toBeUndefined(); // nothing of the refused request was run
  });
});
