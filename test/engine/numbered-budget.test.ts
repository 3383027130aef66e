/**
 * A budget by project as a planning officer types it: "1. แผนงาน…" group rows, lines numbered "1.1 โครงการ…", a รวม
 * row with SUMs, the unit left unsaid (the amounts run to millions: baht), and the as-of date only in the title
 * ("รายงานผลการเบิกจ่ายงบประมาณ ณ วันที่ ๓๑ มีนาคม ๒๕๖๘", no ปีงบประมาณ words).
 *
 * | row | A                                | B (ได้รับ)   | C (เบิกจ่าย) | D คงเหลือ (written) | E ร้อยละ (written) |
 * | 3   | 1. แผนงานพื้นฐาน…                 |             |             |                    |                   |
 * | 4   | 1.1 โครงการพัฒนาศักยภาพบุคลากร      | 1,250,000   | 612,500.50  | 637,499.50         | 49.00             |
 * | 5   | 1.2 โครงการส่งเสริมสุขภาพ            | 2,300,000   | 1,495,000   | 805,000.00         | 65.00             |
 * | 6   | 2. แผนงานยุทธศาสตร์                 |             |             |                    |                   |
 * | 7   | 2.1 โครงการจัดซื้อครุภัณฑ์             | 895,826.25  | 0           | 895,826.25         | 0.00              |
 * | 8   | รวม                               | =SUM        | =SUM        | 2,338,325.75       | 47.40             |
 */
import ExcelJS from 'exceljs';
import { cli, recalcWorkbook, shown, tempDir, writeTemp } from '../helpers/workbook-files';

function numberedBudget(title = 'รายงานผลการเบิกจ่ายงบประมาณ ณ วันที่ ๓๑ มีนาคม ๒๕๖๘'): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  const rows: (string | number | null)[][] = [
    [title],
    ['โครงการ/กิจกรรม', 'งบประมาณที่ได้รับ', 'เบิกจ่าย', 'คงเหลือ', 'ร้อยละ'],
    ['1. แผนงานพื้นฐานด้านการพัฒนาและเสริมสร้างศักยภาพทรัพยากรมนุษย์'],
    ['1.1 โครงการพัฒนาศักยภาพบุคลากร', 1250000, 612500.5],
    ['1.2 โครงการส่งเสริมสุขภาพ', 2300000, 1495000],
    ['2. แผนงานยุทธศาสตร์'],
    ['2.1 โครงการจัดซื้อครุภัณฑ์', 895826.25, 0],
    ['รวม'],
  ];
  rows.forEach((row, i) => row.forEach((v, j) => v !== null && (ws.getCell(i + 1, j + 1).value = v)));
  ws.getCell('B8').value = { formula: 'SUM(B4:B7)', result: 4445826.25 } as ExcelJS.CellFormulaValue;
  ws.getCell('C8').value = { formula: 'SUM(C4:C7)', result: 2107500.5 } as ExcelJS.CellFormulaValue;
  return wb;
}

let run: Awaited<ReturnType<typeof recalcWorkbook>>;
beforeAll(async () => {
  run = await recalcWorkbook(numberedBudget(), 'numbered-budget.xlsx');
});

test('lines numbered 1.1, 1.2, 2.1 are budget lines: their remaining amounts are written (D4, D5, D7)', () => {
  const ws = run.out.getWorksheet('Sheet1')!;
  expect(run.json.budget.map((b) => [b.row, b.name])).toEqual([
    [4, '1.1 โครงการพัฒนาศักยภาพบุคลากร'],
    [5, '1.2 โครงการส่งเสริมสุขภาพ'],
    [7, '2.1 โครงการจัดซื้อครุภัณฑ์'],
    [8, 'รวม'],
  ]);
  expect(['D4', 'D5', 'D7', 'D8'].map((a) => shown(ws, a))).toEqual([637499.5, 805000, 895826.25, 2338325.75]);
  expect(['D3', 'D6'].map((a) => shown(ws, a) ?? null)).toEqual([null, null]);
});

test('a plain ร้อยละ column of a budget is its percent disbursed (E4 49, E5 65, E7 0, E8 47.4)', () => {
  const ws = run.out.getWorksheet('Sheet1')!;
  expect(['E4', 'E5', 'E7', 'E8'].map((a) => shown(ws, a))).toEqual([49, 65, 0, 47.4]);
});

test('the as-of date in the title names the fiscal year 2568 and quarter 2', () => {
  expect(run.json).toMatchObject({ fiscalYear: 2568, quarter: 2 });
});

test('the command line quotes the as-of date alone, not the rest of its cell (the unit)', async () => {
  const input = await writeTemp(numberedBudget('ข้อมูล ณ วันที่ ๓๑ มีนาคม ๒๕๖๘ หน่วย : บาท'), 'dated-unit.xlsx', tempDir());
  const printed = await cli(['recalc', input, '-o', input.replace(/\.xlsx$/, '.out.xlsx')]);
  expect(printed).toContain('"ข้อมูล ณ วันที่ ๓๑ มีนาคม ๒๕๖๘" (Sheet1!A1)');
  expect(printed).not.toContain('หน่วย : บาท"');
});
