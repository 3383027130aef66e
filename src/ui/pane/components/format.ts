/** How the pane shows figures: Arabic digits, two decimals for percentages. */
import { parseA1, rangeAddress, rangeHasRow } from '../../../core/address';
import type { DigitStyle, Report, Warning } from '../../../core/types';
import { warningMessage, type Language } from '../../../core/warning-messages';

/** The digits the pane writes its figures in: its language's (Thai digits in Thai, Arabic digits in English). */
export function paneDigits(lang: Language): DigitStyle {
  return lang === 'th' ? 'thai' : 'arabic';
}

/** A warning's message in the pane's language and digits. */
export function warningText(w: Warning, lang: Language): string {
  return warningMessage(w, lang, paneDigits(lang));
}

export function percentText(p: number | null): string {
  return p === null ? '–' : p.toFixed(2);
}

/** The address of a row across its table's columns ('A12:J12'), or the row alone when no table covers it. */
export function rowAddress(report: Report, sheet: string, row: number): string {
  const table = report.tables.find((t) => t.sheet === sheet && rangeHasRow(t.range, row));
  if (!table) return `${row}:${row}`;
  const r = parseA1(table.range);
  return rangeAddress({ top: row - 1, bottom: row - 1, left: r.left, right: r.right });
}
