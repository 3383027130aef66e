/**
 * The table's title is the report's own line, not the office's name printed above it ("กรมส่งเสริมการเกษตร" over
 * "ผลการดำเนินงานตามตัวชี้วัด ปีงบประมาณ 2568"): the report, the pane's list of tables and the summary's group headings
 * take it from there. Workbook from test/fixtures/title-shapes.ts.
 */
import * as path from 'node:path';
import { officeNameAboveTitleWorkbook } from '../fixtures/title-shapes';
import { cli, tempDir, writeTemp } from '../helpers/workbook-files';

test('the report title is the table title (was the office name)', async () => {
  const input = await writeTemp(officeNameAboveTitleWorkbook(), 'office-name.xlsx');
  const json = JSON.parse(await cli(['recalc', input, '-o', path.join(tempDir(), 'out.xlsx'), '--json'])) as { tables: { title: string | null }[] };
  expect(json.tables.map((t) => t.title)).toEqual(['ผลการดำเนินงานตามตัวชี้วัด ปีงบประมาณ 2568']);
}, 60_000);
