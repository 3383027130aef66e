/** Opening and saving .xlsx files, with one clear reason when a file cannot be used. */
import ExcelJS from 'exceljs';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { mergeEach } from './merges';
import { keepPageBreaks } from './page-breaks';

import { WorkbookFileError } from './package-file';

export { WorkbookFileError };

export async function openWorkbook(file: string): Promise<ExcelJS.Workbook> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new WorkbookFileError(`ไม่พบไฟล์ (file not found): ${file}`);
    if (code === 'EISDIR') throw new WorkbookFileError(`เป็นโฟลเดอร์ ไม่ใช่ไฟล์ (is a folder): ${file}`);
    throw new WorkbookFileError(`เปิดไฟล์ไม่ได้ (cannot open): ${file}: ${(e as Error).message}`);
  }
  // An .xlsx is a zip: 'PK'. Anything else (.xls, .csv, a renamed file) is said plainly.
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new WorkbookFileError(`ไม่ใช่ไฟล์ .xlsx (not an .xlsx workbook; save it as Excel Workbook .xlsx): ${file}`);
  }
  fastMergeLoading();
  keepPageBreaks();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new WorkbookFileError(`อ่านไฟล์ไม่ได้ อาจเสียหาย (unreadable workbook): ${file}: ${(e as Error).message}`);
  }
  return workbook;
}

/** Writes beside the target first, then renames: a crash never leaves a half-written workbook. */
export async function saveWorkbook(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await workbook.xlsx.writeFile(tmp);
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw new WorkbookFileError(`บันทึกไฟล์ไม่ได้ (cannot write): ${file}: ${(e as Error).message}`);
  }
}

/** '<name>.progress.xlsx' beside the input. */
export function defaultOutputPath(input: string): string {
  const ext = path.extname(input);
  return path.join(path.dirname(input), `${path.basename(input, ext)}.progress.xlsx`);
}

let mergesPatched = false;
/** Loading merges each area of a saved file (they never overlap) against none before it: see merges.ts. */
function fastMergeLoading(): void {
  if (mergesPatched) return;
  mergesPatched = true;
  const proto = Object.getPrototypeOf(new ExcelJS.Workbook().addWorksheet('x')) as {
    _parseMergeCells?(model: { mergeCells?: string[] }): void;
    mergeCellsWithoutStyle?(range: string): void;
  };
  // A private method of exceljs 4.x: where a later exceljs has none, loading keeps its own (slower) way.
  if (typeof proto._parseMergeCells !== 'function' || typeof proto.mergeCellsWithoutStyle !== 'function') return;
  proto._parseMergeCells = function (this: ExcelJS.Worksheet & { mergeCellsWithoutStyle(r: string): void }, model) {
    mergeEach(this, model.mergeCells ?? [], (range) => this.mergeCellsWithoutStyle(range));
  };
}
