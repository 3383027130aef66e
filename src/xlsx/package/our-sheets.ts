/**
 * Which sheets of a package are ours (summaries this product wrote), and the settings saved in the workbook:
 * read from the package's own parts, as the add-in's rules say (src/core/summary/sheet-spec.ts).
 */
import { splitAreas } from '../../core/address';
import { ourSummarySheets as summarySheetsIn } from '../../core/summary/sheet-spec';
import { parseSettings, SETTINGS_SHEET } from '../../core/settings';
import type { Grid } from '../../core/grid';
import type { Settings } from '../../core/types';
import type { XlsxPackage } from './package';

/** Names of the summary sheets we made (core's rule, sheet-spec.ts ourSummarySheets), in the workbook's order. */
export function ourSummarySheets(pkg: XlsxPackage): string[] {
  const names = pkg.definedNames.flatMap(({ name, formula }) => splitAreas(formula).map((refersTo) => ({ name, refersTo })));
  return [...summarySheetsIn(names, pkg.sheets.map((s) => s.name)).keys()];
}

/** Every sheet but our summaries: the names renderSummary must keep clear of. */
export function userSheetNames(pkg: XlsxPackage): string[] {
  const ours = new Set(ourSummarySheets(pkg));
  return pkg.sheets.map((s) => s.name).filter((n) => !ours.has(n));
}

/** The settings saved in the very hidden `_kpi_progress` sheet: column A from A1, one chunk a cell. */
export function savedSettings(grid: Grid): { settings: Partial<Settings>; problems: string[] } {
  const sheet = grid.sheets.find((s) => s.name === SETTINGS_SHEET);
  if (!sheet) return { settings: {}, problems: [] };
  const chunks: string[] = [];
  for (let r = 0; r < sheet.values.length; r++) {
    const v = sheet.values[r]?.[0];
    if (typeof v !== 'string' || v === '') break;
    chunks.push(v);
  }
  return chunks.length ? parseSettings(chunks) : { settings: {}, problems: [] };
}
