/**
 * @jest-environment jsdom
 *
 * Request bytes held to Office.js's own serializer (test/excel/real-officejs.ts): Excel on the web refuses a request
 * over 5 MB, and our syncs are packed under 4,000,000 bytes by estimate. An estimate short of what Office.js really
 * sends would let a sync through that the web refuses: each object a command reaches (a range, its format, fill,
 * font, borders, each border edge) is sent with its path, so styling costs two to four times its values' JSON.
 * The in-memory Excel's count, which the other tests and the bench report, is held to the same figures.
 */
import { realContext } from './real-officejs'; // first: it gives jsdom the TextEncoder the adapters count with
import { mixedGrid } from '../../bench/generate';
import { recalculate } from '../../src/core/engine';
import type { Grid } from '../../src/core/grid';
import { renderSummary } from '../../src/core/summary/render-summary';
import { changesOf } from '../../src/excel/apply-edits';
import { packWrites, planWrites, queueWrites, writeOpBytes } from '../../src/excel/cell-writes';
import { createMemoryExcel } from '../../src/memory-excel';
import { WRITE_BUDGET } from '../../src/core/office-plan/payload';
import { summaryBatches } from '../../src/excel/write-sheet-spec';

const THAI = 'ร้อยละของผู้รับบริการที่พึงพอใจ ๘๐';
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const;

/** Batches of the commands our adapters send, 1,000 of a kind. */
const BATCHES: [string, (ws: Excel.Worksheet) => void][] = [
  ['fill colours', (ws) => {
    for (let i = 0; i < 1000; i++) ws.getRangeByIndexes(i, 0, 1, 7).format.fill.color = '#FFC7CE';
  }],
  ['five format settings a range', (ws) => {
    for (let i = 0; i < 1000; i++) {
      const f = ws.getRangeByIndexes(i, 0, 1, 7).format;
      f.font.bold = true;
      f.font.color = '#9C0006';
      f.fill.color = '#FFC7CE';
      f.horizontalAlignment = 'Center';
      f.wrapText = true;
    }
  }],
  ['six border edges a range', (ws) => {
    for (let i = 0; i < 1000; i++) {
      const r = ws.getRangeByIndexes(i, 0, 2, 7);
      for (const e of EDGES) r.format.borders.getItem(e).style = 'Continuous';
    }
  }],
  ['merges', (ws) => {
    for (let i = 0; i < 1000; i++) ws.getRangeByIndexes(i, 0, 1, 7).merge(true);
  }],
  ['row heights', (ws) => {
    for (let i = 0; i < 1000; i++) ws.getRangeByIndexes(i, 0, 1, 7).format.rowHeight = 24;
  }],
  ['Thai values, 1,000 × 7', (ws) => {
    ws.getRangeByIndexes(0, 0, 1000, 7).values = Array.from({ length: 1000 }, (_, r) =>
      Array.from({ length: 7 }, (_, c) => ((r + c) % 4 === 3 ? '' : `${THAI} ${r}.${c}`)),
    );
  }],
  ['number formats, 1,000 × 7', (ws) => {
    ws.getRangeByIndexes(0, 0, 1000, 7).numberFormat = Array.from({ length: 1000 }, (_, r) =>
      Array.from({ length: 7 }, (_, c) => (c === 0 || (r + c) % 5 === 0 ? 'General' : '[$-D01041E]#,##0.00')),
    );
  }],
  ['loads of values', (ws) => {
    for (let i = 0; i < 1000; i++) ws.getRangeByIndexes(i, 0, 1, 7).load('values');
  }],
];

const SHEET1: Grid = { sheets: [{ name: 'Sheet1', values: [['']], merges: [] }] };

async function memoryBytes(queue: (ws: Excel.Worksheet) => void): Promise<number> {
  const excel = createMemoryExcel(SHEET1);
  await excel.run(async (context) => {
    queue(context.workbook.worksheets.getItem('Sheet1'));
    await context.sync();
  });
  return excel.stats.requestBytes[excel.stats.requestBytes.length - 1];
}

describe('the in-memory Excel counts a request as Office.js writes it', () => {
  test.each(BATCHES)('%s: within 20 %% of Office.js, never under it by more than 5 %%', async (_name, queue) => {
    const real = realContext();
    queue(real.sheet);
    const office = await real.syncBytes();
    const memory = await memoryBytes(queue);
    expect(memory).toBeGreaterThanOrEqual(office * 0.95);
    expect(memory).toBeLessThanOrEqual(office * 1.2);
  });
});

describe('every sync, as Office.js sends it, stays under 4,000,000 bytes and within our estimate', () => {
  const grid = mixedGrid(2_000);
  const { report, edits } = recalculate(grid);

  test('สร้างสรุปผล: the summary sheet of 1,500 indicators', async () => {
    const spec = renderSummary(report);
    // A small budget, so a 2,000-row summary takes many syncs of each kind of band (table rows, paragraphs).
    const budget = 250_000;
    const batches = summaryBatches(spec, budget);
    expect(batches.length).toBeGreaterThan(10);
    const real = realContext();
    for (const batch of batches) {
      for (const step of batch) step.queue(real.sheet);
      const sent = await real.syncBytes();
      const estimate = batch.reduce((n, step) => n + step.bytes, 0);
      expect(sent).toBeLessThanOrEqual(estimate + 1_000); // the request's own envelope
      expect(sent).toBeLessThanOrEqual(budget);
    }
  });

  test('คำนวณความก้าวหน้า: the output cells, their formats and the behind-plan fills', async () => {
    const { changes } = changesOf(edits, grid);
    const ops = planWrites(changes);
    expect(ops.some((op) => op.kind === 'fill')).toBe(true);
    const batches = packWrites(ops, 30_000);
    expect(batches.length).toBeGreaterThan(3);
    const real = realContext();
    for (const batch of batches) {
      queueWrites(real.context, batch);
      const sent = await real.syncBytes();
      expect(sent).toBeLessThanOrEqual(batch.reduce((n, op) => n + writeOpBytes(op), 0) + 1_000);
      expect(sent).toBeLessThanOrEqual(WRITE_BUDGET);
    }
  });
});
