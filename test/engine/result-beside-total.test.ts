/**
 * A last column headed with a result word beside the quarters and their total: "ผลการดำเนินงาน (ร้อยละ)" is the
 * percent; any other ("ผลการดำเนินงาน ณ 31 มี.ค. 68") never stands over the quarters' results. Before, it did: the
 * empty column was read as the only result, and nothing was written (no-data). Workbook from header-word-shapes.ts.
 */
import { resultPercentWorkbook } from '../fixtures/header-word-shapes';
import { indicatorAtRow, recalcWorkbook, shown } from '../helpers/workbook-files';

test('"ผลการดำเนินงาน (ร้อยละ)": 20 + 30 = 50 in H4, 50 of 100 = 50.00 in I4', async () => {
  const r = await recalcWorkbook(resultPercentWorkbook(), 'result-percent.xlsx');
  const ws = r.out.getWorksheet('ร้อยละผล')!;
  expect(indicatorAtRow(r.json, 4)).toMatchObject({ result: [20, 30, null, null], total: 50, percent: 50, overall: 'on-plan' });
  expect([shown(ws, 'H4'), shown(ws, 'I4')]).toEqual([50, 50]);
}, 60_000);

test('"ผลการดำเนินงาน ณ 31 มี.ค. 68" beside ผลรวม: the quarters are the results, 50 in H4, I4 left as it is', async () => {
  const r = await recalcWorkbook(resultPercentWorkbook('ผลการดำเนินงาน ณ 31 มี.ค. 68'), 'result-beside-total.xlsx');
  expect(indicatorAtRow(r.json, 4)).toMatchObject({ result: [20, 30, null, null], total: 50 });
  expect(shown(r.out.getWorksheet('ร้อยละผล')!, 'H4')).toBe(50);
  expect(r.changed).toEqual(['ร้อยละผล!H4']);
}, 60_000);
