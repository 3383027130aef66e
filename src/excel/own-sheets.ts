/** The sheets the add-in keeps for itself, and how to tell our summary sheets from a user's sheets. */
import { SETTINGS_SHEET } from '../core/settings';
import { ourSummarySheets } from '../core/summary/sheet-spec';

export { SETTINGS_SHEET };
/**
 * Very hidden, written by earlier versions: the snapshot behind ย้อนกลับ. Now in custom XML parts (core/store-xml.ts);
 * a snapshot left here is still restored, and the sheet is never added.
 */
export const UNDO_SHEET = '_kpi_progress_undo';

/** An older workbook's settings and undo sheets: never read as a source, never shown. */
export function isOwnHiddenSheet(name: string): boolean {
  return name === SETTINGS_SHEET || name === UNDO_SHEET;
}

/**
 * Our summary sheets (the rule is core's ourSummarySheets): sheet name → marker names pointing at it. `names` are
 * the workbook's names as loaded ('items/name,items/formula'), passed as they are.
 */
export function summarySheets(names: readonly { name: string; formula: unknown }[], sheetNames: string[]): Map<string, string[]> {
  return ourSummarySheets(names.map((n) => ({ name: n.name, refersTo: String(n.formula) })), sheetNames);
}

/** Column A of an older workbook's settings sheet (its used range from A1), down to the first empty cell; else null. */
export function settingsColumn(used: { rowIndex: number; columnIndex: number; values: unknown[][] }): string[] | null {
  if (used.rowIndex !== 0 || used.columnIndex !== 0) return null;
  const chunks: string[] = [];
  for (const row of used.values) {
    if (typeof row[0] !== 'string' || row[0] === '') break;
    chunks.push(row[0]);
  }
  return chunks;
}
