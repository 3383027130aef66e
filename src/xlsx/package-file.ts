/** Opening an .xlsx / .xlsm package and saving one, with one clear reason when a file cannot be used. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { openPackage, type XlsxPackage } from './package/package';
import { entryText, readZip } from './zip/read-zip';

/** A file that cannot be used as a workbook: said to the user in one line. */
export class WorkbookFileError extends Error {}

/** The file's bytes, refused in one line when it is missing, a folder, or not a zip (.xls, .csv, a renamed file). */
export async function readWorkbookBytes(file: string): Promise<Buffer> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new WorkbookFileError(`ไม่พบไฟล์ (file not found): ${file}`);
    if (code === 'EISDIR') throw new WorkbookFileError(`เป็นโฟลเดอร์ ไม่ใช่ไฟล์ (is a folder): ${file}`);
    throw new WorkbookFileError(`เปิดไฟล์ไม่ได้ (cannot open): ${file}: ${(e as Error).message}`);
  }
  // A password-protected .xlsx is not a zip but an OLE compound file holding the encrypted package and an
  // "EncryptionInfo" stream (MS-OFFCRYPTO): say so, rather than "not an .xlsx".
  if (isCompoundFile(bytes) && bytes.includes(ENCRYPTION_INFO)) {
    throw new WorkbookFileError(
      `ไฟล์นี้ตั้งรหัสผ่านไว้ เปิดใน Excel แล้วเอารหัสผ่านออก (ไฟล์ > ข้อมูล > ป้องกันเวิร์กบุ๊ก > เข้ารหัสด้วยรหัสผ่าน) บันทึก แล้วลองอีกครั้ง ` +
        `(password-protected workbook: remove the password in Excel, File > Info > Protect Workbook > Encrypt with Password, save, and run again): ${file}`,
    );
  }
  // An .xlsx is a zip: 'PK'.
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new WorkbookFileError(`ไม่ใช่ไฟล์ .xlsx (not an .xlsx workbook; save it as Excel Workbook .xlsx): ${file}`);
  }
  return bytes;
}

const COMPOUND_FILE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** The stream's name as a compound file's directory holds it: UTF-16LE. */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

function isCompoundFile(bytes: Buffer): boolean {
  return bytes.length >= 8 && bytes.subarray(0, 8).equals(COMPOUND_FILE);
}

export async function openPackageFile(file: string): Promise<XlsxPackage> {
  const bytes = await readWorkbookBytes(file);
  try {
    return openPackage(bytes);
  } catch (e) {
    // LibreOffice's own format is a zip too, with no workbook part: not damaged, only another format.
    if (isOpenDocument(bytes)) {
      throw new WorkbookFileError(
        `ไฟล์นี้เป็น OpenDocument (.ods) เปิดใน LibreOffice แล้วบันทึกเป็น .xlsx ก่อน (ไฟล์ > บันทึกเป็น > Excel 2007-365) ` +
          `(an OpenDocument spreadsheet, .ods: in LibreOffice, File > Save As > Excel 2007-365 (.xlsx), then run again): ${file}`,
      );
    }
    throw new WorkbookFileError(`อ่านไฟล์ไม่ได้ อาจเสียหาย (unreadable workbook): ${file}: ${(e as Error).message}`);
  }
}

/** An OpenDocument package: its `mimetype` entry names the format (a zip that cannot be read is not one). */
function isOpenDocument(bytes: Buffer): boolean {
  let entries;
  try {
    entries = readZip(bytes);
  } catch {
    return false;
  }
  const mimetype = entries.find((e) => e.name === 'mimetype');
  return mimetype !== undefined && entryText(mimetype).startsWith('application/vnd.oasis.opendocument');
}

/** Writes beside the target first, then renames: a crash never leaves a half-written workbook. */
export async function saveBytes(bytes: Buffer, file: string): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(tmp, bytes);
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw new WorkbookFileError(`บันทึกไฟล์ไม่ได้ (cannot write): ${file}: ${(e as Error).message}`);
  }
}

/** A workbook with macros (its main part's content type says so, whatever the file is called). */
export function hasMacros(pkg: XlsxPackage): boolean {
  return pkg.order.some((n) => /vbaProject\.bin$/i.test(n));
}

/** '<name>.progress.xlsx' beside the input; '.xlsm' for a workbook with macros, so they keep working. */
export function defaultPackageOutputPath(input: string, macros: boolean): string {
  const ext = path.extname(input);
  return path.join(path.dirname(input), `${path.basename(input, ext)}.progress.${macros ? 'xlsm' : 'xlsx'}`);
}
