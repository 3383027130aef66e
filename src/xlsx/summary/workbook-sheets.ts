/**
 * The workbook part's list of sheets and defined names, edited as lists of their own elements (each kept as it
 * was written) and put back: a sheet taken out or put in at a position, names local to a sheet renumbered with it
 * (localSheetId is a position), the active tab kept on the same sheet. Elements keep the prefix the part's own carry
 * (`<x:sheets>`, as the .NET Open XML SDK writes them), and what is added gets it too.
 */
import { attribute, escapeXml } from '../sheet-xml/xml-text';
import { insertInWorkbook, workbookPrefix } from '../patch/package-parts';
import { setAttr } from '../patch/style-book';

export interface WorkbookSheets {
  /** The prefix of the workbook part's elements: '' or e.g. 'x:'. */
  p: string;
  /** The `<sheet …/>` elements, in order. */
  sheets: string[];
  /** The `<definedName>` elements. */
  names: string[];
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export function readWorkbookSheets(xml: string): WorkbookSheets {
  const p = workbookPrefix(xml);
  const sheetsBody = section(p, 'sheets').exec(xml)?.[1] ?? '';
  const namesBody = section(p, 'definedNames').exec(xml)?.[1] ?? '';
  const each = (name: string) => new RegExp(`<${p}${name}\\b[^>]*?(?:\\/>|>[\\s\\S]*?<\\/${p}${name}>)`, 'g');
  return {
    p,
    sheets: [...sheetsBody.matchAll(each('sheet'))].map((m) => m[0]),
    names: [...namesBody.matchAll(each('definedName'))].map((m) => m[0]),
  };
}

/** `<p:name>…</p:name>`, its content the first group, or an empty `<p:name/>` (openpyxl writes `<definedNames/>`). */
function section(p: string, name: string): RegExp {
  return new RegExp(`<${p}${name}(?:\\s*\\/>|>([\\s\\S]*?)<\\/${p}${name}>)`);
}

/** Names local to sheet `at` go; those of later sheets move down one. */
export function removeSheetAt(wb: WorkbookSheets, at: number): void {
  wb.sheets.splice(at, 1);
  wb.names = wb.names.flatMap((n) => {
    const local = attribute(n, 'localSheetId');
    if (local === undefined) return [n];
    const i = Number(local);
    if (i === at) return [];
    return [i > at ? setAttr(n, 'localSheetId', String(i - 1)) : n];
  });
}

/** A sheet element put in at `at`; names local to sheets from `at` on move up one. */
export function insertSheetAt(wb: WorkbookSheets, at: number, sheetElement: string): void {
  wb.sheets.splice(at, 0, sheetElement);
  wb.names = wb.names.map((n) => {
    const local = attribute(n, 'localSheetId');
    return local !== undefined && Number(local) >= at ? setAttr(n, 'localSheetId', String(Number(local) + 1)) : n;
  });
}

export function definedNameXml(p: string, name: string, formula: string, localSheetId?: number): string {
  return `<${p}definedName name="${escapeXml(name)}"${localSheetId !== undefined ? ` localSheetId="${localSheetId}"` : ''}>${escapeXml(formula)}</${p}definedName>`;
}

/** The sheet element for a new sheet, with the workbook's own prefix for the relationships namespace. */
export function sheetElement(xml: string, name: string, sheetId: number, relId: string): string {
  // Only a prefix declared on the root reaches a new sheet element (openpyxl declares it on each sheet instead).
  const root = /<(?:\w+:)?workbook\b[^>]*>/.exec(xml)?.[0] ?? '';
  const prefix = new RegExp(`xmlns:(\\w+)="${REL}"`).exec(root)?.[1];
  const rid = prefix ? `${prefix}:id="${relId}"` : `r:id="${relId}" xmlns:r="${REL}"`;
  return `<${workbookPrefix(xml)}sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${rid}/>`;
}

/** The workbook part with these sheets and names, and the active tab on `activeSheet`'s new position. */
export function writeWorkbookSheets(xml: string, wb: WorkbookSheets, activeTab: number): string {
  const { p } = wb;
  let out = xml.replace(section(p, 'sheets'), () => `<${p}sheets>${wb.sheets.join('')}</${p}sheets>`);
  const names = wb.names.length ? `<${p}definedNames>${wb.names.join('')}</${p}definedNames>` : '';
  if (section(p, 'definedNames').test(out)) out = out.replace(section(p, 'definedNames'), () => names);
  else if (names) out = insertInWorkbook(out, 'definedNames', names);
  return out.replace(new RegExp(`<${p}workbookView\\b[^>]*>`, 'g'), (view) => {
    let v = attribute(view, 'activeTab') !== undefined || activeTab > 0 ? setAttr(view, 'activeTab', String(activeTab)) : view;
    const first = attribute(v, 'firstSheet');
    if (first !== undefined && Number(first) >= wb.sheets.length) v = setAttr(v, 'firstSheet', '0');
    return v;
  });
}

/** The position of the tab shown when the file opens. */
export function activeTabOf(xml: string): number {
  const view = new RegExp(`<${workbookPrefix(xml)}workbookView\\b[^>]*>`).exec(xml)?.[0];
  return Number((view && attribute(view, 'activeTab')) ?? 0);
}
