/**
 * Month headings typed as dates (an Excel date under 'mmm-yy', shown "Oct-24" or, Thai, "ต.ค. 67") are months, as if
 * typed so: the table is read, and the dates are not taken for as-of dates. Workbooks from header-word-shapes.ts.
 */
import { dateMonthsWorkbook } from '../fixtures/header-word-shapes';
import { indicatorAtRow, recalcWorkbook, shown, type JsonReport } from '../helpers/workbook-files';

describe.each([
  ['in the one header row', false, 4],
  ['under a merged ผลการดำเนินงาน', true, 5],
])('months typed as dates %s', (_, underHeading, first) => {
  test('285 + 315 = 600 of 1,200 = 50.00; 150 of 300 = 50.00; no as-of warning for the headings', async () => {
    const r = await recalcWorkbook<JsonReport & { tables: { periods: string }[] }>(dateMonthsWorkbook(underHeading), 'date-months.xlsx');
    const ws = r.out.getWorksheet('รายเดือน')!;
    expect(r.json.tables).toEqual([expect.objectContaining({ periods: 'month' })]);
    expect(indicatorAtRow(r.json, first)).toMatchObject({ result: [285, 315, null, null], total: 600, percent: 50 });
    expect([shown(ws, `P${first}`), shown(ws, `Q${first}`), shown(ws, `P${first + 1}`), shown(ws, `Q${first + 1}`)]).toEqual([600, 50, 150, 50]);
    expect(r.json.warnings).toEqual([]);
    for (const a of r.changed) expect(a).toMatch(new RegExp(`!(P|Q)(${first}|${first + 1})$`));
  }, 60_000);
});
