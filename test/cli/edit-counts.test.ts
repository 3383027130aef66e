/**
 * What the command line says it changed: a right figure typed in a cell with no number format gets a format, and is
 * not counted as corrected; a wrong one is. A quarterly KPI table, FY 2567, one indicator: target 400, plans 100 a
 * quarter, results 120, 90, 110 (Q3): ผลสะสม 320, ร้อยละ 80, ahead of the 300 planned.
 */
import ExcelJS from 'exceljs';
import { STATUS_WORDS } from '../../src/core/words';
import { cli, readWorkbook, tempDir, writeTemp } from '../helpers/workbook-files';

function kpi(total: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('ตัวชี้วัด');
  ws.getCell('A1').value = 'รายงานผลการดำเนินงานตามตัวชี้วัด ประจำปีงบประมาณ พ.ศ. ๒๕๖๗';
  ['ลำดับ', 'ตัวชี้วัด', 'หน่วยนับ', 'ค่าเป้าหมาย'].forEach((h, i) => {
    ws.getCell(3, i + 1).value = h;
    ws.mergeCells(3, i + 1, 4, i + 1);
  });
  ws.getCell('E3').value = 'แผน';
  ws.mergeCells('E3:H3');
  ws.getCell('I3').value = 'ผล';
  ws.mergeCells('I3:L3');
  ['ผลสะสม', 'ร้อยละ', 'สถานะ'].forEach((h, i) => {
    ws.getCell(3, 13 + i).value = h;
    ws.mergeCells(3, 13 + i, 4, 13 + i);
  });
  ['ไตรมาส 1', 'ไตรมาส 2', 'ไตรมาส 3', 'ไตรมาส 4'].forEach((q, i) => {
    ws.getCell(4, 5 + i).value = q;
    ws.getCell(4, 9 + i).value = q;
  });
  [1, 'จำนวนผู้เข้ารับการอบรม', 'คน', 400, 100, 100, 100, 100, 120, 90, 110, null, total, 80, STATUS_WORDS.ahead].forEach(
    (v, i) => v !== null && (ws.getCell(5, i + 1).value = v),
  );
  return wb;
}

async function printedFor(total: number): Promise<{ printed: string; out: ExcelJS.Workbook }> {
  const input = await writeTemp(kpi(total), 'counts.xlsx', tempDir('kpi-counts-'));
  const output = input.replace(/\.xlsx$/, '.out.xlsx');
  const printed = await cli(['recalc', input, '-o', output]);
  return { printed, out: await readWorkbook(output) };
}

test('right figures in cells with no number format: 0 cells corrected, 2 given a format (M5 320, N5 80 kept)', async () => {
  const { printed, out } = await printedFor(320);
  const ws = out.getWorksheet('ตัวชี้วัด')!;
  expect([ws.getCell('M5').value, ws.getCell('N5').value]).toEqual([320, 80]);
  expect(ws.getCell('M5').numFmt).toBeTruthy();
  expect(printed).toContain('ไม่มีเซลล์ใดต้องแก้: ตัวเลขถูกต้องอยู่แล้ว (จัดรูปแบบหรือสี 2 เซลล์ ค่าไม่เปลี่ยน)');
  expect(printed).not.toContain('แก้เซลล์ผลลัพธ์');
});

test('a wrong total is corrected and counted: M5 330 → 320, 1 cell corrected, N5 only formatted', async () => {
  const { printed, out } = await printedFor(330);
  expect(out.getWorksheet('ตัวชี้วัด')!.getCell('M5').value).toBe(320);
  expect(printed).toContain('แก้เซลล์ผลลัพธ์ 1 เซลล์ (จัดรูปแบบหรือสี 1 เซลล์ ค่าไม่เปลี่ยน)');
});
