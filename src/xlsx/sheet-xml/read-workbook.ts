/**
 * The Grid of an .xlsx package, read straight from its parts (no exceljs): every worksheet in the workbook's
 * order, chart sheets left out. A worksheet part that cannot be read (damaged) is skipped with a warning and the
 * rest is read, so a broken chart-data sheet never stops the tables.
 */
import type { Grid, SheetGrid } from '../../core/grid';
import type { Warning } from '../../core/types';
import type { XlsxPackage } from '../package/package';
import { entryText } from '../zip/read-zip';
import { readSheetXml, readSharedStrings, type SheetContext } from './read-sheet';
import { readStyles } from './read-styles';

export interface ReadWorkbook {
  grid: Grid;
  warnings: Warning[];
}

export function readWorkbookGrid(pkg: XlsxPackage, only?: (sheetName: string) => boolean): ReadWorkbook {
  const warnings: Warning[] = [];
  const partText = (path: string | null): string | null => {
    if (!path) return null;
    const e = pkg.entries.get(path);
    return e ? entryText(e) : null;
  };
  const ctx: SheetContext = {
    strings: readSharedStrings(partText(pkg.sharedStringsPath)),
    styles: readStyles(partText(pkg.stylesPath)),
    date1904: pkg.date1904,
  };
  const sheets: SheetGrid[] = [];
  for (const s of pkg.sheets) {
    if (!s.path || (only && !only(s.name))) continue;
    try {
      sheets.push(readSheetXml(s.name, partText(s.path) ?? '', ctx));
    } catch (e) {
      warnings.push({ sheet: s.name, cell: '', code: 'unreadable-sheet', args: { reason: `${s.path}: ${(e as Error).message}` } });
    }
  }
  return { grid: { sheets }, warnings };
}
