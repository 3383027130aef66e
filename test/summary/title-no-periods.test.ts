/**
 * A workbook whose tables have no period columns (one result to date) has no round: the summary's title names the
 * as-of date when there is one, else no round at all, and neither it nor the command line claims the quarter 1 the
 * reader falls back to (DOMAIN.md, "Fiscal calendar" and "The summary sheet").
 */
import type ExcelJS from 'exceljs';
import * as path from 'node:path';
import { cumulativeColumnWorkbook } from '../fixtures/shapes';
import { sharedFile } from '../helpers/shared-file';
import { cli, readWorkbook, tempDir, writeTemp } from '../helpers/workbook-files';

const KSP = sharedFile('real-workbooks/ksp-mis-sample-budget.xlsx');

/** Runs `summary` on a file: what the command line printed, and the summary sheet written. */
async function summarize(input: string): Promise<{ printed: string; ws: ExcelJS.Worksheet }> {
  const output = path.join(tempDir(), 'summary.xlsx');
  const printed = await cli(['summary', input, '-o', output]);
  const ws = (await readWorkbook(output)).worksheets.find((w) => w.name.startsWith('สรุปผล'))!;
  return { printed, ws };
}

/** Every text of the sheet, one cell a line. */
function textsOf(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => typeof c.value === 'string' && out.push(c.value)));
  return out;
}

describe('the KSP-MIS budget workbook: one disbursement table, no periods, no as-of date', () => {
  let printed: string;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    if (KSP.present) ({ printed, ws } = await summarize(KSP.path));
  }, 60_000);

  KSP.test('the title names no round, and no line of the sheet says รอบ ๓ เดือน or ไตรมาส ๑', () => {
    expect(ws.getCell('A1').value).toBe('ผลการวิเคราะห์ข้อมูลการดำเนินงาน');
    expect(textsOf(ws).filter((t) => /รอบ\s*[3๓]\s*เดือน|ไตรมาส\s*[1๑]/.test(t))).toEqual([]);
    expect(ws.name).toBe('สรุปผล');
  });

  KSP.test('the command line names no quarter', () => {
    expect(printed).toContain('ปีงบประมาณ (ไม่ทราบ: ระบุด้วย --fiscal-year)\n');
    expect(printed).not.toMatch(/ไตรมาส\s*1/);
  });
});

describe('a table with one result column as of 31 มี.ค. 2568 and no periods', () => {
  let printed: string;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    ({ printed, ws } = await summarize(await writeTemp(cumulativeColumnWorkbook(), 'cumulative.xlsx')));
  }, 60_000);

  test('the title names the as-of date, the next line the fiscal year, and no round', () => {
    expect(ws.getCell('A1').value).toBe('ผลการวิเคราะห์ข้อมูลการดำเนินงาน ณ วันที่ 31 มีนาคม 2568');
    expect(ws.getCell('A2').value).toBe('ประจำปีงบประมาณ พ.ศ. 2568');
    expect(ws.name).toBe('สรุปผล ณ 31 มีนาคม 2568');
    expect(textsOf(ws).slice(0, 3).join('\n')).not.toMatch(/รอบ|ไตรมาส/);
  });

  test('each paragraph tells the result as of the date, not as a quarter\'s increase', () => {
    expect(textsOf(ws)).toContain(
      'ตัวชี้วัดที่ 1 จำนวนผู้เข้าร่วมกิจกรรม เป้าหมาย 200 คน ผลการดำเนินงาน ณ วันที่ 31 มีนาคม 2568 จำนวน 150 คน คิดเป็นร้อยละ 75.00 ของเป้าหมายการดำเนินงาน ผลการดำเนินงานก้าวหน้ากว่าแผน (แผนสะสม 100 คน)',
    );
    expect(textsOf(ws).filter((t) => /ไตรมาส 2|รอบ 6 เดือน|เพิ่มขึ้น/.test(t))).toEqual([]);
  });

  test('the command line gives the year and the date, not a quarter', () => {
    expect(printed).toContain('ปีงบประมาณ 2568\n');
    expect(printed).toContain('วันที่ข้อมูล "ผลการดำเนินงาน ณ 31 มี.ค. 2568" (ผลสะสม!E3)');
    expect(printed).not.toMatch(/ไตรมาส\s*2|ไตรมาสตามวันที่/);
  });
});
