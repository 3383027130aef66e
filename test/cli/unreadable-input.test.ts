/**
 * Files that cannot be read say why in words a user acts on: an OpenDocument spreadsheet (.ods, LibreOffice's own
 * format, also when renamed .xlsx) is not called damaged but asked to be saved as .xlsx; a workbook whose table sheet
 * is damaged says which sheet could not be read, not only that no table was found. No output file either way.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { readZip } from '../../src/xlsx/zip/read-zip';
import { writeZip } from '../../src/xlsx/zip/write-zip';
import { cli, tempDir } from '../helpers/workbook-files';
import { handPackage } from '../xlsx/hand-package';

/** An OpenDocument spreadsheet as LibreOffice lays one out: the mimetype entry first, the content, the manifest. */
const ODS = writeZip([
  { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet' },
  { name: 'content.xml', data: '<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>' },
  { name: 'META-INF/manifest.xml', data: '<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>' },
]);

test.each(['รายงาน.ods', 'รายงาน.xlsx'])('an OpenDocument spreadsheet named %s: save it as .xlsx in LibreOffice, not "damaged"', async (name) => {
  const dir = tempDir('kpi-ods-');
  const file = path.join(dir, name);
  writeFileSync(file, ODS);
  const run = cli(['recalc', file, '-o', path.join(dir, 'out.xlsx')]);
  await expect(run).rejects.toThrow(/OpenDocument \(\.ods\).*บันทึกเป็น \.xlsx/);
  await expect(cli(['recalc', file, '-o', path.join(dir, 'out.xlsx')])).rejects.not.toThrow(/เสียหาย|damaged/);
  expect(readdirSync(dir)).toEqual([name]);
});

test('the table sheet damaged: the no-table message names the sheet that could not be read and its part', async () => {
  const dir = tempDir('kpi-damaged-');
  const good = handPackage([
    { name: 'ตัวชี้วัด', body: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>ตัวชี้วัด</t></is></c></row></sheetData>' },
    { name: 'หมายเหตุ', body: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>ข้อมูลเบื้องต้น</t></is></c></row></sheetData>' },
  ]);
  // The first sheet's deflated bytes garbled, as a bad copy leaves them: inflating them fails.
  const entries = readZip(good).map((e) => (e.name === 'xl/worksheets/sheet1.xml' ? { ...e, compressed: Buffer.from(e.compressed.map((b) => b ^ 0x5a)) } : e));
  const file = path.join(dir, 'damaged.xlsx');
  writeFileSync(file, writeZip(entries));
  const output = path.join(dir, 'out.xlsx');

  await expect(cli(['recalc', file, '-o', output])).rejects.toThrow(/ไม่พบตาราง[\s\S]*ตัวชี้วัด! อ่านแผ่นงานนี้ไม่ได้ \(ไฟล์ส่วนนี้เสียหาย: xl\/worksheets\/sheet1\.xml/);
  await expect(cli(['recalc', file, '-o', output, '--lang', 'en'])).rejects.toThrow(/No KPI[\s\S]*ตัวชี้วัด! This sheet cannot be read/);
  expect(existsSync(output)).toBe(false);
});
