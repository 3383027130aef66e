/**
 * Which sheets of a package are ours (summaries this product wrote), and the settings saved in the workbook:
 * read from the package's own parts, as the add-in's rules say (src/core/summary/sheet-spec.ts).
 */
import { splitAreas } from '../../core/address';
import { ourSummarySheets as summarySheetsIn } from '../../core/summary/sheet-spec';
import { SETTINGS_SHEET } from '../../core/settings';
import { storedSettings } from '../../core/store-xml';
import { entryText } from '../zip/read-zip';
import type { Grid } from '../../core/grid';
import type { Settings } from '../../core/types';
import { dirOf, relationships, type XlsxPackage } from './package';

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

/**
 * The custom XML parts of the workbook (customXml/item*.xml, each with its customXml/itemProps*.xml), as Excel saves
 * them: related from the workbook part (or the package) by a customXml relationship. Their text, in order.
 */
export function customXmlParts(pkg: XlsxPackage): string[] {
  const rels = [pkg.workbookRelsPath, '_rels/.rels'].flatMap((relsPath) => {
    const entry = pkg.entries.get(relsPath);
    return entry ? relationships(entryText(entry), relsPath === '_rels/.rels' ? '' : dirOf(pkg.workbookPath)) : [];
  });
  const targets = rels.filter((r) => !r.external && /\/customXml$/.test(r.type) && pkg.entries.has(r.target)).map((r) => r.target);
  return [...new Set(targets)].map((t) => entryText(pkg.entries.get(t)!));
}

/**
 * The settings saved with the workbook: the add-in's store (a custom XML part of our namespace, core/store-xml.ts),
 * or, in a workbook saved by an earlier version, the very hidden `_kpi_progress` sheet's column A from A1.
 */
export function savedSettings(pkg: XlsxPackage, grid: Grid): { settings: Partial<Settings>; problems: string[] } {
  const sheet = grid.sheets.find((s) => s.name === SETTINGS_SHEET);
  const chunks: string[] = [];
  for (let r = 0; sheet && r < sheet.values.length; r++) {
    const v = sheet.values[r]?.[0];
    if (typeof v !== 'string' || v === '') break;
    chunks.push(v);
  }
  const { settings, problems } = storedSettings(customXmlParts(pkg), chunks.length ? chunks : null);
  return { settings, problems };
}
