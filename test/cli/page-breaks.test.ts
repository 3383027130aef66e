/**
 * Page breaks a user set between rows come out of `kpi-progress recalc` and `summary` where they were: a report set
 * up to print one department to a page must print the same after the run. Checked in the written file's own XML,
 * which is what Excel reads, not through exceljs.
 */
import JSZip from 'jszip';
import { promises as fs } from 'node:fs';
import { buildSeedWorkbook, SEED_SHEETS } from '../fixtures/seed-workbook';
import { cli, recalcFile, writeTemp } from '../helpers/workbook-files';

/** The rows (1-based) after which each sheet breaks, read from the file's sheet XML, by sheet name. */
async function rowBreaks(file: string): Promise<Map<string, number[]>> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const targets = new Map([...rels.matchAll(/<Relationship [^>]*Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1], m[2]]));
  const out = new Map<string, number[]>();
  for (const m of workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const target = targets.get(m[2])!.replace(/^\/?(xl\/)?/, 'xl/');
    const xml = await zip.file(target)!.async('string');
    const breaks = xml.match(/<rowBreaks[^>]*>(.*?)<\/rowBreaks>/s)?.[1] ?? '';
    out.set(m[1], [...breaks.matchAll(/<brk [^>]*id="(\d+)"/g)].map((b) => Number(b[1])));
  }
  return out;
}

test('the row breaks of each sheet are where the user put them after recalc and after summary', async () => {
  const wb = buildSeedWorkbook();
  wb.getWorksheet(SEED_SHEETS.table1)!.getRow(6).addPageBreak();
  wb.getWorksheet(SEED_SHEETS.table1)!.getRow(10).addPageBreak();
  wb.getWorksheet(SEED_SHEETS.budget)!.getRow(7).addPageBreak();
  const input = await writeTemp(wb, 'breaks.xlsx');
  const before = await rowBreaks(input);
  expect(before.get(SEED_SHEETS.table1)).toEqual([6, 10]);
  expect(before.get(SEED_SHEETS.budget)).toEqual([7]);
  expect(before.get(SEED_SHEETS.kpiForm)).toEqual([]);

  const { output, json } = await recalcFile(input);
  expect(json.indicators.length).toBeGreaterThan(0); // the run did write: the breaks came through a real save
  const after = await rowBreaks(output);
  for (const [sheet, breaks] of before) expect([sheet, after.get(sheet)]).toEqual([sheet, breaks]);

  const summarized = input.replace(/\.xlsx$/, '.summary.xlsx');
  await cli(['summary', input, '-o', summarized]);
  const withSummary = await rowBreaks(summarized);
  for (const [sheet, breaks] of before) expect([sheet, withSummary.get(sheet)]).toEqual([sheet, breaks]);
  expect(withSummary.size).toBe(before.size + 1); // the summary sheet, with breaks of its own
});
