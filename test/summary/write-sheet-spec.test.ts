import ExcelJS from 'exceljs';
import { renderSummary } from '../../src/core/summary/render-summary';
import type { Quarter } from '../../src/core/types';
import { rangeAddress } from '../../src/core/address';
import { firstOverlap } from '../../src/xlsx/merges';
import { ourSummarySheets, userSheetNames, writeSheetSpec } from '../../src/xlsx/write-sheet-spec';
import { buildSeedWorkbook, SEED_SHEETS } from '../fixtures/seed-workbook';
import { seedReport } from './seed-report';

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buffer = await wb.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buffer as ArrayBuffer);
  return back;
}

/** Everything a user could see in a sheet's cells: values, formats, fonts, fills, borders, merges, widths. */
function snapshot(ws: ExcelJS.Worksheet): string {
  const cells: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      cells.push([r, c, cell.value, cell.numFmt, cell.font, cell.fill, cell.border, cell.alignment]);
    });
    cells.push(['h', r, row.height]);
  });
  const cols = (ws.columns ?? []).map((c) => c.width);
  return JSON.stringify({ cells, merges: (ws.model as { merges?: string[] }).merges, cols });
}

async function summarise(wb: ExcelJS.Workbook, quarter: Quarter = 2) {
  const sources = userSheetNames(wb);
  const spec = renderSummary({ ...seedReport(), quarter }, { sheetNames: sources });
  return writeSheetSpec(wb, spec, { after: sources });
}

describe('writing the summary into a workbook', () => {
  it('adds the summary after the source sheets and keeps it through a save', async () => {
    const wb = buildSeedWorkbook();
    const result = await summarise(wb);
    const back = await roundTrip(wb);
    expect(back.worksheets.map((w) => w.name)).toEqual([...Object.values(SEED_SHEETS), 'สรุปผล ไตรมาส ๒ ปี ๒๕๖๖']);
    expect(result.sheetName).toBe('สรุปผล ไตรมาส ๒ ปี ๒๕๖๖');
    const ws = back.getWorksheet('สรุปผล ไตรมาส ๒ ปี ๒๕๖๖') as ExcelJS.Worksheet;
    expect(ws.getCell('A1').value).toBe('ผลการวิเคราะห์ข้อมูลการดำเนินงาน รอบ ๖ เดือน');
    expect(ws.getCell('A1').font).toMatchObject({ name: 'TH SarabunPSK', size: 18, bold: true });
    expect(ws.getCell('A2').value).toBe('(เดือนตุลาคม ๒๕๖๕ – มีนาคม ๒๕๖๖)');
    expect(ws.getCell('A2').font).toMatchObject({ name: 'TH SarabunPSK', size: 16 });
    expect(ourSummarySheets(back)).toEqual(['สรุปผล ไตรมาส ๒ ปี ๒๕๖๖']);
  });

  it('writes figures as numbers with the Thai-digit format, text as text, and the page setup', async () => {
    const wb = buildSeedWorkbook();
    await summarise(wb);
    const back = await roundTrip(wb);
    const ws = back.getWorksheet('สรุปผล ไตรมาส ๒ ปี ๒๕๖๖') as ExcelJS.Worksheet;
    let percent: ExcelJS.Cell | undefined;
    let name: ExcelJS.Cell | undefined;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value === 80.71 && !percent) percent = cell;
        if (typeof cell.value === 'string' && cell.value.startsWith('จำนวนวิสาหกิจเพื่อสังคมที่ได้รับการส่งเสริม')) name ??= cell;
      }),
    );
    expect(percent?.numFmt).toBe('[$-D01041E]#,##0.00');
    expect(percent?.alignment).toMatchObject({ horizontal: 'right' });
    expect(name?.numFmt).toBe('@');
    expect(name?.alignment).toMatchObject({ wrapText: true });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.views[0]).toMatchObject({ showGridLines: false });
    expect(ws.getColumn(2).width).toBeGreaterThan(ws.getColumn(1).width as number);
  });

  it('breaks the pages where the summary says, each table header repeated after its break', () => {
    const wb = buildSeedWorkbook();
    const spec = renderSummary(seedReport());
    const { sheetName } = writeSheetSpec(wb, spec);
    const ws = wb.getWorksheet(sheetName) as ExcelJS.Worksheet;
    expect(spec.page.rowBreaks.length).toBeGreaterThan(0);
    // exceljs numbers a break by the last row of the page (1-based), which is the 0-based first row of the next.
    const breaks = (ws as unknown as { rowBreaks: { id: number }[] }).rowBreaks;
    expect(breaks.map((b) => b.id)).toEqual(spec.page.rowBreaks);
  });

  it('says the .xlsx carries no charts', async () => {
    const result = await summarise(buildSeedWorkbook());
    expect(result.notes).toContainEqual({ kind: 'chartsLeftOut', titles: expect.arrayContaining([expect.any(String), expect.any(String)]) });
  });

  it('generating twice leaves one summary sheet, and the source sheets identical', async () => {
    const original = await roundTrip(buildSeedWorkbook());
    const before = Object.values(SEED_SHEETS).map((n) => snapshot(original.getWorksheet(n) as ExcelJS.Worksheet));
    await summarise(original);
    const once = await roundTrip(original);
    const second = await summarise(once);
    const twice = await roundTrip(once);
    expect(second.replaced).toEqual(['สรุปผล ไตรมาส ๒ ปี ๒๕๖๖']);
    expect(twice.worksheets.map((w) => w.name)).toEqual([...Object.values(SEED_SHEETS), 'สรุปผล ไตรมาส ๒ ปี ๒๕๖๖']);
    expect(twice.worksheets.some((w) => /\(2\)/.test(w.name))).toBe(false);
    const after = Object.values(SEED_SHEETS).map((n) => snapshot(twice.getWorksheet(n) as ExcelJS.Worksheet));
    expect(after).toEqual(before);
  });

  it('replaces the summary of an earlier round', async () => {
    const wb = buildSeedWorkbook();
    await summarise(wb, 2);
    const back = await roundTrip(wb);
    const result = await summarise(back, 3);
    expect(result.replaced).toEqual(['สรุปผล ไตรมาส ๒ ปี ๒๕๖๖']);
    const again = await roundTrip(back);
    expect(again.worksheets.map((w) => w.name).filter((n) => n.startsWith('สรุปผล'))).toEqual(['สรุปผล ไตรมาส ๓ ปี ๒๕๖๖']);
  });

  it("never deletes a user's sheet that only looks like a summary", async () => {
    const wb = buildSeedWorkbook();
    const mine = wb.addWorksheet('สรุปผล ไตรมาส ๒ ปี ๒๕๖๖');
    mine.getCell('A1').value = 'สรุปที่พิมพ์เอง';
    const copy = wb.addWorksheet('สรุปผล ไตรมาส ๑ (สำเนา)');
    copy.getCell('A1').value = 'สำเนาของผู้ใช้';
    const result = await summarise(wb);
    const back = await roundTrip(wb);
    expect(result.replaced).toEqual([]);
    expect(back.getWorksheet('สรุปผล ไตรมาส ๒ ปี ๒๕๖๖')?.getCell('A1').value).toBe('สรุปที่พิมพ์เอง');
    expect(back.getWorksheet('สรุปผล ไตรมาส ๑ (สำเนา)')?.getCell('A1').value).toBe('สำเนาของผู้ใช้');
    expect(result.sheetName).toBe('สรุปผล ไตรมาส ๒ ปี ๒๕๖๖ (ระบบ)');
    expect(ourSummarySheets(back)).toEqual(['สรุปผล ไตรมาส ๒ ปี ๒๕๖๖ (ระบบ)']);
    // and generating again replaces only ours
    await summarise(back);
    const twice = await roundTrip(back);
    expect(twice.worksheets.map((w) => w.name).filter((n) => n.startsWith('สรุปผล'))).toEqual([
      'สรุปผล ไตรมาส ๒ ปี ๒๕๖๖',
      'สรุปผล ไตรมาส ๑ (สำเนา)',
      'สรุปผล ไตรมาส ๒ ปี ๒๕๖๖ (ระบบ)',
    ]);
  });

  it('never overwrites a user sheet even when told the wrong names', async () => {
    const wb = buildSeedWorkbook();
    wb.addWorksheet('สรุปผล ไตรมาส ๒ ปี ๒๕๖๖').getCell('A1').value = 'ของผู้ใช้';
    const spec = renderSummary(seedReport()); // no sheetNames given
    const result = writeSheetSpec(wb, spec);
    expect(result.sheetName).not.toBe('สรุปผล ไตรมาส ๒ ปี ๒๕๖๖');
    expect(result.sheetName.length).toBeLessThanOrEqual(31);
    expect(wb.getWorksheet('สรุปผล ไตรมาส ๒ ปี ๒๕๖๖')?.getCell('A1').value).toBe('ของผู้ใช้');
    expect(result.notes).toContainEqual({ kind: 'renamed', wanted: 'สรุปผล ไตรมาส ๒ ปี ๒๕๖๖', written: result.sheetName });
  });

  it('places the summary right after the sheets it summarises', async () => {
    const wb = buildSeedWorkbook();
    wb.addWorksheet('บันทึก');
    const spec = renderSummary(seedReport());
    writeSheetSpec(wb, spec, { after: Object.values(SEED_SHEETS) });
    const back = await roundTrip(wb);
    expect(back.worksheets.map((w) => w.name)).toEqual([...Object.values(SEED_SHEETS), 'สรุปผล ไตรมาส ๒ ปี ๒๕๖๖', 'บันทึก']);
  });

  it('merges in the saved file exactly the areas the summary lays out, each showing its first cell', async () => {
    const wb = buildSeedWorkbook();
    const spec = renderSummary(seedReport());
    const { sheetName } = writeSheetSpec(wb, spec);
    const ws = (await roundTrip(wb)).getWorksheet(sheetName) as ExcelJS.Worksheet;
    const saved = ((ws.model as { merges?: string[] }).merges ?? []).slice().sort();
    expect(spec.merges.length).toBeGreaterThan(10);
    expect(saved).toEqual(spec.merges.map(rangeAddress).sort());
    for (const m of spec.merges) {
      const master = ws.getCell(m.top + 1, m.left + 1);
      expect(ws.getCell(m.bottom + 1, m.right + 1).master.address).toBe(master.address);
    }
  });

  it('refuses a layout whose merged areas overlap, naming both, and writes no half sheet of it', () => {
    const wb = buildSeedWorkbook();
    const spec = renderSummary(seedReport());
    const below = Math.max(...spec.merges.map((m) => m.bottom)) + 10; // rows the summary leaves empty
    const a = { top: below, left: 0, bottom: below + 1, right: 2 };
    const b = { top: below + 1, left: 2, bottom: below + 1, right: 6 };
    const apart = { top: below + 1, left: 3, bottom: below + 1, right: 6 };
    expect(firstOverlap([...spec.merges, a, apart])).toBeNull();
    expect(firstOverlap([a, apart, b])).toEqual([a, b]);
    const names = wb.worksheets.map((w) => w.name);
    expect(() => writeSheetSpec(wb, { ...spec, merges: [...spec.merges, a, b] })).toThrow(`${rangeAddress(a)} and ${rangeAddress(b)}`);
    expect(wb.worksheets.map((w) => w.name)).toEqual(names);
  });
});
