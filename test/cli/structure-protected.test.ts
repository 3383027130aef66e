/**
 * A workbook whose structure is protected (Review > Protect Workbook: no sheet may be added or deleted): the
 * summary, which adds a sheet, is refused in one line saying how to unprotect, as the add-in refuses it, and no file
 * is written; recalc, which only writes cells, works and keeps the protection as it was.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { FIXTURES } from '../fixtures/workbooks';
import { cellValue } from '../../src/core/grid';
import { WorkbookFileError } from '../../src/xlsx/package-file';
import { openPackage } from '../../src/xlsx/package/package';
import { readWorkbookGrid } from '../../src/xlsx/sheet-xml/read-workbook';
import { entryText, readZip } from '../../src/xlsx/zip/read-zip';
import { writeZip } from '../../src/xlsx/zip/write-zip';
import { partText } from '../helpers/package-parts';
import { cli, tempDir } from '../helpers/workbook-files';

// As Excel writes Protect Workbook with a password: the hash, and the structure locked.
const PROTECTION =
  '<workbookProtection workbookAlgorithmName="SHA-512" workbookHashValue="cGFzcw==" workbookSaltValue="c2FsdA==" workbookSpinCount="100000" lockStructure="1"/>';

test('structure protected: summary refused in one line, no file; recalc writes its cells and keeps the protection', async () => {
  const dir = tempDir('kpi-structure-');
  const bytes = Buffer.from((await FIXTURES['layout-c-fy2567-q3.xlsx']().xlsx.writeBuffer()) as ArrayBuffer);
  const input = path.join(dir, 'protected.xlsx');
  writeFileSync(input, writeZip(readZip(bytes).map((e) => (e.name === 'xl/workbook.xml' ? { name: e.name, data: entryText(e).replace('<sheets>', `${PROTECTION}<sheets>`) } : e))));
  expect(partText(input, 'xl/workbook.xml')).toContain(PROTECTION);

  const summary = path.join(dir, 'summary.xlsx');
  await expect(cli(['summary', input, '-o', summary])).rejects.toThrow(WorkbookFileError);
  await expect(cli(['summary', input, '-o', summary])).rejects.toThrow(/โครงสร้างเวิร์กบุ๊กถูกป้องกันไว้.*รีวิว > ป้องกันเวิร์กบุ๊ก/);
  await expect(cli(['summary', input, '-o', summary, '--lang', 'en'])).rejects.toThrow(/structure is protected.*Review > Protect Workbook/);
  expect(existsSync(summary)).toBe(false);

  const output = path.join(dir, 'recalc.xlsx');
  await cli(['recalc', input, '-o', output, '--json']);
  expect(partText(output, 'xl/workbook.xml')).toContain(PROTECTION);
  const [kpi] = readWorkbookGrid(openPackage(readFileSync(output))).grid.sheets;
  expect(cellValue(kpi, 4, 12)).toBe(320);
  expect(cellValue(kpi, 4, 13)).toBe(80);
});
