/**
 * Complaints are fewer-is-better, but complaints resolved are more-is-better: "จำนวนเรื่องร้องเรียนที่แก้ไข" 15 of 40
 * by 31 March is behind the straight line's 20, never ahead. "จำนวนเรื่องร้องเรียน ไม่เกิน 10" stays fewer-is-better.
 *
 * | row | ตัวชี้วัด                           | ค่าเป้าหมาย | ผล ณ 31 มี.ค. 68 | ร้อยละ | สถานะ (written)       |
 * | 3   | จำนวนเรื่องร้องเรียนที่แก้ไข           | 40         | 15              | 37.50  | ต่ำกว่าแผน (15 < 20)   |
 * | 4   | ร้อยละของเรื่องร้องเรียนที่ได้รับการแก้ไข | 90         | 60              | 66.67  | (a percent: due in Q4) |
 * | 5   | จำนวนเรื่องร้องเรียน ไม่เกิน 10 เรื่อง    | 10         | 3               | 30.00  | ก้าวหน้ากว่าแผน (3 < 5) |
 * | 6   | จำนวนเรื่องร้องเรียนที่ยังไม่ได้รับการแก้ไข | 8          | 5               | 62.50  | ต่ำกว่าแผน (5 > 4)      |
 */
import ExcelJS from 'exceljs';
import { recalcWorkbook, shown } from '../helpers/workbook-files';

test('complaints resolved are more-is-better; complaints ไม่เกิน stay fewer-is-better', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('สะสม');
  const rows: (string | number)[][] = [
    ['ตัวชี้วัดสำนักงาน ปีงบประมาณ พ.ศ. 2568'],
    ['ตัวชี้วัด', 'หน่วยนับ', 'ค่าเป้าหมาย', 'ผลการดำเนินงาน ณ ๓๑ มี.ค. ๖๘', 'ร้อยละ', 'สถานะ'],
    ['จำนวนเรื่องร้องเรียนที่แก้ไข', 'เรื่อง', 40, 15],
    ['ร้อยละของเรื่องร้องเรียนที่ได้รับการแก้ไข', 'ร้อยละ', 90, 60],
    ['จำนวนเรื่องร้องเรียน ไม่เกิน 10 เรื่อง', 'เรื่อง', 10, 3],
    ['จำนวนเรื่องร้องเรียนที่ยังไม่ได้รับการแก้ไข', 'เรื่อง', 8, 5],
  ];
  rows.forEach((row, i) => row.forEach((v, j) => (ws.getCell(i + 1, j + 1).value = v)));
  const run = await recalcWorkbook(wb, 'complaints.xlsx');
  expect(run.json.indicators.map((i) => [i.row, i.direction])).toEqual([
    [3, 'higher'],
    [4, 'higher'],
    [5, 'lower'],
    [6, 'lower'],
  ]);
  const out = run.out.getWorksheet('สะสม')!;
  expect([shown(out, 'F3'), shown(out, 'F5'), shown(out, 'F6')]).toEqual(['ต่ำกว่าแผน', 'ก้าวหน้ากว่าแผน', 'ต่ำกว่าแผน']);
});
