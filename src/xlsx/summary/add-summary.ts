/**
 * The summary sheet added to the package as new parts: its worksheet part, its looks appended to the styles, its
 * place in the workbook part (after the sheets the report read), relationship, content type, defined names (our
 * marker, the print titles) and the sheet list of docProps/app.xml. A summary this product wrote before is taken
 * out whole first; a user's sheet is never touched.
 */
import { SUMMARY_NAME_PREFIX, type SheetSpec } from '../../core/summary/sheet-spec';
import { quoteSheet } from '../../core/address';
import { ourSummarySheets } from '../package/our-sheets';
import { withOverride, withoutRelationship, withRelationship } from '../patch/package-parts';
import { relativeTo, type PackageWriter } from '../patch/package-writer';
import { attribute } from '../sheet-xml/xml-text';
import type { SummaryNote } from '../write-sheet-spec';
import { updateAppProperties } from './app-properties';
import { removeSheetParts } from './remove-sheet-parts';
import { SummaryLooks } from './summary-looks';
import { rowsRef, summarySheetXml } from './summary-sheet-xml';
import { activeTabOf, definedNameXml, insertSheetAt, readWorkbookSheets, removeSheetAt, sheetElement, writeWorkbookSheets } from './workbook-sheets';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

export interface AddedSummary {
  sheetName: string;
  replaced: string[];
  notes: SummaryNote[];
}

export function addSummaryParts(writer: PackageWriter, spec: SheetSpec, after: string[]): AddedSummary {
  const pkg = writer.pkg;
  const notes: SummaryNote[] = [];
  const replaced = ourSummarySheets(pkg);
  let xml = writer.text(pkg.workbookPath);
  const wb = readWorkbookSheets(xml);
  const nameOf = (el: string) => attribute(el, 'name') ?? '';
  const activeName = nameOf(wb.sheets[activeTabOf(xml)] ?? '');
  let rels = writer.text(pkg.workbookRelsPath);
  for (const name of replaced) {
    const at = wb.sheets.findIndex((el) => nameOf(el) === name);
    const sheet = pkg.sheets.find((s) => s.name === name)!;
    if (at < 0) continue;
    removeSheetAt(wb, at);
    rels = withoutRelationship(rels, sheet.relId);
    if (sheet.path) removeSheetParts(writer, sheet.path);
  }
  // Our marker names go with their sheets; a marker left on a sheet the user renamed goes too (the sheet is theirs).
  wb.names = wb.names.filter((n) => !nameOf(n).startsWith(SUMMARY_NAME_PREFIX));

  const taken = new Set(wb.sheets.map((el) => nameOf(el).toLowerCase()));
  let name = spec.name;
  if (taken.has(name.toLowerCase())) {
    name = freeName(taken, spec.name);
    notes.push({ kind: 'renamed', wanted: spec.name, written: name });
  }
  const positions = after.map((n) => wb.sheets.findIndex((el) => nameOf(el) === n)).filter((i) => i >= 0);
  const at = positions.length ? Math.max(...positions) + 1 : wb.sheets.length;

  const path = freePartPath(writer);
  const added = withRelationship(rels, `${REL}/worksheet`, relativeTo(pkg.workbookPath, path));
  writer.set(pkg.workbookRelsPath, added.xml);
  writer.set('[Content_Types].xml', withOverride(writer.text('[Content_Types].xml'), path, WORKSHEET_TYPE));
  const sheetId = Math.max(0, ...wb.sheets.map((el) => Number(attribute(el, 'sheetId') ?? 0))) + 1;
  insertSheetAt(wb, at, sheetElement(xml, name, sheetId, added.id));
  wb.names.push(definedNameXml(wb.p, spec.markerName, `${quoteSheet(name)}!$A$1`));
  const titles = spec.page.printTitleRows;
  if (titles) wb.names.push(definedNameXml(wb.p, '_xlnm.Print_Titles', `${quoteSheet(name)}!${rowsRef(titles.first, titles.last)}`, at));
  const active = Math.max(0, wb.sheets.findIndex((el) => nameOf(el) === activeName));
  xml = writeWorkbookSheets(xml, wb, active);
  writer.set(pkg.workbookPath, xml);
  writer.setCompressed(path, summarySheetXml(spec, new SummaryLooks(spec, writer.styles())));
  // The chain names sheets by id: one taken out makes it stale.
  if (replaced.length) writer.dropCalcChain();
  const worksheetsBefore = wb.sheets.slice(0, at).length;
  updateAppProperties(writer, replaced, { name, at: worksheetsBefore });

  if (spec.charts.length > 0) notes.push({ kind: 'chartsLeftOut', titles: spec.charts.map((c) => c.title) });
  if (spec.fallbackFont) notes.push({ kind: 'font', font: spec.font.name, size: spec.font.size, fallback: spec.fallbackFont });
  return { sheetName: name, replaced, notes };
}

function freeName(taken: Set<string>, base: string): string {
  for (let n = 2; n < 100; n++) {
    const suffix = ` ${n}`;
    const name = base.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
  throw new Error(`No free sheet name for ${base}`);
}

function freePartPath(writer: PackageWriter): string {
  for (let n = 1; ; n++) {
    const path = `xl/worksheets/sheet${n}.xml`;
    if (!writer.has(path)) return path;
  }
}
