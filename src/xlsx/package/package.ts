/**
 * An .xlsx package as read: its zip entries, the workbook part and its sheets in order (name, state, part path),
 * defined names and the date system. Paths are zip entry names ('xl/worksheets/sheet1.xml').
 */
import { entryText, readZip, type ZipEntry } from '../zip/read-zip';
import { attribute, attributes, decodeXml, rootPrefix, startTags, withoutPrefix } from '../sheet-xml/xml-text';

export interface PackageSheet {
  name: string;
  sheetId: string;
  relId: string;
  /** 'visible' | 'hidden' | 'veryHidden' */
  state: string;
  /** The worksheet part, or null for a chart sheet / dialog sheet (no cells). */
  path: string | null;
}

export interface DefinedName {
  name: string;
  /** The formula text, e.g. `'สรุปผล ไตรมาส ๒'!$A$1`. */
  formula: string;
  /** Set for a name local to one sheet (its position among the sheets). */
  localSheetId?: number;
}

export interface XlsxPackage {
  entries: Map<string, ZipEntry>;
  /** Entry names in the zip's order. */
  order: string[];
  workbookPath: string;
  workbookXml: string;
  /** The workbook part's relationships part, and its text. */
  workbookRelsPath: string;
  sheets: PackageSheet[];
  definedNames: DefinedName[];
  date1904: boolean;
  /** Review > Protect Workbook with its structure locked: no sheet may be added or deleted. */
  structureProtected: boolean;
  stylesPath: string | null;
  sharedStringsPath: string | null;
}

const OFFICE_DOCUMENT = /\/officeDocument$/;

export function openPackage(bytes: Buffer): XlsxPackage {
  const list = readZip(bytes);
  const entries = new Map(list.map((e) => [e.name, e]));
  const text = (p: string) => {
    const e = entries.get(p);
    if (!e) throw new Error(`the package has no ${p}`);
    return entryText(e);
  };
  const rootRels = relationships(text('_rels/.rels'), '');
  const workbookPath = rootRels.find((r) => OFFICE_DOCUMENT.test(r.type))?.target ?? 'xl/workbook.xml';
  const workbookXml = text(workbookPath);
  // Read without the prefix its elements may carry (`<x:workbook><x:sheets>`, as the .NET Open XML SDK writes it).
  const plainWorkbook = withoutPrefix(workbookXml, rootPrefix(workbookXml, 'workbook'));
  const workbookRelsPath = relsPathOf(workbookPath);
  const rels = entries.has(workbookRelsPath) ? relationships(text(workbookRelsPath), dirOf(workbookPath)) : [];
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets = startTags(plainWorkbook, 'sheet').map((tag): PackageSheet => {
    const a = attributes(tag);
    const relId = a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1] ?? '';
    const rel = byId.get(relId);
    const isWorksheet = rel !== undefined && /\/worksheet$/.test(rel.type) && entries.has(rel.target);
    return { name: a.name ?? '', sheetId: a.sheetId ?? '', relId, state: a.state ?? 'visible', path: isWorksheet ? rel.target : null };
  });
  const part = (type: RegExp) => rels.find((r) => type.test(r.type) && entries.has(r.target))?.target ?? null;
  const pr = startTags(plainWorkbook, 'workbookPr')[0];
  const date1904 = pr !== undefined && /^(1|true)$/.test(attribute(pr, 'date1904') ?? '');
  const protection = startTags(plainWorkbook, 'workbookProtection')[0];
  const structureProtected = protection !== undefined && /^(1|true)$/.test(attribute(protection, 'lockStructure') ?? '');
  return {
    entries,
    order: list.map((e) => e.name),
    workbookPath,
    workbookXml,
    workbookRelsPath,
    sheets,
    definedNames: definedNamesOf(plainWorkbook),
    date1904,
    structureProtected,
    stylesPath: part(/\/styles$/),
    sharedStringsPath: part(/\/sharedStrings$/),
  };
}

export interface Relationship {
  id: string;
  type: string;
  /** Resolved to a zip entry name (for an internal target). */
  target: string;
  external: boolean;
}

/** The relationships of a .rels part; `base` is the folder of the part they belong to ('' for the package). */
export function relationships(xml: string, base: string): Relationship[] {
  return startTags(xml, 'Relationship').map((tag) => {
    const a = attributes(tag);
    const external = a.TargetMode === 'External';
    return { id: a.Id ?? '', type: a.Type ?? '', target: external ? (a.Target ?? '') : resolvePart(base, a.Target ?? ''), external };
  });
}

/** 'xl/worksheets/_rels/sheet1.xml.rels' for 'xl/worksheets/sheet1.xml'. */
export function relsPathOf(partPath: string): string {
  const dir = dirOf(partPath);
  return `${dir ? `${dir}/` : ''}_rels/${partPath.slice(dir ? dir.length + 1 : 0)}.rels`;
}

export function dirOf(partPath: string): string {
  const i = partPath.lastIndexOf('/');
  return i < 0 ? '' : partPath.slice(0, i);
}

/** A relationship target resolved against its part's folder: '/xl/a.xml' → 'xl/a.xml', '../b.xml' from 'xl/c'. */
export function resolvePart(base: string, target: string): string {
  const parts = target.startsWith('/') ? [] : base.split('/').filter(Boolean);
  for (const seg of decodeURI(target).split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return parts.join('/');
}

function definedNamesOf(workbookXml: string): DefinedName[] {
  const out: DefinedName[] = [];
  const re = /<definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/definedName>)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(workbookXml)) !== null) {
    const a = attributes(m[1]);
    const local = a.localSheetId !== undefined ? Number(a.localSheetId) : undefined;
    out.push({ name: a.name ?? '', formula: decodeXml(m[2] ?? ''), ...(local !== undefined ? { localSheetId: local } : {}) });
  }
  return out;
}
