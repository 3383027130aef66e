/**
 * A column down the side of the indicators (แผนงาน / ยุทธศาสตร์ / ประเด็น…), merged over a group's indicators or its
 * text typed again on each, heads them in the summary sheet, like a group heading row (DOMAIN.md, "The summary
 * sheet"). It is neither the name column nor a figure. Through the command line on .xlsx files, read back.
 */
import type ExcelJS from 'exceljs';
import { buildSeedWorkbook } from '../fixtures/seed-workbook';
import { ISSUE_1, ISSUE_2, ISSUE_3, sideColumnWorkbook, sidePairsWorkbook } from '../fixtures/side-groups';
import { recalcWorkbook, rowTexts, summarySheetOf } from '../helpers/workbook-files';

/** The indicator table of the summary sheet (from its header to the next section), a row's texts joined by ' | '. */
async function indicatorTable(wb: ExcelJS.Workbook, name: string): Promise<string[]> {
  const rows = rowTexts(await summarySheetOf(wb, name));
  const from = rows.findIndex((r) => r.startsWith('ลำดับ | ตัวชี้วัด'));
  const to = rows.findIndex((r, i) => i > from && /^[0-9๐-๙]+\. ผลการวิเคราะห์รายตัวชี้วัด/.test(r));
  return rows.slice(from + 1, to).filter((r) => r !== '' && !r.startsWith('ลำดับ | ตัวชี้วัด'));
}

/** What heads each indicator row (the last heading row above it), by the indicator's name. */
function headOf(table: string[], name: string): string | null {
  const at = table.findIndex((r) => r.includes(name));
  if (at < 0) throw new Error(`no row for ${name}`);
  for (let i = at - 1; i >= 0; i--) if (!/^\d+ \| /.test(table[i])) return table[i];
  return null;
}

describe('a ประเด็นยุทธศาสตร์ column merged down the side, one row per indicator', () => {
  let table: string[];
  beforeAll(async () => {
    table = await indicatorTable(sideColumnWorkbook(), 'side.xlsx');
  }, 60_000);

  test('each ประเด็น heads the indicators its merged cell spans', () => {
    expect(headOf(table, 'จำนวนผู้ประกอบการที่ได้รับการพัฒนา')).toBe(ISSUE_1);
    expect(headOf(table, 'จำนวนผลิตภัณฑ์ชุมชนที่ได้รับมาตรฐาน')).toBe(ISSUE_1);
    expect(headOf(table, 'จำนวนผู้รับบริการ ณ ศูนย์บริการร่วม')).toBe(ISSUE_2);
    expect(headOf(table, 'จำนวนเรื่องร้องเรียนที่แก้ไขแล้วเสร็จ')).toBe(ISSUE_2);
    // Each heading once, in the sheet's order, after the table's title.
    const headings = table.filter((r) => !/^\d+ \| /.test(r));
    expect(headings).toEqual([
      'ผลการดำเนินงานตามแผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2568',
      ISSUE_1,
      ISSUE_2,
      ISSUE_3,
      'ตัวชี้วัดอื่น ๆ',
    ]);
  });

  test('a text typed again on each row, not merged, heads its rows too; a blank not merged below it does not', () => {
    expect(headOf(table, 'จำนวนบุคลากรที่ได้รับการอบรม')).toBe(ISSUE_3);
    expect(headOf(table, 'จำนวนระบบงานที่ปรับเป็นดิจิทัล')).toBe(ISSUE_3);
    expect(headOf(table, 'จำนวนครั้งของการประชุมติดตามผล')).toBe('ตัวชี้วัดอื่น ๆ');
  });

  test('the side column is neither a name nor a figure: eight indicators named from column B, with their figures', () => {
    const indicators = table.filter((r) => /^\d+ \| /.test(r));
    expect(indicators).toHaveLength(8);
    expect(indicators[0]).toBe('1 | จำนวนผู้ประกอบการที่ได้รับการพัฒนา | 120 | 55 | 45.83 | ต่ำกว่าแผน');
    expect(indicators.join('\n')).not.toContain('ประเด็นที่');
  });

  test('recalculating leaves the side column as typed', async () => {
    const run = await recalcWorkbook(sideColumnWorkbook(), 'side-recalc.xlsx');
    expect(run.changed.filter((a) => a.includes('!A'))).toEqual([]);
    const ws = run.out.worksheets[0];
    expect([ws.getCell('A4').value, ws.getCell('A7').value, ws.getCell('A9').value, ws.getCell('A10').value]).toEqual([ISSUE_1, ISSUE_2, ISSUE_3, ISSUE_3]);
    expect(run.json.indicators.map((i) => i.name)).toHaveLength(8);
  }, 60_000);
});

describe('a ยุทธศาสตร์ column merged down the side of แผน/ผล pairs', () => {
  test('each ยุทธศาสตร์ heads the pairs it spans', async () => {
    const table = await indicatorTable(sidePairsWorkbook(), 'side-pairs.xlsx');
    expect(headOf(table, 'จำนวนผู้ประกอบการที่ได้รับการพัฒนา')).toBe(ISSUE_1);
    expect(headOf(table, 'จำนวนวิสาหกิจชุมชนที่จดทะเบียนใหม่')).toBe(ISSUE_1);
    expect(headOf(table, 'จำนวนผู้รับบริการ ณ ศูนย์บริการร่วม')).toBe(ISSUE_2);
    expect(table.filter((r) => /^\d+ \| /.test(r))).toHaveLength(3);
  }, 60_000);
});

describe('the seed: the form\'s แผนงาน column, merged down the side', () => {
  test('each แผนงาน heads its indicators in the summary\'s indicator table', async () => {
    const table = await indicatorTable(buildSeedWorkbook(), 'seed.xlsx');
    expect(headOf(table, 'ระดับความสำเร็จการจัดทำแผนการส่งเสริม')).toBe('๑. นโยบายและแผนการส่งเสริมวิสาหกิจเพื่อสังคมแห่งชาติ');
    expect(headOf(table, 'ประชาชนกลุ่มเป้าหมายได้รับการจ้างงาน (คน)')).toBe('๒. การจดทะเบียนวิสาหกิจเพื่อสังคม');
    expect(headOf(table, 'ผู้ชมไม่น้อยกว่า ๕๐,๐๐๐ คน')).toMatch(/^๗\. การประชาสัมพันธ์สร้างการรับรู้/);
    // ตารางที่ ๑ has no side column (its column A is the names): its indicators are headed by its title alone.
    expect(headOf(table, 'ประชาชนกลุ่มเป้าหมาย ได้รับการจ้างงาน (สะสม)')).toBe('ตารางที่ ๑ ผลการดำเนินงานตามตัวชี้วัดสำนักงบประมาณ');
  }, 60_000);
});
