/**
 * Adds a custom XML part to an .xlsx the way Excel saves one that an add-in made with workbook.customXmlParts.add:
 * customXml/itemN.xml, its customXml/itemPropsN.xml (datastore item id) and customXml/_rels/itemN.xml.rels, a
 * customXml relationship from the workbook part, and the itemProps content type.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { entryText, readZip } from '../../src/xlsx/zip/read-zip';
import { writeZip, zipEntry, type ZipPart } from '../../src/xlsx/zip/write-zip';

const CUSTOM_XML = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml';
const PROPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps';
const PROPS_TYPE = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';

export function addCustomXmlPart(file: string, xml: string): void {
  const entries = readZip(readFileSync(file));
  let n = 1;
  while (entries.some((e) => e.name === `customXml/item${n}.xml`)) n++;
  const text = (name: string) => entryText(entries.find((e) => e.name === name)!);
  const relsName = 'xl/_rels/workbook.xml.rels';
  const rels = text(relsName).replace('</Relationships>', `<Relationship Id="rIdCustomXml${n}" Type="${CUSTOM_XML}" Target="../customXml/item${n}.xml"/></Relationships>`);
  let types = text('[Content_Types].xml');
  types = types.replace('</Types>', `<Override PartName="/customXml/itemProps${n}.xml" ContentType="${PROPS_TYPE}"/></Types>`);
  if (!/<Default Extension="xml"/.test(types)) types = types.replace('</Types>', '<Default Extension="xml" ContentType="application/xml"/></Types>');
  const guid = `{${String(n).padStart(8, '0')}-1111-4222-8333-444444444444}`;
  const parts: ZipPart[] = entries.map((e) => (e.name === relsName ? zipEntry(relsName, rels) : e.name === '[Content_Types].xml' ? zipEntry(e.name, types) : e));
  parts.push(
    zipEntry(`customXml/item${n}.xml`, `<?xml version="1.0" encoding="UTF-8" standalone="no"?>${xml}`),
    zipEntry(
      `customXml/itemProps${n}.xml`,
      `<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="${guid}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`,
    ),
    zipEntry(
      `customXml/_rels/item${n}.xml.rels`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${PROPS}" Target="itemProps${n}.xml"/></Relationships>`,
    ),
  );
  writeFileSync(file, writeZip(parts));
}
