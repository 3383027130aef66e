/**
 * Sheet XML with a namespace prefix, as the .NET Open XML SDK can write it (`<x:worksheet xmlns:x="…main">
 * <x:sheetData><x:row><x:c>`, and `<x:sst>`, `<x:styleSheet>`): read as the same workbook, and patched with the
 * prefix on every element it writes, so the output means what the unprefixed one means. LibreOffice shows the same
 * figures for both (skipped, saying so, without soffice).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { FIXTURES } from '../fixtures/workbooks';
import { openPackage } from '../../src/xlsx/package/package';
import { readWorkbookGrid } from '../../src/xlsx/sheet-xml/read-workbook';
import { entryText, readZip } from '../../src/xlsx/zip/read-zip';
import { writeZip } from '../../src/xlsx/zip/write-zip';
import { libreOfficeConvert, partText, soffice } from '../helpers/package-parts';
import { cli, tempDir } from '../helpers/workbook-files';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const office = soffice();
if (!office) console.warn('namespace-prefix.test: the LibreOffice comparison is skipped, soffice is missing');

/** The part with every unprefixed element name given `x:` and the default namespace declared as x instead. */
function prefixed(xml: string): string {
  return xml.replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`).replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, '<$1x:$2');
}

/** Elements of a part without a prefix (there must be none in a prefixed part). */
const unprefixed = (xml: string) => [...xml.matchAll(/<\/?([A-Za-z][\w.-]*)(?=[\s/>])/g)].map((m) => m[1]);

const grid = (file: string) => readWorkbookGrid(openPackage(readFileSync(file))).grid;

test('a workbook whose sheets, shared strings and styles carry x: is read and recalculated as the same workbook, x: kept', async () => {
  const dir = tempDir('kpi-prefix-');
  const plain = path.join(dir, 'plain.xlsx');
  writeFileSync(plain, Buffer.from((await FIXTURES['layout-c-fy2567-q3.xlsx']().xlsx.writeBuffer()) as ArrayBuffer));
  const entries = readZip(readFileSync(plain));
  const prefixParts = entries.filter((e) => /^xl\/(worksheets\/sheet\d+|sharedStrings|styles)\.xml$/.test(e.name)).map((e) => e.name);
  expect(prefixParts).toEqual(expect.arrayContaining(['xl/worksheets/sheet1.xml', 'xl/styles.xml', 'xl/sharedStrings.xml']));
  const withX = path.join(dir, 'prefixed.xlsx');
  writeFileSync(withX, writeZip(entries.map((e) => (prefixParts.includes(e.name) ? { name: e.name, data: prefixed(entryText(e)) } : e))));
  expect(partText(withX, 'xl/worksheets/sheet1.xml')).toContain('<x:sheetData><x:row ');

  // Read: the same grid.
  expect(grid(withX)).toEqual(grid(plain));

  // Recalculated: the same cells, formats and fills as the unprefixed workbook gets, every element of the patched
  // parts still prefixed.
  const outPlain = path.join(dir, 'plain-out.xlsx');
  const outX = path.join(dir, 'prefixed-out.xlsx');
  await cli(['recalc', plain, '-o', outPlain, '--json']);
  await cli(['recalc', withX, '-o', outX, '--json']);
  expect(grid(outX)).toEqual(grid(outPlain));
  expect(grid(outX)).not.toEqual(grid(withX));
  for (const name of prefixParts) expect([name, unprefixed(partText(outX, name))]).toEqual([name, []]);

  if (!office) return; // said once above
  const csv = (file: string) => readFileSync(libreOfficeConvert(office, file, 'csv:Text - txt - csv (StarCalc):44,34,76', tempDir('kpi-prefix-csv-')), 'utf8');
  const shownPlain = csv(outPlain);
  expect(shownPlain.length).toBeGreaterThan(100);
  expect(csv(outX)).toBe(shownPlain);
}, 180_000);
