/**
 * The real Excel-made workbooks of ../shared/real-workbooks through the command line: every part of the input is in
 * the output, and every part but the few the writer must change is byte-identical; cells the product does not own
 * (values, formulas, shared formulas) read the same. A workbook with no progress table is opened and said to have
 * none. Skips, saying so, where ../shared is absent.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { cellIsFormula, cellValue, type SheetGrid } from '../../src/core/grid';
import { NoTableError } from '../../src/cli/args';
import { openPackage } from '../../src/xlsx/package/package';
import { readWorkbookGrid } from '../../src/xlsx/sheet-xml/read-workbook';
import { partChanges } from '../helpers/package-parts';
import { sharedFile } from '../helpers/shared-file';
import { cli, tempDir, type JsonReport } from '../helpers/workbook-files';

const budget = sharedFile('real-workbooks/ksp-mis-sample-budget.xlsx');
const award = sharedFile('real-workbooks/ksp-mis-award-master.xlsx');

const sheets = (file: string) => readWorkbookGrid(openPackage(readFileSync(file))).grid.sheets;

/** Cells of `before` that `after` holds differently, other than those listed as written (sheet!A1). */
function changedCells(before: SheetGrid[], after: SheetGrid[], written: Set<string>): string[] {
  const out: string[] = [];
  for (const b of before) {
    const a = after.find((s) => s.name === b.name)!;
    for (let r = 0; r < b.values.length; r++) {
      for (let c = 0; c < (b.values[r]?.length ?? 0); c++) {
        const ref = `${b.name}!${r},${c}`;
        if (written.has(ref)) continue;
        if (JSON.stringify(cellValue(a, r, c)) !== JSON.stringify(cellValue(b, r, c)) || cellIsFormula(a, r, c) !== cellIsFormula(b, r, c)) out.push(ref);
      }
    }
  }
  return out;
}

describe.each(['recalc', 'summary'] as const)('the Excel-made budget workbook, %s', (command) => {
  budget.test('keeps every part; only its budget sheet, styles, workbook (and for the summary its lists) change; input cells read the same', async () => {
    const dir = tempDir('kpi-real-');
    const output = path.join(dir, `budget-${command}.xlsx`);
    const json = JSON.parse(await cli([command, budget.path, '-o', output, '--json', '--fiscal-year', '2566'])) as JsonReport & {
      tables: { sheet: string }[];
    };
    expect(json.budget.length).toBeGreaterThan(0);
    const { missing, changed } = partChanges(budget.path, output);
    expect(missing.filter((p) => p !== 'xl/calcChain.xml')).toEqual([]);
    const pkg = openPackage(readFileSync(budget.path));
    const tableSheets = new Set(json.tables.map((t) => pkg.sheets.find((s) => s.name === t.sheet)!.path));
    const mayChange = new Set([...tableSheets, pkg.stylesPath, pkg.workbookPath]);
    if (command === 'summary') ['xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'docProps/app.xml'].forEach((p) => mayChange.add(p));
    expect(changed.filter((p) => !mayChange.has(p))).toEqual([]);
    // Output cells are the table's computed columns; every other cell of every sheet reads as before.
    const before = sheets(budget.path);
    const after = sheets(output);
    const outputCols = new Set<string>();
    for (const s of before) {
      if (!json.tables.some((t) => t.sheet === s.name)) continue;
      const a = after.find((x) => x.name === s.name)!;
      for (let r = 0; r < a.values.length; r++) for (let c = 0; c < (a.values[r]?.length ?? 0); c++) {
        if (JSON.stringify(cellValue(a, r, c)) !== JSON.stringify(cellValue(s, r, c))) outputCols.add(`${s.name}!${r},${c}`);
      }
    }
    const others = changedCells(before.filter((s) => !json.tables.some((t) => t.sheet === s.name)), after, new Set());
    expect(others).toEqual([]);
    // No formula of the table sheet was overwritten.
    for (const ref of outputCols) {
      const [name, rc] = ref.split('!');
      const [r, c] = rc.split(',').map(Number);
      expect([ref, cellIsFormula(before.find((s) => s.name === name)!, r, c)]).toEqual([ref, false]);
    }
  });
});

award.test('the 1.1 MB Excel workbook of Thai text opens, and the command says it holds no table (and writes nothing)', async () => {
  const output = path.join(tempDir('kpi-real-'), 'award.xlsx');
  await expect(cli(['recalc', award.path, '-o', output])).rejects.toThrow(NoTableError);
  const read = readWorkbookGrid(openPackage(readFileSync(award.path)));
  expect(read.warnings).toEqual([]);
  expect(read.grid.sheets.length).toBeGreaterThan(0);
});
