/**
 * The workbook part as other tools write it: openpyxl's empty `<definedNames/>`, and the .NET Open XML SDK's
 * `<x:workbook xmlns:x="…main"><x:sheets>…`. Its sheets are read; the summary's sheet and names go into the part's
 * own elements, in the part's own prefix, so the part stays one the schema allows (one definedNames, no element in
 * no namespace).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { FIXTURES } from '../fixtures/workbooks';
import { cellValue } from '../../src/core/grid';
import { openPackage } from '../../src/xlsx/package/package';
import { readWorkbookGrid } from '../../src/xlsx/sheet-xml/read-workbook';
import { entryText, readZip } from '../../src/xlsx/zip/read-zip';
import { writeZip } from '../../src/xlsx/zip/write-zip';
import { partText } from '../helpers/package-parts';
import { cli, tempDir } from '../helpers/workbook-files';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const WORKBOOK = 'xl/workbook.xml';

/** The part with every unprefixed element name given `x:` and the default namespace declared as x instead. */
const prefixed = (xml: string) => xml.replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`).replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, '<$1x:$2');

/** Element names of a part that carry no prefix. */
const unprefixed = (xml: string) => [...xml.matchAll(/<\/?([A-Za-z][\w.-]*)(?=[\s/>])/g)].map((m) => m[1]);

/** The layout C fixture (exceljs) with its parts changed by `change(name, text)`. */
async function fixtureWith(dir: string, name: string, change: (part: string, xml: string) => string): Promise<string> {
  const bytes = Buffer.from((await FIXTURES['layout-c-fy2567-q3.xlsx']().xlsx.writeBuffer()) as ArrayBuffer);
  const parts = readZip(bytes).map((e) => (e.name.endsWith('.xml') ? { name: e.name, data: change(e.name, entryText(e)) } : e));
  const file = path.join(dir, name);
  writeFileSync(file, writeZip(parts));
  return file;
}

const sheetsOf = (file: string) => readWorkbookGrid(openPackage(readFileSync(file))).grid.sheets;

test("openpyxl's empty <definedNames/>: the summary's names go into it, and the part has one definedNames", async () => {
  const dir = tempDir('kpi-names-');
  const input = await fixtureWith(dir, 'openpyxl-names.xlsx', (part, xml) => (part === WORKBOOK ? xml.replace('<calcPr', '<definedNames/><calcPr') : xml));
  expect(partText(input, WORKBOOK)).toContain('<definedNames/>');
  const output = path.join(dir, 'summary.xlsx');
  await cli(['summary', input, '-o', output, '--json']);

  const workbook = partText(output, WORKBOOK);
  expect(workbook.match(/<definedNames\b/g)).toHaveLength(1);
  expect(openPackage(readFileSync(output)).definedNames.map((n) => n.name)).toContain('KPIProgress_Summary');
  expect(sheetsOf(output).map((s) => s.name)).toEqual(['ตัวชี้วัด ปี ๒๕๖๗', expect.stringMatching(/^สรุปผล/)]);
});

test('a workbook part whose elements carry x: (the .NET Open XML SDK): its sheet is read, recalculated and summarized in x:', async () => {
  const dir = tempDir('kpi-x-workbook-');
  const plain = await fixtureWith(dir, 'plain.xlsx', (_, xml) => xml);
  const input = await fixtureWith(dir, 'sdk.xlsx', (part, xml) => (/^xl\/(workbook|styles|sharedStrings|worksheets\/sheet\d+)\.xml$/.test(part) ? prefixed(xml) : xml));
  expect(partText(input, WORKBOOK)).toContain('<x:sheets><x:sheet ');

  // The same figures as the unprefixed workbook's, in the same cells.
  const outPlain = path.join(dir, 'plain.out.xlsx');
  const outX = path.join(dir, 'sdk.out.xlsx');
  const report = JSON.parse(await cli(['recalc', input, '-o', outX, '--json'])) as { indicators: unknown[] };
  await cli(['recalc', plain, '-o', outPlain, '--json']);
  expect(report.indicators.length).toBeGreaterThan(0);
  const [a] = sheetsOf(outPlain);
  const [b] = sheetsOf(outX);
  expect(b.values).toEqual(a.values);
  expect(cellValue(b, 4, 12)).toBe(cellValue(a, 4, 12));
  expect(unprefixed(partText(outX, WORKBOOK))).toEqual([]);

  // The summary's sheet, its names and the calculation flag are x: elements like the rest of the part.
  const summary = path.join(dir, 'sdk.summary.xlsx');
  await cli(['summary', input, '-o', summary, '--json']);
  const workbook = partText(summary, WORKBOOK);
  expect(unprefixed(workbook)).toEqual([]);
  expect(workbook).toMatch(/<x:sheet name="สรุปผล[^"]*" sheetId="2" /);
  expect(workbook).toContain('<x:definedNames><x:definedName name="KPIProgress_Summary">');
  expect(workbook).toMatch(/<x:calcPr [^>]*fullCalcOnLoad="1"/);
  expect(sheetsOf(summary).map((s) => s.name)).toEqual(['ตัวชี้วัด ปี ๒๕๖๗', expect.stringMatching(/^สรุปผล/)]);
});
