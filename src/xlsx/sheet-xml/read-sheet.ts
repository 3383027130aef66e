/**
 * A hand scanner over one worksheet part: values (formulas by their cached result), number formats, fills,
 * formulas and merges, into core's SheetGrid. Rows and cells without `r=` count on from the one before, as Excel
 * reads them. Measured against exceljs and a SAX parser at 100,000 rows: see README, Performance.
 */
import type { CellRange, CellValue, SheetGrid } from '../../core/grid';
import { parseA1 } from '../../core/address';
import type { CellStyles } from './read-styles';
import { columnStyles, rowStyle, type ColumnStyles } from './implicit-style';
import { attribute, decodeExcelEscapes, decodeXml, itemText, mainPrefix, rootPrefix, withoutPrefix } from './xml-text';

export interface SheetContext {
  strings: readonly string[];
  styles: CellStyles;
  /** Dates count days from 1904-01-01: moved to the 1900 system core reads. */
  date1904: boolean;
}

/** Days between the 1900 and the 1904 date systems' day zero. */
const DAYS_1904 = 1462;
const EPOCH_1900_MS = Date.UTC(1899, 11, 30);

const ROW_OR_CELL = /<row\b([^>]*?)(\/?)>|<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;

export function readSheetXml(name: string, xml: string, ctx: SheetContext): SheetGrid {
  const values: CellValue[][] = [];
  const formats: (string | undefined)[][] = [];
  const formulas: (boolean | undefined)[][] = [];
  const fills: (string | undefined)[][] = [];
  const unlocked: (boolean | undefined)[][] = [];
  // '' or the prefix of the sheet's elements (`<x:row><x:c>`, as the .NET Open XML SDK can write them).
  const p = mainPrefix(xml);
  const start = xml.indexOf(`<${p}sheetData`);
  const end = xml.indexOf(`</${p}sheetData>`, start);
  const data = start < 0 || end < 0 ? '' : xml.slice(start, end);
  // A protected sheet: which cells the XML holds and the rows' own styles, for the locking of the cells it does not.
  const protection = new RegExp(`<${p}sheetProtection\\b[^>]*>`).exec(end < 0 ? xml : xml.slice(end))?.[0];
  const sheet = protection === undefined ? undefined : attribute(protection, 'sheet');
  const isProtected = sheet === '1' || sheet === 'true';
  const own: (boolean | undefined)[][] = [];
  const rowStyles = new Map<number, number>();
  // Areas of array formulas (and what-if data tables): their cells hold no <f> of their own but are formulas all the same.
  const formulaAreas: CellRange[] = [];
  let row = -1;
  let col = -1;
  const rowOrCell = p ? new RegExp(`<${p}row\\b([^>]*?)(\\/?)>|<${p}c\\b([^>]*?)(?:\\/>|>([\\s\\S]*?)<\\/${p}c>)`, 'g') : ROW_OR_CELL;
  rowOrCell.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = rowOrCell.exec(data)) !== null) {
    if (m[1] !== undefined) {
      const r = attribute(m[1], 'r');
      row = r !== undefined ? Number(r) - 1 : row + 1;
      col = -1;
      const style = isProtected ? rowStyle(m[1]) : undefined;
      if (style !== undefined) rowStyles.set(row, style);
      continue;
    }
    const tag = m[3];
    const ref = attribute(tag, 'r');
    if (ref !== undefined) {
      const at = refPosition(ref);
      col = at.col;
      if (at.row >= 0) row = at.row;
    } else col++;
    if (row < 0) row = 0;
    const s = attribute(tag, 's');
    const style = s === undefined ? 0 : Number(s);
    const fmt = ctx.styles.format[style];
    if (fmt) (formats[row] ??= [])[col] = fmt;
    const fill = ctx.styles.fill[style];
    if (fill) (fills[row] ??= [])[col] = fill;
    if (ctx.styles.unlocked[style]) (unlocked[row] ??= [])[col] = true;
    if (isProtected) (own[row] ??= [])[col] = true;
    const inner = p && m[4] ? withoutPrefix(m[4], p) : m[4];
    if (!inner) continue;
    if (inner.startsWith('<f') || inner.includes('<f')) {
      (formulas[row] ??= [])[col] = true;
      if (inner.includes('array') || inner.includes('dataTable')) {
        const area = formulaArea(inner);
        if (area) formulaAreas.push(area);
      }
    }
    const v = cellValue(attribute(tag, 't'), inner, ctx, ctx.styles.isDate[style] === true);
    if (v !== null) (values[row] ??= [])[col] = v;
  }
  for (let r = 0; r < values.length; r++) values[r] ??= [];
  markFormulaAreas(formulas, formulaAreas, row);
  const merges = readMerges(xml, end < 0 ? 0 : end, p);
  // A merged area shows its first cell: what other tools left under the rest (LibreOffice keeps it) is not read.
  for (const a of merges) {
    for (let r = a.top; r <= a.bottom && r < values.length; r++) {
      const cells = values[r];
      for (let c = a.left; c <= a.right && c < cells.length; c++) if (r !== a.top || c !== a.left) delete cells[c];
    }
  }
  if (isProtected) unlockImplicit(unlocked, own, rowStyles, columnStyles(xml, p), ctx.styles, values, merges);
  return { name, values, formats, formulas, fills, merges, ...(isProtected ? { protected: true, unlocked } : {}) };
}

/** The area an array formula (or a data table) at its first cell fills; undefined for any other formula. */
function formulaArea(inner: string): CellRange | undefined {
  const f = /<f\b[^>]*>/.exec(inner)?.[0];
  if (!f) return undefined;
  const t = attribute(f, 't');
  const ref = t === 'array' || t === 'dataTable' ? attribute(f, 'ref') : undefined;
  return ref ? mergeArea(ref) : undefined;
}

/** Every cell of each area is a formula, to the last row the sheet holds (an area may name whole columns). */
function markFormulaAreas(formulas: (boolean | undefined)[][], areas: CellRange[], lastRow: number): void {
  for (const a of areas) {
    for (let r = a.top; r <= Math.min(a.bottom, lastRow); r++) {
      const cells = (formulas[r] ??= []);
      for (let c = a.left; c <= a.right; c++) cells[c] = true;
    }
  }
}

/**
 * Marks unlocked the cells the XML does not hold whose row (its own style) or else column the user unlocked
 * (implicit-style.ts), within the sheet's used rows and columns: an empty output cell in an unlocked column is written.
 */
function unlockImplicit(
  unlocked: (boolean | undefined)[][],
  own: (boolean | undefined)[][],
  rowStyles: Map<number, number>,
  cols: ColumnStyles,
  styles: CellStyles,
  values: CellValue[][],
  merges: CellRange[],
): void {
  const isUnlocked = (style: number) => styles.unlocked[style] === true;
  if (!cols.spans.some((c) => isUnlocked(c.style)) && ![...rowStyles.values()].some(isUnlocked)) return;
  let width = 0;
  let height = Math.max(values.length, own.length);
  for (const cells of [...values, ...own]) if (cells && cells.length > width) width = cells.length;
  for (const m of merges) {
    width = Math.max(width, m.right + 1);
    height = Math.max(height, m.bottom + 1);
  }
  for (const r of rowStyles.keys()) height = Math.max(height, r + 1);
  for (let r = 0; r < height; r++) {
    const rowStyle = rowStyles.get(r);
    for (let c = 0; c < width; c++) {
      if (own[r]?.[c]) continue;
      if (isUnlocked(rowStyle ?? cols.at(c))) (unlocked[r] ??= [])[c] = true;
    }
  }
}

function cellValue(type: string | undefined, inner: string, ctx: SheetContext, isDate: boolean): CellValue {
  if (type === 'inlineStr') {
    const is = /<is>([\s\S]*?)<\/is>/.exec(inner);
    return is ? itemText(is[1]) : null;
  }
  const open = inner.indexOf('<v>');
  const close = open < 0 ? -1 : inner.indexOf('</v>', open);
  const v = close >= 0 ? inner.slice(open + 3, close) : /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>/.exec(inner)?.[1];
  if (v === undefined) return null;
  switch (type) {
    case 's':
      return ctx.strings[Number(v)] ?? null;
    case 'str':
      return decodeExcelEscapes(decodeXml(v));
    case 'b':
      return v.trim() === '1' || v.trim() === 'true';
    case 'e':
      return { error: decodeXml(v).trim() };
    case 'd': {
      const ms = Date.parse(v.trim().endsWith('Z') || /[+-]\d\d:\d\d$/.test(v.trim()) ? v : `${v.trim()}Z`);
      return Number.isNaN(ms) ? decodeXml(v) : (ms - EPOCH_1900_MS) / 86_400_000;
    }
    default: {
      const n = Number(v);
      if (v.trim() === '' || Number.isNaN(n)) return null;
      return isDate && ctx.date1904 ? n + DAYS_1904 : n;
    }
  }
}

/** Row and column (0-based) of 'AB12'; row -1 where the reference has no row (never in a valid file). */
export function refPosition(ref: string): { row: number; col: number } {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i) & ~32; // upper case
    if (ch < 65 || ch > 90) break;
    col = col * 26 + (ch - 64);
  }
  // Digits by hand (a cell reference per cell: no regular expression, no substring); '$' is skipped.
  let row = 0;
  let digits = false;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch === 36) continue;
    if (ch < 48 || ch > 57) return { row: Number.NaN, col: col - 1 };
    row = row * 10 + (ch - 48);
    digits = true;
  }
  return { row: digits ? row - 1 : -1, col: col - 1 };
}

/** A merged area's `A1:B2`, read without regular expressions (a big sheet has one per row); anything else as core reads it. */
function mergeArea(ref: string): CellRange {
  const colon = ref.indexOf(':');
  const a = refPosition(colon < 0 ? ref : ref.slice(0, colon));
  const b = colon < 0 ? a : refPosition(ref.slice(colon + 1));
  if (!(a.row >= 0 && a.col >= 0 && b.row >= 0 && b.col >= 0)) return parseA1(ref);
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

function readMerges(xml: string, from: number, p: string): CellRange[] {
  const out: CellRange[] = [];
  const re = new RegExp(`<${p}mergeCell\\b[^>]*>`, 'g');
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)) !== null) {
    const ref = attribute(m[0], 'ref');
    if (ref) out.push(mergeArea(ref));
  }
  return out;
}

/** The shared strings part as plain texts (rich text runs joined, phonetic runs left out). */
export function readSharedStrings(prefixed: string | null): string[] {
  if (!prefixed) return [];
  const xml = withoutPrefix(prefixed, rootPrefix(prefixed, 'sst'));
  const out: string[] = [];
  const re = /<si(?:\s[^>]*)?>([\s\S]*?)<\/si>|<si\/>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)) !== null) {
    const body = m[1] ?? '';
    const plain = /^<t>([^<]*)<\/t>$/.exec(body);
    out.push(plain ? decodeExcelEscapes(decodeXml(plain[1])) : itemText(body));
  }
  return out;
}
