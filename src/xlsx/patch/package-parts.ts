/**
 * Edits of the package's own parts, each a small change to the text as it was: the workbook part's calculation
 * properties, sheets and defined names; a relationships part; `[Content_Types].xml`.
 */
import { escapeXml, rootPrefix } from '../sheet-xml/xml-text';
import { setAttr } from './style-book';

/** `<calcPr … fullCalcOnLoad="1"/>`: Excel recalculates every formula on opening, so one that reads a cell we wrote is right. */
export function withFullCalcOnLoad(workbookXml: string): string {
  const p = workbookPrefix(workbookXml);
  const calc = new RegExp(`<${p}calcPr\\b[^>]*>`).exec(workbookXml);
  if (calc) return workbookXml.slice(0, calc.index) + setAttr(calc[0], 'fullCalcOnLoad', '1') + workbookXml.slice(calc.index + calc[0].length);
  return insertInWorkbook(workbookXml, 'calcPr', `<${p}calcPr fullCalcOnLoad="1"/>`);
}

/** The prefix of the workbook part's elements ('' or e.g. 'x:', as the .NET Open XML SDK writes them): what is written there carries it. */
export const workbookPrefix = (workbookXml: string): string => rootPrefix(workbookXml, 'workbook');

/** CT_Workbook's children, in order: where a missing one goes. */
const WORKBOOK_ORDER = [
  'fileVersion', 'fileSharing', 'workbookPr', 'workbookProtection', 'bookViews', 'sheets', 'functionGroups',
  'externalReferences', 'definedNames', 'calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr',
  'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst',
];

/** `element` (whole XML) put where CT_Workbook's order wants `name`: before the first later child present. */
export function insertInWorkbook(workbookXml: string, name: string, element: string): string {
  for (const later of WORKBOOK_ORDER.slice(WORKBOOK_ORDER.indexOf(name) + 1)) {
    const at = new RegExp(`<(?:\\w+:)?${later}(?=[\\s>/])`).exec(workbookXml);
    if (at) return workbookXml.slice(0, at.index) + element + workbookXml.slice(at.index);
  }
  const end = workbookXml.lastIndexOf('</');
  return workbookXml.slice(0, end) + element + workbookXml.slice(end);
}

/** The relationships part without the relationship `id`. */
export function withoutRelationship(relsXml: string, id: string): string {
  return relsXml.replace(new RegExp(`<Relationship\\b[^>]*\\bId="${escapeRe(id)}"[^>]*/>`), '');
}

/** The relationships part with one more; returns its new id (rIdN, free in the part). */
export function withRelationship(relsXml: string, type: string, target: string): { xml: string; id: string } {
  const used = new Set([...relsXml.matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
  const end = relsXml.lastIndexOf('</Relationships>');
  return { xml: relsXml.slice(0, end) + rel + relsXml.slice(end), id };
}

/** `[Content_Types].xml` without the override of `partPath` ('xl/calcChain.xml'). */
export function withoutOverride(typesXml: string, partPath: string): string {
  return typesXml.replace(new RegExp(`<Override\\b[^>]*\\bPartName="/${escapeRe(partPath)}"[^>]*/>`), '');
}

export function withOverride(typesXml: string, partPath: string, contentType: string): string {
  const clean = withoutOverride(typesXml, partPath);
  const end = clean.lastIndexOf('</Types>');
  return `${clean.slice(0, end)}<Override PartName="/${escapeXml(partPath)}" ContentType="${contentType}"/>${clean.slice(end)}`;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
