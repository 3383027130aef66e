/**
 * Core's edits written into the package: each sheet's changed cells patched into its part, new looks appended to
 * the styles, the workbook told to recalculate on opening, and a calculation chain that a replaced formula made
 * stale dropped. What could not be written is said, never silently lost.
 */

import type { Edit, Warning } from '../../core/types';
import type { CellChange } from './cell-xml';
import { withFullCalcOnLoad } from './package-parts';
import type { PackageWriter } from './package-writer';
import { patchSheetXml, type PatchOutcome, type SheetChanges } from './patch-sheet';

export function applyEditList(writer: PackageWriter, edits: Iterable<Edit>): { written: number; warnings: Warning[] } {
  const bySheet = new Map<string, SheetChanges>();
  let written = 0;
  for (const e of edits) {
    let sheet = bySheet.get(e.sheet);
    if (!sheet) bySheet.set(e.sheet, (sheet = new Map()));
    let row = sheet.get(e.row);
    if (!row) sheet.set(e.row, (row = new Map()));
    const before = row.get(e.col);
    // Later edits of the same cell win aspect by aspect, as they did when applied one after another.
    const c: CellChange = before ?? {};
    if (e.value !== undefined) c.value = e.value;
    if (e.numberFormat !== undefined) c.numberFormat = e.numberFormat;
    if (e.fill !== undefined) c.fill = e.fill;
    if (!before) row.set(e.col, c);
    written++;
  }
  const warnings: Warning[] = [];
  if (bySheet.size === 0) return { written, warnings };
  let formulaReplaced = false;
  for (const [name, changes] of bySheet) {
    const sheet = writer.pkg.sheets.find((s) => s.name === name);
    if (!sheet?.path) throw new Error(`sheet not found: ${name}`);
    const patched: PatchOutcome = { formulaReplaced: false, refused: [] };
    writer.setCompressed(sheet.path, patchSheetXml(writer.text(sheet.path), changes, writer.styles(), patched));
    formulaReplaced ||= patched.formulaReplaced;
    for (const r of patched.refused) {
      written--;
      warnings.push({ sheet: name, cell: r.cell, code: 'shared-formula-output', args: {} });
    }
  }
  writer.set(writer.pkg.workbookPath, withFullCalcOnLoad(writer.text(writer.pkg.workbookPath)));
  if (formulaReplaced) writer.dropCalcChain();
  return { written, warnings };
}

