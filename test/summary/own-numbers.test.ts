/**
 * The summary numbers an indicator by the table's own number when its name leads with one ('1.1 ', '๒. '), as
 * typed, and by its place in the table only when it has none: a planning officer finds "ตัวชี้วัดที่ 1.1" in the form.
 * An .xlsx built with exceljs → the engine → the summary sheet → read back.
 */
import ExcelJS from 'exceljs';
import { recalculate } from '../../src/core/engine';
import { readGrid } from '../../src/xlsx/read-grid';
import { ourSummarySheets, withoutSummaries, writeSummary } from '../../src/xlsx/write-sheet-spec';
import { buildSeedWorkbook } from '../fixtures/seed-workbook';
import { lay, put, styleTable } from '../fixtures/sheet-style';

/** A3 ตัวชี้วัด, B3 หน่วยนับ, C3 ค่าเป้าหมาย, D3:G3 ไตรมาส 1–4: indicators 1, 1.1, 1.2, 2 and one unnumbered. */
function subIndicatorWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('แผนปฏิบัติราชการ');
  put(ws, 'A1:G1', 'แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2568');
  lay(ws, 3, [
    ['ตัวชี้วัด', 'หน่วยนับ', 'ค่าเป้าหมาย', 'ไตรมาส 1', 'ไตรมาส 2', 'ไตรมาส 3', 'ไตรมาส 4'],
    ['1. จำนวนผู้ประกอบการที่ได้รับการพัฒนา', 'ราย', 120, 20, 35],
    ['1.1 จำนวนผู้ประกอบการรายใหม่', 'ราย', 40, 8, 12],
    ['1.2 จำนวนผู้ประกอบการที่ได้รับมาตรฐาน', 'ราย', 30, 5, 9],
    ['2. จำนวนเรื่องร้องเรียนที่แก้ไขแล้วเสร็จ', 'เรื่อง', 100, 20, 30],
    ['จำนวนครั้งของการประชุมติดตามผล', 'ครั้ง', 12, 3, 3],
  ]);
  styleTable(ws, 'A3:G8', 1);
  return wb;
}

/** The same table numbered in a ลำดับ column (A): 1, 1.1, 1.2, 2 and a blank; the names bare. */
function orderColumnWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('แผนปฏิบัติราชการ');
  put(ws, 'A1:H1', 'แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2568');
  lay(ws, 3, [
    ['ลำดับ', 'ตัวชี้วัด', 'หน่วยนับ', 'ค่าเป้าหมาย', 'ไตรมาส 1', 'ไตรมาส 2', 'ไตรมาส 3', 'ไตรมาส 4'],
    [1, 'จำนวนผู้ประกอบการที่ได้รับการพัฒนา', 'ราย', 120, 20, 35],
    ['1.1', 'จำนวนผู้ประกอบการรายใหม่', 'ราย', 40, 8, 12],
    ['1.2', 'จำนวนผู้ประกอบการที่ได้รับมาตรฐาน', 'ราย', 30, 5, 9],
    [2, 'จำนวนเรื่องร้องเรียนที่แก้ไขแล้วเสร็จ', 'เรื่อง', 100, 20, 30],
    [null, 'จำนวนครั้งของการประชุมติดตามผล', 'ครั้ง', 12, 3, 3],
  ]);
  styleTable(ws, 'A3:H8', 1);
  return wb;
}

const openingsOf = (rows: (string | number | null)[][]): string[] =>
  rows
    .map((r) => r[0])
    .filter((t): t is string => typeof t === 'string' && t.startsWith('ตัวชี้วัดที่ '))
    .map((t) => t.split(' เป้าหมาย')[0]);

async function summaryRows(wb: ExcelJS.Workbook): Promise<(string | number | null)[][]> {
  const { report } = recalculate(withoutSummaries(wb, readGrid(wb)));
  writeSummary(wb, report);
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const ws = back.getWorksheet(ourSummarySheets(back)[0]) as ExcelJS.Worksheet;
  const out: (string | number | null)[][] = [];
  ws.eachRow((row) => {
    const values: (string | number | null)[] = [];
    row.eachCell({ includeEmpty: true }, (c) => {
      if (c.isMerged && c.master.address !== c.address) return;
      values.push(typeof c.value === 'string' || typeof c.value === 'number' ? c.value : null);
    });
    out.push(values);
  });
  return out;
}

describe('an indicator table numbered 1, 1.1, 1.2, 2', () => {
  let rows: (string | number | null)[][];
  beforeAll(async () => {
    rows = await summaryRows(subIndicatorWorkbook());
  });

  test('each paragraph opens with the table\'s own number, said once; the unnumbered one by its place', () => {
    const openings = rows.map((r) => r[0]).filter((t): t is string => typeof t === 'string' && t.startsWith('ตัวชี้วัดที่ '));
    expect(openings.map((t) => t.split(' เป้าหมาย')[0])).toEqual([
      'ตัวชี้วัดที่ 1 จำนวนผู้ประกอบการที่ได้รับการพัฒนา',
      'ตัวชี้วัดที่ 1.1 จำนวนผู้ประกอบการรายใหม่',
      'ตัวชี้วัดที่ 1.2 จำนวนผู้ประกอบการที่ได้รับมาตรฐาน',
      'ตัวชี้วัดที่ 2 จำนวนเรื่องร้องเรียนที่แก้ไขแล้วเสร็จ',
      'ตัวชี้วัดที่ 5 จำนวนครั้งของการประชุมติดตามผล',
    ]);
  });

  test('the indicator table\'s ลำดับ column gives the same numbers, 1.1 as typed', () => {
    const from = rows.findIndex((r) => r[0] === 'ลำดับ');
    const table = rows.slice(from + 1).filter((r) => r.length >= 6 && r[0] !== null && r[0] !== 'ลำดับ').slice(0, 5);
    expect(table.map((r) => [r[0], r[1]])).toEqual([
      [1, 'จำนวนผู้ประกอบการที่ได้รับการพัฒนา'],
      ['1.1', 'จำนวนผู้ประกอบการรายใหม่'],
      ['1.2', 'จำนวนผู้ประกอบการที่ได้รับมาตรฐาน'],
      [2, 'จำนวนเรื่องร้องเรียนที่แก้ไขแล้วเสร็จ'],
      [5, 'จำนวนครั้งของการประชุมติดตามผล'],
    ]);
  });
});

test('numbered only in a ลำดับ column, the bare names get the column\'s numbers 1, 1.1, 1.2, 2; the blank one its place', async () => {
  const rows = await summaryRows(orderColumnWorkbook());
  expect(openingsOf(rows)).toEqual([
    'ตัวชี้วัดที่ 1 จำนวนผู้ประกอบการที่ได้รับการพัฒนา',
    'ตัวชี้วัดที่ 1.1 จำนวนผู้ประกอบการรายใหม่',
    'ตัวชี้วัดที่ 1.2 จำนวนผู้ประกอบการที่ได้รับมาตรฐาน',
    'ตัวชี้วัดที่ 2 จำนวนเรื่องร้องเรียนที่แก้ไขแล้วเสร็จ',
    'ตัวชี้วัดที่ 5 จำนวนครั้งของการประชุมติดตามผล',
  ]);
});

describe('the seed, whose second table numbers its indicators afresh under each project (๑, ๒, ๑ …)', () => {
  test('its numbers, repeated in one table, tell no indicator apart: each is numbered by its place, as before', async () => {
    const rows = await summaryRows(buildSeedWorkbook());
    const openings = rows.map((r) => r[0]).filter((t): t is string => typeof t === 'string' && t.startsWith('ตัวชี้วัดที่ '));
    expect(openings.find((t) => t.includes('จำนวนวิสาหกิจเพื่อสังคม ที่ได้รับการส่งเสริม'))).toMatch(/^ตัวชี้วัดที่ ๓ /);
    expect(openings.find((t) => t.includes('พัฒนาระบบฐานข้อมูลออนไลน์ e-service'))).toMatch(/^ตัวชี้วัดที่ ๔ พัฒนาระบบ/);
    expect(openings.find((t) => t.includes('ผู้ชมไม่น้อยกว่า'))).toMatch(/^ตัวชี้วัดที่ ๑๕ ผู้ชม/);
  });
});
