/**
 * คำนวณความก้าวหน้า's round trips as the workbook grows (issue 5): on Excel for Windows and Mac (no payload limit)
 * the syncs are the same for 2,000 and 20,000 indicator rows; on Excel on the web no request and no response
 * passes the 4,000,000-byte budget, and the syncs grow with the data's bytes, never one per row.
 */
import { createMemoryExcel } from '../../src/memory-excel';
import { recalcWorkbook } from '../../src/excel/workbook-actions';
import { WRITE_BUDGET } from '../../src/core/office-plan/payload';
import { mixedGrid } from '../../bench/generate';

const max = (xs: number[]) => xs.reduce((a, b) => (b > a ? b : a), 0);

async function recalcStats(rows: number, payloadLimit?: number) {
  const excel = createMemoryExcel(mixedGrid(rows), payloadLimit === undefined ? {} : { payloadLimit });
  const report = await recalcWorkbook(excel.run, {});
  return { report, stats: excel.stats };
}

test('on Excel for Windows and Mac a recalculation takes as many syncs for 20,000 rows as for 2,000', async () => {
  const small = await recalcStats(2_000, Infinity);
  const large = await recalcStats(20_000, Infinity);
  expect(large.report.indicators.length).toBeGreaterThan(small.report.indicators.length * 9);
  expect(large.stats.syncs).toBe(small.stats.syncs);
}, 120_000);

test('on Excel on the web no request or response of a 20,000-row recalculation passes 4,000,000 bytes', async () => {
  const { report, stats } = await recalcStats(20_000);
  expect(report.indicators.length).toBeGreaterThan(10_000);
  expect(max(stats.requestBytes)).toBeLessThanOrEqual(WRITE_BUDGET);
  expect(max(stats.responseBytes)).toBeLessThanOrEqual(WRITE_BUDGET);
  // Grows with the bytes (about 4 MB a sync), not with the rows: far fewer syncs than thousands of indicators.
  const bytes = [...stats.requestBytes, ...stats.responseBytes].reduce((a, b) => a + b, 0);
  expect(stats.syncs).toBeLessThanOrEqual(3 + Math.ceil(bytes / (WRITE_BUDGET * 0.75)));
}, 120_000);
