/** Turns a failure into what the user reads: a title, what to do, and the original message for support. */
import type { Strings } from './i18n';

export type ErrorAction = keyof Strings['errorTitle'];
export type ErrorHintKey = keyof Strings['errorHint'];

export interface PaneError {
  action: ErrorAction;
  hint: ErrorHintKey;
  detail: string;
}

/** Office.js error codes (OfficeExtension.ErrorCodes) and the adapter's own messages, mapped to advice. */
export function classifyError(error: unknown): { hint: ErrorHintKey; detail: string } {
  const code = typeof error === 'object' && error !== null ? String((error as { code?: unknown }).code ?? '') : '';
  const detail = error instanceof Error ? error.message : typeof error === 'string' ? error : JSON.stringify(error);
  const text = `${code} ${detail}`;
  if (/CellEditMode|cell.*edit|แก้ไขเซลล์/i.test(text)) return { hint: 'cellEdit', detail };
  if (/AccessDenied|protect|read-?only|ป้องกัน|อ่านอย่างเดียว/i.test(text)) return { hint: 'protected', detail };
  if (/ItemNotFound|not\s*found/i.test(text)) return { hint: 'notFound', detail };
  if (/PayloadSizeLimit|ResponsePayloadSizeLimit|too large/i.test(text)) return { hint: 'tooLarge', detail };
  if (/ActivityLimitReached|ServiceNotAvailable|busy/i.test(text)) return { hint: 'busy', detail };
  if (/ApiNotFound|isSetSupported|not supported|Unsupported/i.test(text)) return { hint: 'unsupported', detail };
  return { hint: 'generic', detail };
}
