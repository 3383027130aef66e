/**
 * Which sheets of a package are ours (summaries this product wrote), and the settings saved in the workbook:
 * read from the package's own parts, as the add-in's rules say (src/core/summary/sheet-spec.ts).
 */
import { SUMMARY_NAME_PREFIX, SUMMARY_SHEET_PREFIX } from '../../core/summary/sheet-spec';
import { parseSettings, SETTINGS_SHEET } from '../../core/settings';
import type { Grid } from '../../core/grid';
import type { Settings } from '../../core/types';
import type { XlsxPackage } from './package';

/** Names of the summary sheets we made: named 'สรุปผล…' and pointed at by our defined name. */
export function ourSummarySheets(pkg: XlsxPackage): string[] {
  const marked = new Set<string>();
  for (const { name, formula } of pkg.definedNames) {
    if (!name.startsWith(SUMMARY_NAME_PREFIX)) continue;
    for (const ref of formula.split(',')) {
      const sheet = sheetOfRef(ref.trim());
      if (sheet !== null) marked.add(sheet);
    }
  }
  return pkg.sheets.map((s) => s.name).filter((n) => n.startsWith(SUMMARY_SHEET_PREFIX) && marked.has(n));
}

/** Every sheet but our summaries: the names renderSummary must keep clear of. */
export function userSheetNames(pkg: XlsxPackage): string[] {
  const ours = new Set(ourSummarySheets(pkg));
  return pkg.sheets.map((s) => s.name).filter((n) => !ours.has(n));
}

/** The sheet a reference names: `'สรุปผล ไตรมาส ๒'!$A$1` → สรุปผล ไตรมาส ๒. */
export function sheetOfRef(ref: string): string | null {
  const bang = ref.lastIndexOf('!');
  if (bang < 0) return null;
  const s = ref.slice(0, bang);
  return s.startsWith("'") && s.endsWith("'") ? s.slice(1, -1).replace(/''/g, "'") : s;
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
