/** Turns a failure into what the user reads: a title, what to do, and the original message for support. */
import type { Strings } from './i18n';

export type ErrorAction = keyof Strings['errorTitle'];
export type ErrorHintKey = keyof Strings['errorHint'];

export interface PaneError {
  action: ErrorAction;
  hint: ErrorHintKey;
  /** Advice written by the adapter (ExcelActionError: Thai message + English), shown instead of the hint. */
  advice?: { th: string; en: string };
  detail: string;
}

/** The adapter's error codes (src/excel/errors.ts) that the pane's own hints cover. */
const ADAPTER_CODES: Record<string, ErrorHintKey> = {
  'cell-edit-mode': 'cellEdit',
  'sheet-protected': 'protected',
  'read-only': 'protected',
  'too-large': 'tooLarge',
  'api-missing': 'unsupported',
  'sheet-missing': 'notFound',
  'no-snapshot': 'nothingToUndo',
  busy: 'busy',
};

interface AdapterLikeError {
  name?: string;
  code?: unknown;
  message?: string;
  english?: unknown;
  officeCode?: unknown;
}

/** True for the adapter's "there is no run to undo". */
export function isNothingToUndo(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as AdapterLikeError).code === 'no-snapshot';
}

/** Office.js error codes (OfficeExtension.ErrorCodes) and the adapter's ExcelActionError, mapped to advice. */
export function classifyError(error: unknown): Omit<PaneError, 'action'> {
  const e = (typeof error === 'object' && error !== null ? error : {}) as AdapterLikeError;
  const code = String(e.code ?? '');
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : JSON.stringify(error);
  if (typeof e.english === 'string' && typeof e.message === 'string') {
    // ExcelActionError: its message already says what to do, in Thai and English.
    return {
      hint: ADAPTER_CODES[code] ?? 'generic',
      advice: { th: e.message, en: e.english },
      detail: typeof e.officeCode === 'string' ? e.officeCode : '',
    };
  }
  const text = `${code} ${message}`;
  const hint: ErrorHintKey = /CellEditMode|cell.*edit|แก้ไขเซลล์/i.test(text)
    ? 'cellEdit'
    : /AccessDenied|protect|read-?only|ป้องกัน|อ่านอย่างเดียว/i.test(text)
      ? 'protected'
      : /ItemNotFound|not\s*found/i.test(text)
        ? 'notFound'
        : /PayloadSizeLimit|too large/i.test(text)
          ? 'tooLarge'
          : /ActivityLimitReached|ServiceNotAvailable|busy/i.test(text)
            ? 'busy'
            : /ApiNotFound|not supported|Unsupported/i.test(text)
              ? 'unsupported'
              : 'generic';
  return { hint, detail: message };
}
