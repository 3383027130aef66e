/**
 * The workbook part's list of sheets and defined names, edited as lists of their own elements (each kept as it
 * was written) and put back: a sheet taken out or put in at a position, names local to a sheet renumbered with it
 * (localSheetId is a position), the active tab kept on the same sheet.
 */
import { attribute, escapeXml } from '../sheet-xml/xml-text';
import { insertInWorkbook } from '../patch/package-parts';
import { setAttr } from '../patch/style-book';

export interface WorkbookSheets {
  /** The `<sheet …/>` elements, in order. */
  sheets: string[];
  /** The `<definedName>` elements. */
  names: string[];
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export function readWorkbookSheets(xml: string): WorkbookSheets {
  const sheetsBody = /<sheets>([\s\S]*?)<\/sheets>/.exec(xml)?.[1] ?? '';
  const namesBody = /<definedNames>([\s\S]*?)<\/definedNames>/.exec(xml)?.[1] ?? '';
  return {
    sheets: [...sheetsBody.matchAll(/<sheet\b[^>]*?(?:\/>|>[\s\S]*?<\/sheet>)/g)].map((m) => m[0]),
    names: [...namesBody.matchAll(/<definedName\b[^>]*?(?:\/>|>[\s\S]*?<\/definedName>)/g)].map((m) => m[0]),
  };
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

export function definedNameXml(name: string, formula: string, localSheetId?: number): string {
  return `<definedName name="${escapeXml(name)}"${localSheetId !== undefined ? ` localSheetId="${localSheetId}"` : ''}>${escapeXml(formula)}</definedName>`;
}

/** The sheet element for a new sheet, with the workbook's own prefix for the relationships namespace. */
export function sheetElement(xml: string, name: string, sheetId: number, relId: string): string {
  // Only a prefix declared on the root reaches a new sheet element (openpyxl declares it on each sheet instead).
  const root = /<(?:\w+:)?workbook\b[^>]*>/.exec(xml)?.[0] ?? '';
  const prefix = new RegExp(`xmlns:(\\w+)="${REL}"`).exec(root)?.[1];
  const rid = prefix ? `${prefix}:id="${relId}"` : `r:id="${relId}" xmlns:r="${REL}"`;
  return `<sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${rid}/>`;
}

/** The workbook part with these sheets and names, and the active tab on `activeSheet`'s new position. */
export function writeWorkbookSheets(xml: string, wb: WorkbookSheets, activeTab: number): string {
  let out = xml.replace(/<sheets>[\s\S]*?<\/sheets>/, () => `<sheets>${wb.sheets.join('')}</sheets>`);
  const names = wb.names.length ? `<definedNames>${wb.names.join('')}</definedNames>` : '';
  if (/<definedNames>[\s\S]*?<\/definedNames>/.test(out)) out = out.replace(/<definedNames>[\s\S]*?<\/definedNames>/, () => names);
  else if (names) out = insertInWorkbook(out, 'definedNames', names);
  return out.replace(/<workbookView\b[^>]*>/g, (view) => {
    let v = attribute(view, 'activeTab') !== undefined || activeTab > 0 ? setAttr(view, 'activeTab', String(activeTab)) : view;
    const first = attribute(v, 'firstSheet');
    if (first !== undefined && Number(first) >= wb.sheets.length) v = setAttr(v, 'firstSheet', '0');
    return v;
  });
}

/** The position of the tab shown when the file opens. */
export function activeTabOf(xml: string): number {
  const view = /<workbookView\b[^>]*>/.exec(xml)?.[0];
  return Number((view && attribute(view, 'activeTab')) ?? 0);
}
