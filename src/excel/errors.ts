/**
 * Every failure the Office.js adapter reports, in one dictionary: a code, a Thai message saying what to do, and
 * the English one. Office errors are mapped here, never swallowed: the pane shows `message` (Thai) and can show
 * `english` when Office's display language is not Thai.
 */
import { textOf, type Text } from '../core/text';

export type ExcelActionCode =
  | 'cell-edit-mode'
  | 'sheet-protected'
  | 'read-only'
  | 'too-large'
  | 'api-missing'
  | 'sheet-missing'
  | 'sheet-name-taken'
  | 'no-snapshot'
  | 'snapshot-damaged'
  | 'busy'
  | 'structure-protected'
  | 'partly-written'
  | 'office-error';

const MESSAGES: Record<ExcelActionCode, Record<'th' | 'en', Text<[detail: string]>>> = {
  'cell-edit-mode': {
    th: 'Excel กำลังแก้ไขเซลล์อยู่: กด Enter หรือ Esc ให้ออกจากการแก้ไขเซลล์ก่อน แล้วลองอีกครั้ง',
    en: 'A cell is being edited: press Enter or Esc to leave the cell, then try again.',
  },
  'sheet-protected': {
    // Only what Excel still refuses: core leaves out the locked cells, so this is a lock changed since the read.
    th: (d) =>
      `แผ่นงาน ${d} ถูกป้องกันไว้ และ Excel ไม่ยอมให้เขียนเซลล์ผลลัพธ์บางเซลล์: ปลดล็อกเซลล์ผลลัพธ์ หรือยกเลิกการป้องกัน (รีวิว > ยกเลิกการป้องกันแผ่นงาน) แล้วลองอีกครั้ง`,
    en: (d) =>
      `The sheet ${d} is protected and Excel refused to write some output cells: unlock those cells, or unprotect the sheet (Review > Unprotect Sheet), then try again.`,
  },
  'read-only': {
    th: 'เวิร์กบุ๊กนี้เปิดแบบอ่านอย่างเดียว: เปิดให้แก้ไขได้ (เปิดใช้งานการแก้ไข หรือบันทึกเป็นสำเนา) แล้วลองอีกครั้ง',
    en: 'This workbook is open read-only: enable editing (or save a copy), then try again.',
  },
  'too-large': {
    th: 'ข้อมูลที่ส่งให้ Excel ครั้งเดียวมากเกินไป: ลองใหม่อีกครั้ง หรือใช้ Excel บนเดสก์ท็อป',
    en: 'Too much data for one request to Excel: try again, or use Excel on the desktop.',
  },
  'api-missing': {
    th: (d) => `Excel รุ่นนี้ไม่รองรับคำสั่งที่ต้องใช้ (ExcelApi ${d}): ปรับปรุง Office เป็นรุ่นล่าสุด หรือใช้ Excel บนเว็บ`,
    en: (d) => `This version of Excel lacks a feature the add-in needs (ExcelApi ${d}): update Office or use Excel on the web.`,
  },
  'sheet-missing': {
    th: (d) => `ไม่พบแผ่นงาน ${d}: อาจถูกลบหรือเปลี่ยนชื่อ ให้คำนวณใหม่อีกครั้ง`,
    en: (d) => `The sheet ${d} was not found (deleted or renamed?): recalculate again.`,
  },
  'sheet-name-taken': {
    th: (d) => `มีแผ่นงานชื่อ ${d} ของผู้ใช้อยู่แล้ว: เปลี่ยนชื่อแผ่นงานนั้น แล้วสร้างสรุปผลอีกครั้ง`,
    en: (d) => `A sheet of yours is already named ${d}: rename it, then generate the summary again.`,
  },
  'no-snapshot': {
    th: 'ไม่มีการคำนวณครั้งล่าสุดให้ย้อนกลับ',
    en: 'There is no run to undo.',
  },
  'snapshot-damaged': {
    th: 'ข้อมูลสำหรับย้อนกลับในเวิร์กบุ๊กไม่สมบูรณ์ จึงย้อนกลับไม่ได้: ใช้ Ctrl+Z หรือเปิดเวอร์ชันก่อนหน้าของไฟล์',
    en: 'The undo data saved in the workbook is incomplete, so nothing was restored: use Ctrl+Z or an earlier version of the file.',
  },
  busy: {
    th: 'Excel ไม่ว่างหรือการเชื่อมต่อขาด: รอสักครู่แล้วลองอีกครั้ง',
    en: 'Excel is busy or the connection dropped: wait a moment, then try again.',
  },
  'structure-protected': {
    // Only the summary adds a sheet (the undo snapshot is a custom XML part).
    th: 'โครงสร้างเวิร์กบุ๊กถูกป้องกันไว้ จึงเพิ่มแผ่นงานสรุปผลไม่ได้: ยกเลิกการป้องกัน (รีวิว > ป้องกันเวิร์กบุ๊ก) แล้วสร้างสรุปผลอีกครั้ง',
    en:
      "The workbook's structure is protected, so the summary sheet cannot be added: unprotect it (Review > Protect Workbook), then generate the summary again.",
  },
  'partly-written': {
    th: 'Excel หยุดกลางทางและยังใส่ค่าเดิมคืนไม่ได้: กดปุ่ม ย้อนกลับ ในบานหน้าต่างนี้ เพื่อคืนทุกเซลล์ที่เปลี่ยนไปเป็นค่าเดิม',
    en: 'Excel stopped part-way and the cells could not be put back yet: press Undo (ย้อนกลับ) in this pane to restore every changed cell.',
  },
  'office-error': {
    th: (d) => `Excel แจ้งข้อผิดพลาด (${d}): ลองอีกครั้ง หากเซลล์ใดเปลี่ยนไปแล้ว ให้กดย้อนกลับ`,
    en: (d) => `Excel reported an error (${d}): try again; if any cell changed, use Undo (ย้อนกลับ).`,
  },
};

export class ExcelActionError extends Error {
  override name = 'ExcelActionError';
  readonly english: string;
  constructor(
    readonly code: ExcelActionCode,
    detail = '',
    /** The Office error (code and message) behind this one, for the log. */
    readonly officeCode: string | null = null,
    options?: { cause?: unknown },
  ) {
    super(textOf(MESSAGES[code].th, detail), options);
    this.english = textOf(MESSAGES[code].en, detail);
  }
}

interface OfficeLikeError {
  code?: string;
  message?: string;
  debugInfo?: { code?: string; message?: string; errorLocation?: string };
}

/** The Office error code of a thrown value ('InvalidOperationInCellEditMode', 'AccessDenied', …), or null. */
export function officeCode(e: unknown): string | null {
  if (!e || typeof e !== 'object') return null;
  const err = e as OfficeLikeError;
  return err.code ?? err.debugInfo?.code ?? null;
}

/**
 * Maps whatever an Excel.run threw to an ExcelActionError. `protectedSheet` names the sheet to blame when Office
 * says AccessDenied and a target sheet is known to be protected; otherwise AccessDenied means a read-only workbook.
 */
export function toActionError(e: unknown, protectedSheet: string | null = null): ExcelActionError {
  if (e instanceof ExcelActionError) return e;
  const code = officeCode(e);
  const message = (e as OfficeLikeError | null)?.message ?? String(e);
  switch (code) {
    case 'InvalidOperationInCellEditMode':
      return new ExcelActionError('cell-edit-mode', '', code, { cause: e });
    case 'AccessDenied':
      return protectedSheet
        ? new ExcelActionError('sheet-protected', protectedSheet, code, { cause: e })
        : new ExcelActionError('read-only', '', code, { cause: e });
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
    case 'RangeExceedsLimit':
      return new ExcelActionError('too-large', '', code, { cause: e });
    case 'ApiNotFound':
    case 'UnsupportedFeature':
      return new ExcelActionError('api-missing', message, code, { cause: e });
    case 'RequestAborted':
    case 'ActivityLimitReached':
    case 'ServiceNotAvailable':
    case 'Conflict':
      return new ExcelActionError('busy', '', code, { cause: e });
    default:
      if (/edit mode|cell-editing/i.test(message)) return new ExcelActionError('cell-edit-mode', '', code, { cause: e });
      return new ExcelActionError('office-error', code ?? message, code, { cause: e });
  }
}

/** An error Excel (or the in-memory Excel) raised, as opposed to a bug of ours. */
/** True when Excel refused a sync for its size (Excel on the web: over 5 MB a request or a response). */
export function refusedAsTooLarge(e: unknown): boolean {
  const code = officeCode(e);
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded';
}

export function isOfficeError(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false;
  const err = e as OfficeLikeError & { name?: string };
  return err.name === 'RichApi.Error' || typeof err.debugInfo === 'object' || (typeof err.code === 'string' && err.code !== '');
}

/**
 * Runs an adapter operation and turns what Excel throws into an ExcelActionError; anything else is a bug and
 * goes up as it is.
 */
export async function mapped<T>(work: () => Promise<T>, protectedSheet: () => string | null = () => null): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof ExcelActionError || !isOfficeError(e)) throw e;
    throw toActionError(e, protectedSheet());
  }
}
