/**
 * Round trips: recalculating 40 rows and 20,000 rows takes the same few syncs, none over Excel on the web's
 * 5 MB, and every writing sync has calculation suspended. The figures are printed for the report.
 */
import { createMemoryExcel } from '../../src/memory-excel';
import { restoreLastRun } from '../../src/excel/undo-snapshot';
import { recalcWorkbookDetailed } from '../../src/excel/workbook-actions';
import { SEED_SHEETS } from '../fixtures/seed-workbook';
import { bigGrid, cellMap, changedKeys, seedGrid } from './workbooks';

const LIMIT = 5 * 1024 * 1024;

async function measure(grid: ReturnType<typeof seedGrid>, payloadLimit = LIMIT) {
  const excel = createMemoryExcel(grid, { payloadLimit });
  const before = cellMap(excel.toGrid());
  const outcome = await recalcWorkbookDetailed(excel.run);
  const s = excel.stats;
  return {
    excel,
    before,
    outcome,
    syncs: s.syncs,
    runs: s.runs,
    maxRequest: Math.max(...s.requestBytes),
    maxResponse: Math.max(...s.responseBytes),
    totalRequest: s.requestBytes.reduce((a, b) => a + b, 0),
    totalResponse: s.responseBytes.reduce((a, b) => a + b, 0),
    writeSyncs: s.writeSyncs,
    suspended: s.writeSyncsWithCalculationSuspended,
  };
}

const line = (name: string, m: Awaited<ReturnType<typeof measure>>) =>
  `${name}: ${m.outcome.edits.length} edits, ${m.runs} Excel.run, ${m.syncs} syncs (${m.writeSyncs} writing), ` +
  `max request ${m.maxRequest} B, max response ${m.maxResponse} B, total request ${m.totalRequest} B, total response ${m.totalResponse} B`;

describe('round trips', () => {
  test('Excel on the web: 40 and 20,000 rows take 4 and 5 syncs, never one per row, each payload under 5 MB', async () => {
    const small = await measure(seedGrid());
    const big = await measure(bigGrid(20_000));
    console.log(`Excel on the web (5 MB limit)\n${line('seed (40 rows)', small)}\n${line('20,000 rows', big)}`);

    expect(big.outcome.report.indicators.length).toBeGreaterThan(9_000);
    expect(big.outcome.edits.length).toBeGreaterThan(19_000);
    expect(small.syncs).toBe(5); // sheets; used ranges, settings; cells, merges, formulas; snapshot; writes
    // 20,000 rows answer 6 MB: the cells come in two syncs, not one per row or per block of rows.
    expect(big.syncs).toBeLessThanOrEqual(small.syncs + Math.ceil(big.totalResponse / 4_000_000) - 1);
    for (const m of [small, big]) {
      expect(m.maxRequest).toBeLessThan(LIMIT);
      expect(m.maxResponse).toBeLessThan(LIMIT);
      expect(m.suspended).toBe(m.writeSyncs);
    }
    // The figures a user checks, far down the big sheet: total ๔๒ + ๗๑ = ๑๑๓, ๘๐.๗๑ %; behind rows coloured.
    expect(big.excel.value(SEED_SHEETS.table1, 'H19999')).toBe('๑๑๓');
    expect(big.excel.value(SEED_SHEETS.table1, 'I19999')).toBe('๘๐.๗๑');
    const behind = big.outcome.report.indicators.find((i) => i.flagged)!;
    expect(big.excel.cell(SEED_SHEETS.table1, `H${behind.row + 1}`)?.style?.fill).toBe('FFC7CE');
  }, 120_000);

  test('Excel on Windows and Mac (no payload limit): the same 4 syncs for 40 and for 20,000 rows', async () => {
    const small = await measure(seedGrid(), Infinity);
    const big = await measure(bigGrid(20_000), Infinity);
    console.log(`Excel desktop (no limit)\n${line('seed (40 rows)', small)}\n${line('20,000 rows', big)}`);
    expect(big.syncs).toBe(small.syncs);
    expect(big.syncs).toBe(5);
  }, 120_000);

  test('ย้อนกลับ on 20,000 rows restores every cell', async () => {
    const { excel, before } = await measure(bigGrid(20_000));
    excel.resetStats();
    await restoreLastRun(excel.run);
    expect(changedKeys(before, cellMap(excel.toGrid()))).toEqual([]);
    console.log(`restore of 20,000 rows: ${excel.stats.syncs} syncs, max request ${Math.max(...excel.stats.requestBytes)} B`);
  }, 120_000);
});
