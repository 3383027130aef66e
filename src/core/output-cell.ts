/** One output cell: what to write there in the table's style, and whether it differs from what is there. */
import { parseCell } from './cell-grammar';
import type { CellRef } from './extract-indicators';
import type { Finding } from './indicator-figures';
import { cellFill, cellFormat, cellIsFormula, cellValue, mergeAt, type SheetGrid } from './grid';
import { cellDigits, type TableStyle } from './output-style';
import { formatNumber, roundHalfAway } from './thai-digits';
import type { EditList } from './edit-list';
import type { DigitStyle, Edit, EditReason, WarningCode } from './types';
import { FLAG_FILL } from './words';

export type OutputValue =
  | { kind: 'number'; value: number; decimals: number; text?: (digits: DigitStyle) => string }
  | { kind: 'text'; text: string };

export interface OutputRequest {
  sheet: SheetGrid;
  ref: CellRef;
  reason: EditReason;
  value: OutputValue | null;
  style: TableStyle;
  /** true: fill as behind plan; false: clear our fill; undefined: leave the fill. */
  flagged?: boolean;
  /** Report a typed figure that disagrees with the computation. */
  mismatch?: { code: WarningCode; what: string };
  /** Leave a '-' typed where the figure is zero (staff's way of writing nothing disbursed). */
  dashForZero?: boolean;
}

/** Where output cells put their edit (when the cell changes) and what they found: the engine's own lists. */
export interface EditSink {
  edits: EditList;
  findings: Finding[];
}

const THAI_LOCALE = '[$-D01041E]';
/** Excel's own Thai-digit locale code, which LibreOffice shows in Arabic digits: we write D01041E instead. */
const OLD_THAI_LOCALE = /\[\$-D07041E\]/i;
const OLD_THAI_LOCALE_G = /\[\$-D07041E\]/gi;

function numberFormatFor(decimals: number, digits: DigitStyle): string {
  const body = decimals === 0 ? '#,##0' : decimals === 4 ? '#,##0.0000' : '#,##0.00';
  return digits === 'thai' ? `${THAI_LOCALE}${body}` : body;
}

export function renderText(value: OutputValue, digits: DigitStyle): string {
  if (value.kind === 'text') return value.text;
  return value.text ? value.text(digits) : formatNumber(value.value, digits, { decimals: value.decimals });
}

export function outputCell(req: OutputRequest, sink: EditSink): void {
  const { sheet, ref, value } = req;
  const { findings } = sink;
  const existing = cellValue(sheet, ref.row, ref.col);
  const merge = mergeAt(sheet, ref.row, ref.col);
  if (merge && (merge.top !== ref.row || merge.left !== ref.col || merge.right > merge.left)) {
    // Inside a merged note: never written.
    if (value && existing !== null && merge.top === ref.row && merge.left === ref.col && parseCell(existing).kind === 'text') {
      findings.push({ ref, code: 'merged-output', message: 'เซลล์ผลลัพธ์อยู่ในข้อความที่ผสานเซลล์ไว้: ไม่ได้เขียนทับ' });
    }
    return;
  }
  if (cellIsFormula(sheet, ref.row, ref.col)) {
    if (value && value.kind === 'number' && typeof existing === 'number' && !same(existing, value)) {
      findings.push({
        ref,
        code: 'formula-output',
        message: `สูตรในเซลล์นี้ให้ค่า ${existing} แต่คำนวณได้ ${formatNumber(value.value, 'arabic', { decimals: value.decimals })}: ไม่ได้แก้สูตร`,
      });
    }
    return;
  }

  const fill = cellFill(sheet, ref.row, ref.col);
  let newValue: Edit['value'];
  let newFormat: Edit['numberFormat'];
  let newFill: Edit['fill'];
  let changed = false;

  if (value) {
    const parsed = parseCell(existing);
    if (req.mismatch && value.kind === 'number' && (parsed.kind === 'number' || parsed.kind === 'level') && !same(parsed.value!, value)) {
      findings.push({
        ref,
        code: req.mismatch.code,
        message: `${req.mismatch.what}ที่พิมพ์ไว้ (${parsed.text || parsed.value}) ไม่ตรงกับที่คำนวณได้ (${renderText(value, 'arabic')})`,
      });
    }
    const keepDash = req.dashForZero && parsed.kind === 'dash' && value.kind === 'number' && value.value === 0;
    if (!keepDash) {
      const writeText = value.kind === 'text' || typeof existing === 'string' || (existing === null && req.style.text);
      if (writeText) {
        const digits = cellDigits(sheet, ref.row, ref.col) ?? req.style.digits;
        const text = renderText(value, digits);
        if (existing !== text) {
          newValue = text;
          changed = true;
        }
      } else if (value.kind === 'number') {
        const v = roundHalfAway(value.value, value.decimals);
        if (typeof existing !== 'number' || !same(existing, value)) {
          newValue = v;
          changed = true;
        }
        const format = cellFormat(sheet, ref.row, ref.col);
        const wanted = !format
          ? numberFormatFor(value.decimals, req.style.digits)
          : OLD_THAI_LOCALE.test(format)
            ? format.replace(OLD_THAI_LOCALE_G, THAI_LOCALE)
            : format;
        if (wanted !== format) {
          newFormat = wanted;
          changed = true;
        }
      }
    }
  }

  if (req.flagged === true && fill !== FLAG_FILL) {
    newFill = FLAG_FILL;
    changed = true;
  } else if (req.flagged === false && fill === FLAG_FILL) {
    newFill = null;
    changed = true;
  }
  // undefined: leave that aspect of the cell as it is.
  if (changed) sink.edits.add(sheet.name, ref.row, ref.col, req.reason, newValue, newFormat, newFill);
}

function same(a: number, value: Extract<OutputValue, { kind: 'number' }>): boolean {
  return roundHalfAway(a, value.decimals) === roundHalfAway(value.value, value.decimals) && Math.abs(a - roundHalfAway(value.value, value.decimals)) < 1e-9;
}
