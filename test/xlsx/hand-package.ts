/**
 * Test helper: a minimal .xlsx package built from XML strings, to hold what Excel, LibreOffice, openpyxl and Google
 * Sheets write that exceljs never does (shared formulas, inline and rich strings, rows without r=, 1904 dates).
 */
import { writeZip } from '../../src/xlsx/zip/write-zip';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

export interface HandSheet {
  name: string;
  /** The worksheet's children (sheetData and after), without the <worksheet> element. */
  body: string;
  state?: string;
}

export function sheetXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${body}</worksheet>`;
}

export function handPackage(
  sheets: HandSheet[],
  opts: { sharedStrings?: string[]; styles?: string; workbookPr?: string; definedNames?: string; calcChain?: boolean; extra?: Record<string, string> } = {},
): Buffer {
  const parts: { name: string; data: string }[] = [];
  const overrides = sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.worksheet+xml"/>`);
  if (opts.sharedStrings) overrides.push(`<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/>`);
  if (opts.styles) overrides.push(`<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>`);
  if (opts.calcChain) overrides.push(`<Override PartName="/xl/calcChain.xml" ContentType="${CT}.calcChain+xml"/>`);
  parts.push({
    name: '[Content_Types].xml',
    data: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>${overrides.join('')}</Types>`,
  });
  parts.push({ name: '_rels/.rels', data: `<?xml version="1.0"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>` });
  const rels = sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  if (opts.sharedStrings) rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  if (opts.styles) rels.push(`<Relationship Id="rIdT" Type="${REL}/styles" Target="/xl/styles.xml"/>`);
  if (opts.calcChain) rels.push(`<Relationship Id="rIdC" Type="${REL}/calcChain" Target="calcChain.xml"/>`);
  parts.push({
    name: 'xl/workbook.xml',
    data: `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">${opts.workbookPr ?? ''}<sheets>${sheets
      .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`)
      .join('')}</sheets>${opts.definedNames ?? ''}<calcPr calcId="191029"/></workbook>`,
  });
  parts.push({ name: 'xl/_rels/workbook.xml.rels', data: `<?xml version="1.0"?><Relationships xmlns="${PKG_REL}">${rels.join('')}</Relationships>` });
  sheets.forEach((s, i) => parts.push({ name: `xl/worksheets/sheet${i + 1}.xml`, data: sheetXml(s.body) }));
  if (opts.sharedStrings) {
    parts.push({ name: 'xl/sharedStrings.xml', data: `<?xml version="1.0"?><sst xmlns="${MAIN}" count="${opts.sharedStrings.length}">${opts.sharedStrings.join('')}</sst>` });
  }
  if (opts.styles) parts.push({ name: 'xl/styles.xml', data: `<?xml version="1.0"?><styleSheet xmlns="${MAIN}">${opts.styles}</styleSheet>` });
  if (opts.calcChain) parts.push({ name: 'xl/calcChain.xml', data: `<?xml version="1.0"?><calcChain xmlns="${MAIN}"><c r="C1" i="1"/></calcChain>` });
  for (const [name, data] of Object.entries(opts.extra ?? {})) parts.push({ name, data });
  return writeZip(parts);
}
