/**
 * End to end on real workbooks: the engine's report of the seed (and of the other fixtures) → the summary
 * sheet → an .xlsx file → read back, as a user would open it.
 */
import ExcelJS from 'exceljs';
import { recalculate } from '../../src/core/engine';
import { readGrid } from '../../src/xlsx/read-grid';
import { ourSummarySheets, withoutSummaries, writeSummary } from '../../src/xlsx/write-sheet-spec';
import { buildSeedWorkbook } from '../fixtures/seed-workbook';
import { FIXTURES } from '../fixtures/workbooks';

async function summaryOf(wb: ExcelJS.Workbook): Promise<{ ws: ExcelJS.Worksheet; wb: ExcelJS.Workbook }> {
  const { report } = recalculate(withoutSummaries(wb, readGrid(wb)));
  writeSummary(wb, report);
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const name = ourSummarySheets(back)[0];
  return { ws: back.getWorksheet(name) as ExcelJS.Worksheet, wb: back };
}

function rows(ws: ExcelJS.Worksheet): (string | number | null)[][] {
  const out: (string | number | null)[][] = [];
  ws.eachRow((row, r) => {
    const values: (string | number | null)[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      values[c - 1] = typeof cell.value === 'string' || typeof cell.value === 'number' ? cell.value : null;
    });
    out[r - 1] = values;
  });
  return out.filter(Boolean);
}

const textOf = (ws: ExcelJS.Worksheet) =>
  rows(ws)
    .flat()
    .filter((v): v is string => typeof v === 'string')
    .join('\n');

/** The indicator paragraphs (column A, across the page), a paragraph's rows joined. */
function paragraphsOf(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  let open = false;
  for (const r of rows(ws)) {
    const t = r[0];
    const full = typeof t === 'string' && r.slice(1).every((v) => v === null || v === t);
    if (full && t.startsWith('ตัวชี้วัดที่')) {
      out.push(t);
      open = true;
    } else if (full && open && !/^[๐-๙0-9]+\./.test(t) && t.length > 40) out[out.length - 1] += t;
    else open = false;
  }
  return out;
}

describe('the summary of the seed workbook', () => {
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    ({ ws } = await summaryOf(buildSeedWorkbook()));
  });

  it('is named and titled for the six-month round of FY 2566', () => {
    expect(ws.name).toBe('สรุปผล ไตรมาส ๒ ปี ๒๕๖๖');
    expect(ws.getCell('A1').value).toBe('ผลการวิเคราะห์ข้อมูลการดำเนินงาน รอบ ๖ เดือน');
    expect(ws.getCell('A2').value).toBe('(เดือนตุลาคม ๒๕๖๕ – มีนาคม ๒๕๖๖)');
  });

  it('states ๑๑๓ and ร้อยละ ๘๐.๗๑ for indicator 3 of table 1', () => {
    const p = textOf(ws)
      .split('\n')
      .find((s) => s.startsWith('ตัวชี้วัดที่ ๓ จำนวนวิสาหกิจเพื่อสังคม ที่ได้รับการส่งเสริมและพัฒนา'));
    expect(p).toContain('จำนวน ๑๑๓ กิจการ');
    expect(p).toContain('คิดเป็นร้อยละ ๘๐.๗๑');
    expect(p).not.toContain('๘๐.๗๒');
    // The table gives a name in two lines at most ('…' after); its paragraph gives it whole.
    const tableRow = rows(ws).find((r) => typeof r[1] === 'string' && r[1].startsWith('จำนวนวิสาหกิจเพื่อสังคม ที่ได้รับการส่งเสริม'));
    expect(tableRow?.slice(3, 7)).toEqual([140, 113, 80.71, 'ก้าวหน้ากว่าแผน']);
  });

  it('marks the e-service indicator ต่ำกว่าแผน in the table, the paragraph and the behind list', () => {
    const tableRow = rows(ws).find((r) => typeof r[1] === 'string' && r[1].includes('e-service'));
    expect(tableRow?.[6]).toBe('ต่ำกว่าแผน');
    const text = textOf(ws);
    // A paragraph that goes on over a page break goes on in the next row: join them.
    expect(paragraphsOf(ws).join('\n')).toMatch(/ตัวชี้วัดที่ \S+ พัฒนาระบบฐานข้อมูลออนไลน์ e-service[^\n]*ผลการดำเนินงานต่ำกว่าแผน/);
    expect(text).toMatch(/ตัวชี้วัด: พัฒนาระบบฐานข้อมูลออนไลน์ e-service/);
  });

  it('gives the budget: ร้อยละ ๔๙.๖๐ against a plan of ๕๐.๐๗', () => {
    expect(textOf(ws)).toContain(
      'ผลการเบิกจ่าย ณ สิ้นไตรมาส ๒ จำนวน ๖.๗๙๐๒ ล้านบาท คิดเป็นร้อยละ ๔๙.๖๐ ของงบประมาณที่ได้รับ (๑๓.๖๙๐๑ ล้านบาท) ต่ำกว่าแผนการใช้จ่ายสะสม (ร้อยละ ๕๐.๐๗)',
    );
    const total = rows(ws).find((r) => r[1] === 'สรุปภาพรวม');
    expect(total?.slice(2, 7)).toEqual([13.6901, 6.7902, 49.6, 50.07, 'ต่ำกว่าแผน']);
  });
});

describe('generating the seed summary again', () => {
  it('gives the same sheet: the summary is never read as a source table', async () => {
    const first = await summaryOf(buildSeedWorkbook());
    const second = await summaryOf(first.wb);
    expect(second.wb.worksheets.map((w) => w.name)).toEqual(first.wb.worksheets.map((w) => w.name));
    expect(rows(second.ws)).toEqual(rows(first.ws));
    const { report } = recalculate(withoutSummaries(first.wb, readGrid(first.wb)));
    expect(report.tables.map((t) => t.sheet)).not.toContain(first.ws.name);
  });
});

describe('where the summary goes', () => {
  it('right after the last sheet with a table, before a sheet of notes', async () => {
    const wb = buildSeedWorkbook();
    wb.addWorksheet('บันทึกการประชุม').getCell('A1').value = 'บันทึก';
    const { wb: back } = await summaryOf(wb);
    expect(back.worksheets.map((w) => w.name)).toEqual(['ตารางที่ ๑', 'แบบรายงานตัวชี้วัด', 'งบประมาณ', 'สรุปผล ไตรมาส ๒ ปี ๒๕๖๖', 'บันทึกการประชุม']);
  });
});

describe('summaries of other workbooks', () => {
  const cases: [string, string, string, string][] = [
    ['layout-a-arabic-fy2568-q1.xlsx', 'สรุปผล ไตรมาส 1 ปี 2568', 'ผลการวิเคราะห์ข้อมูลการดำเนินงาน รอบ 3 เดือน', '(เดือนตุลาคม – ธันวาคม 2567)'],
    ['layout-c-fy2567-q3.xlsx', 'สรุปผล ไตรมาส 3 ปี 2567', 'ผลการวิเคราะห์ข้อมูลการดำเนินงาน รอบ 9 เดือน', '(เดือนตุลาคม 2566 – มิถุนายน 2567)'],
    ['layout-b-fy2565-q4.xlsx', 'สรุปผล ไตรมาส ๔ ปี ๒๕๖๕', 'ผลการวิเคราะห์ข้อมูลการดำเนินงาน รอบ ๑๒ เดือน', '(เดือนตุลาคม ๒๕๖๔ – กันยายน ๒๕๖๕)'],
  ];
  it.each(cases)('%s is titled for its round', async (fixture, name, title, period) => {
    const { ws } = await summaryOf(FIXTURES[fixture]());
    expect(ws.name).toBe(name);
    expect(ws.getCell('A1').value).toBe(title);
    expect(ws.getCell('A2').value).toBe(period);
  });

  it('writes the hostile workbook\'s names that start with "=", "+" and "@" as text, never formulas', async () => {
    const { ws } = await summaryOf(FIXTURES['hostile.xlsx']());
    const names: ExcelJS.Cell[] = [];
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string' && /^[=+@]/.test(cell.value)) names.push(cell);
        expect(cell.formula).toBeUndefined();
      }),
    );
    expect(names.map((c) => c.value)).toEqual(
      expect.arrayContaining(['=SUM(A1:A3) จำนวนผู้เข้าร่วมโครงการ', '+ จำนวนเรื่องที่ได้รับการแก้ไข', '@ระดับความสำเร็จการดำเนินงาน']),
    );
    for (const c of names) expect(c.numFmt).toBe('@');
  });
});
