/**
 * @jest-environment jsdom
 *
 * A bigger workbook through Office.js's own client (real-client.ts), with a small payload limit so every path of the
 * adapter runs: several cell syncs, reads refused as too large and read again in halves, fills probed by column and
 * read per cell (getCellProperties), number formats read after the cells, flags written as address lists
 * (getRanges), the summary in many syncs. The workbook must come out as when the adapter drives the fake directly.
 */
import { realClient, workbookState } from './real-client'; // first: real-officejs gives jsdom TextEncoder
import { mixedGrid } from '../../bench/generate';
import { createMemoryExcel } from '../../src/memory-excel';
import { restoreLastRun } from '../../src/excel/undo-snapshot';
import { recalcWorkbookDetailed, summarizeWorkbook } from '../../src/excel/workbook-actions';
import { cellMap, changedKeys } from './workbooks';

const LIMIT = 150_000;


test('2,000 rows of the four layouts, a 150 KB limit: recalc, undo and summary through the client as on the fake', async () => {
  const grid = mixedGrid(2_000);
  const direct = createMemoryExcel(grid, { host: 'web', payloadLimit: LIMIT });
  const excel = createMemoryExcel(grid, { host: 'web', payloadLimit: LIMIT });
  const client = realClient(excel, 'web');
  // The fourth sync (cells) refused as Excel refuses an answer over its limit, on both: read again in halves.
  for (const x of [direct, excel]) x.failAtSync(4, 'ResponsePayloadSizeLimitExceeded');
  const original = cellMap(excel.toGrid());

  const { report } = await client.during('recalc', () => recalcWorkbookDetailed(client.run));
  await recalcWorkbookDetailed(direct.run);
  expect(client.faults).toEqual([]);
  expect(report.indicators.length).toBeGreaterThan(1_000);
  expect(workbookState(excel)).toEqual(workbookState(direct));
  expect(client.trace.length).toBe(excel.stats.syncs);
  expect(client.trace.length).toBeGreaterThan(8);
  expect(client.trace.map((t) => t.failed).filter(Boolean)).toEqual(['ResponsePayloadSizeLimitExceeded']);

  await client.during('undo', () => restoreLastRun(client.run));
  await restoreLastRun(direct.run);
  expect(changedKeys(original, cellMap(excel.toGrid()))).toEqual([]);
  expect(workbookState(excel)).toEqual(workbookState(direct));

  await client.during('summary', () => summarizeWorkbook(client.run));
  await summarizeWorkbook(direct.run);
  expect(client.faults).toEqual([]);
  expect(workbookState(excel)).toEqual(workbookState(direct));
  // No request the client sent was over the limit (the fake counts its own estimate; this is the client's own).
  for (const t of client.trace) expect(t.requestBytes).toBeLessThan(LIMIT);
});
