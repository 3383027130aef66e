/** Reads an exceljs workbook into core's plain Grid: values (formulas by cached value), formats, fills, merges. */
import ExcelJS from 'exceljs';
import { parseA1 } from '../core/address';
import type { CellRange, CellValue, Grid, SheetGrid } from '../core/grid';

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

export function readGrid(workbook: ExcelJS.Workbook): Grid {
  const sheets: SheetGrid[] = [];
  workbook.eachSheet((ws) => sheets.push(readSheet(ws)));
  return { sheets };
}

function readSheet(ws: ExcelJS.Worksheet): SheetGrid {
  const values: CellValue[][] = [];
  const formats: (string | undefined)[][] = [];
  const formulas: (boolean | undefined)[][] = [];
  const fills: (string | undefined)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      const c = colNumber - 1;
      if (cell.type !== ExcelJS.ValueType.Merge) {
        const v = plainValue(cell.value);
        if (v !== null) (values[r] ??= [])[c] = v;
        if (cell.type === ExcelJS.ValueType.Formula) (formulas[r] ??= [])[c] = true;
      }
      const fmt = cell.numFmt;
      if (fmt && fmt !== 'General') (formats[r] ??= [])[c] = fmt;
      const fill = solidFill(cell.fill);
      if (fill) (fills[r] ??= [])[c] = fill;
    });
  });
  for (let r = 0; r < values.length; r++) values[r] ??= [];
  return { name: ws.name, values, formats, formulas, fills, merges: readMerges(ws) };
}

function plainValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return (v.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
  if ('error' in v) return { error: String(v.error) };
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('formula' in v || 'sharedFormula' in v) return plainValue((v as ExcelJS.CellFormulaValue).result ?? null);
  if ('text' in v) return String((v as ExcelJS.CellHyperlinkValue).text);
  return null;
}

function solidFill(fill: ExcelJS.Fill | undefined): string | undefined {
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return undefined;
  const argb = fill.fgColor?.argb;
  return argb ? argb.slice(-6).toUpperCase() : undefined;
}

function readMerges(ws: ExcelJS.Worksheet): CellRange[] {
  const merges = (ws.model as { merges?: string[] }).merges ?? [];
  return merges.map(parseA1);
}
