/** The sheets the add-in keeps for itself, and how to tell our summary sheets from a user's sheets. */
import { SETTINGS_SHEET } from '../core/settings';
import { SUMMARY_NAME_PREFIX, SUMMARY_SHEET_PREFIX } from '../core/summary/sheet-spec';
import { parseSheetAddress } from '../core/address';

export { SETTINGS_SHEET };
/** Very hidden: the snapshot behind ย้อนกลับ (the last run's cells as they were). */
export const UNDO_SHEET = '_kpi_progress_undo';

/** Settings and undo sheets: never read as a source, never shown. */
export function isOwnHiddenSheet(name: string): boolean {
  return name === SETTINGS_SHEET || name === UNDO_SHEET;
}

/**
 * Our summary sheets: named 'สรุปผล…' and pointed at by a workbook name starting with SUMMARY_NAME_PREFIX
 * (see src/core/summary/sheet-spec.ts). Returns sheet name → marker names pointing at it.
 */
export function summarySheets(
  names: { name: string; formula: string }[],
  sheetNames: string[],
): Map<string, string[]> {
  const bySheet = new Map<string, string[]>();
  for (const n of names) {
    if (!n.name.startsWith(SUMMARY_NAME_PREFIX)) continue;
    let sheet: string | null = null;
    try {
      sheet = parseSheetAddress(n.formula).sheet;
    } catch {
      sheet = null; // '=#REF!…': its sheet is gone
    }
    const match = sheet === null ? undefined : sheetNames.find((s) => s.toLowerCase() === sheet!.toLowerCase());
    if (!match || !match.startsWith(SUMMARY_SHEET_PREFIX)) continue;
    bySheet.set(match, [...(bySheet.get(match) ?? []), n.name]);
  }
  return bySheet;
}
