/**
 * Writes edits into one worksheet part's XML by changing only the `<c>` elements they name: every other byte of
 * the part (views, columns, validations, conditional formats, drawings, extensions) is kept as it was. New cells
 * go in column order; a row that is missing is added in row order; a self-closed row is opened; `spans` and
 * `<dimension>` are widened; a row whose cells lack `r=` gets `r=` on every cell before a cell is inserted.
 */
import { cellAddress, columnLetters } from '../../core/address';
import { refPosition } from '../sheet-xml/read-sheet';
import { attribute, mainPrefix } from '../sheet-xml/xml-text';
import { columnStyles, rowStyle, type ColumnStyles } from '../sheet-xml/implicit-style';
import { otherCellAttributes, valueCell, type CellChange } from './cell-xml';
import { setAttr, type StyleBook } from './style-book';

/** Edits of one sheet: row (0-based) → column (0-based) → change. */
export type SheetChanges = Map<number, Map<number, CellChange>>;

/** What patching found, filled in as the pieces are made: read it once they have all been taken. */
export interface PatchOutcome {
  /** A formula cell's value was replaced: the calculation chain is stale. */
  formulaReplaced: boolean;
  /** Cells not written, with why (the master of a shared formula). */
  refused: { cell: string; reason: string }[];
}

/** `<c>` elements, in the unprefixed form or with the prefix the sheet's root has (`<x:c>`, as the .NET SDK writes). */
const cellPattern = (p: string) => new RegExp(`<${p}c\\b([^>]*?)(?:\\/>|>([\\s\\S]*?)<\\/${p}c>)`, 'g');
const CELL = cellPattern('');

/**
 * The part's text with `changes` written, in pieces made as they are asked for (mostly slices of the input): the
 * writer deflates each as it comes, so neither the patched text (84 MB at 100,000 rows, twice that once a Thai word
 * makes it a two-byte string) nor its rows ever pile up. `outcome` is complete once every piece is taken.
 */
export function* patchSheetXml(xml: string, changes: SheetChanges, styles: StyleBook, outcome: PatchOutcome): Generator<string> {
  if (changes.size === 0) {
    yield xml;
    return;
  }
  const wanted = [...changes.keys()].sort((a, b) => a - b);
  // The prefix of the sheet's elements ('' or e.g. 'x:'): what is written here carries it too.
  const p = mainPrefix(xml);
  const colStyles = columnStyles(xml, p);
  const open = new RegExp(`<${p}sheetData\\b[^>]*?(\\/?)>`).exec(xml);
  if (!open) throw new Error('worksheet has no <sheetData>');
  let bodyStart = open.index + open[0].length;
  let bodyEnd: number;
  // <dimension> comes before <sheetData>: it is in the first piece.
  if (open[1] === '/') {
    yield `${widenDimension(xml.slice(0, open.index), changes, wanted, p)}<${p}sheetData>`;
    bodyStart = bodyEnd = open.index + open[0].length;
  } else {
    bodyEnd = xml.indexOf(`</${p}sheetData>`, bodyStart);
    yield widenDimension(xml.slice(0, bodyStart), changes, wanted, p);
  }
  let last = bodyStart;
  let next = 0; // index into `wanted`
  let row = -1;
  // Its own expression: the scan stops at each yield, and a shared one's lastIndex could move meanwhile.
  const rowTag = new RegExp(`<${p}row\\b([^>]*?)(\\/?)>`, 'g');
  const rowClose = `</${p}row>`;
  rowTag.lastIndex = bodyStart;
  let m: RegExpExecArray | null;
  while (next < wanted.length && (m = rowTag.exec(xml)) !== null && m.index < bodyEnd) {
    const r = attribute(m[1], 'r');
    row = r !== undefined ? Number(r) - 1 : row + 1;
    const selfClosed = m[2] === '/';
    const contentStart = m.index + m[0].length;
    const rowEnd = selfClosed ? contentStart : xml.indexOf(rowClose, contentStart) + rowClose.length;
    rowTag.lastIndex = rowEnd;
    // Rows the file does not have, before this one.
    while (next < wanted.length && wanted[next] < row) {
      yield xml.slice(last, m.index);
      yield newRow(wanted[next], changes.get(wanted[next])!, colStyles, styles, p);
      last = m.index;
      next++;
    }
    if (wanted[next] !== row) continue;
    const body = selfClosed ? '' : xml.slice(contentStart, rowEnd - rowClose.length);
    yield xml.slice(last, m.index);
    yield patchRow(m[1], r === undefined, row, body, changes.get(row)!, colStyles, styles, outcome, p);
    last = rowEnd;
    next++;
  }
  yield xml.slice(last, bodyEnd);
  for (; next < wanted.length; next++) yield newRow(wanted[next], changes.get(wanted[next])!, colStyles, styles, p);
  if (open[1] === '/') yield `</${p}sheetData>`;
  yield xml.slice(bodyEnd);
}

function patchRow(
  rowAttrs: string,
  lacksR: boolean,
  row: number,
  body: string,
  change: Map<number, CellChange>,
  colStyles: ColumnStyles,
  styles: StyleBook,
  result: PatchOutcome,
  p: string,
): string {
  const ownRowStyle = rowStyle(rowAttrs);
  const cols = [...change.keys()].sort((a, b) => a - b);
  const out: string[] = [];
  let last = 0;
  let col = -1;
  let next = 0;
  const cell = p ? cellPattern(p) : CELL;
  cell.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = cell.exec(body)) !== null) {
    const ref = attribute(m[1], 'r');
    col = ref !== undefined ? refPosition(ref).col : col + 1;
    const withR = ref === undefined ? `<${p}c r="${cellAddress(row, col)}"${m[0].slice(2 + p.length)}` : m[0];
    while (next < cols.length && cols[next] < col) {
      out.push(body.slice(last, m.index), newCell(row, cols[next], change.get(cols[next])!, ownRowStyle ?? colStyles.at(cols[next]), styles, p));
      last = m.index;
      next++;
    }
    out.push(body.slice(last, m.index));
    last = m.index + m[0].length;
    if (cols[next] === col) {
      out.push(changeCell(row, col, m[1], m[2], change.get(col)!, styles, result, p) ?? withR);
      next++;
    } else out.push(withR);
  }
  out.push(body.slice(last));
  for (; next < cols.length; next++) out.push(newCell(row, cols[next], change.get(cols[next])!, ownRowStyle ?? colStyles.at(cols[next]), styles, p));
  let tag = `<${p}row${rowAttrs}>`;
  if (lacksR) tag = setAttr(tag, 'r', String(row + 1));
  const spans = attribute(rowAttrs, 'spans');
  if (spans !== undefined) {
    const [a, b] = spans.split(':').map(Number);
    const lo = Math.min(a || cols[0] + 1, cols[0] + 1);
    const hi = Math.max(b || 0, cols[cols.length - 1] + 1);
    tag = setAttr(tag, 'spans', `${lo}:${hi}`);
  }
  return `${tag}${out.join('')}</${p}row>`;
}

/** The cell `attrs`/`inner` with `change` applied; null where it must stay as it is (refused). */
function changeCell(
  row: number,
  col: number,
  attrs: string,
  inner: string | undefined,
  change: CellChange,
  styles: StyleBook,
  result: PatchOutcome,
  p: string,
): string | null {
  const base = Number(attribute(attrs, 's') ?? 0);
  const s = change.numberFormat !== undefined || change.fill !== undefined ? styles.derive(base, change.numberFormat, change.fill) : base;
  if (change.value === undefined) {
    const tag = setAttr(`<${p}c r="${cellAddress(row, col)}"${otherAttrsWithT(attrs)}>`, 's', String(s));
    return inner === undefined ? `${tag.slice(0, -1)}/>` : `${tag}${inner}</${p}c>`;
  }
  const formula = inner ? new RegExp(`<${p}f\\b[^>]*>`).exec(inner)?.[0] : undefined;
  if (formula) {
    // The master of a shared formula holds the formula the cells in its `ref` share: replacing it breaks them.
    if (attribute(formula, 't') === 'shared' && attribute(formula, 'ref') !== undefined) {
      result.refused.push({ cell: cellAddress(row, col), reason: 'the first cell of a shared formula' });
      return null;
    }
    result.formulaReplaced = true;
  }
  return valueCell(row, col, s, change.value, otherCellAttributes(attrs), p);
}

function otherAttrsWithT(attrs: string): string {
  const t = attribute(attrs, 't');
  return `${otherCellAttributes(attrs)}${t !== undefined ? ` t="${t}"` : ''}`;
}

function newCell(row: number, col: number, change: CellChange, base: number, styles: StyleBook, p: string): string {
  const s = change.numberFormat !== undefined || change.fill !== undefined ? styles.derive(base, change.numberFormat, change.fill) : base;
  if (change.value !== undefined) return valueCell(row, col, s, change.value, '', p);
  return `<${p}c r="${cellAddress(row, col)}"${s ? ` s="${s}"` : ''}/>`;
}

function newRow(row: number, change: Map<number, CellChange>, colStyles: ColumnStyles, styles: StyleBook, p: string): string {
  const cols = [...change.keys()].sort((a, b) => a - b);
  const cells = cols.map((c) => newCell(row, c, change.get(c)!, colStyles.at(c), styles, p)).join('');
  return `<${p}row r="${row + 1}">${cells}</${p}row>`;
}

function widenDimension(xml: string, changes: SheetChanges, rows: number[], p: string): string {
  const dim = new RegExp(`<${p}dimension\\b[^>]*>`).exec(xml);
  const ref = dim ? attribute(dim[0], 'ref') : undefined;
  if (!dim || !ref) return xml;
  const [from, to = from] = ref.split(':');
  const a = refPosition(from);
  const b = refPosition(to);
  let top = Math.max(a.row, 0), left = Math.max(a.col, 0), bottom = Math.max(b.row, 0), right = Math.max(b.col, 0);
  for (const r of rows) {
    top = Math.min(top, r);
    bottom = Math.max(bottom, r);
    for (const c of changes.get(r)!.keys()) {
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
  }
  const next = `${columnLetters(left)}${top + 1}:${columnLetters(right)}${bottom + 1}`;
  if (next === ref) return xml;
  return xml.slice(0, dim.index) + setAttr(dim[0], 'ref', next) + xml.slice(dim.index + dim[0].length);
}
