/** One `<c>` element as the patcher writes it: a number, or text as an inline string (never a formula). */
import { cellAddress } from '../../core/address';
import { escapeCellText } from '../sheet-xml/xml-text';

/** What an edit sets on a cell; undefined leaves that aspect as it is. */
export interface CellChange {
  value?: string | number;
  numberFormat?: string;
  fill?: string | null;
}

/**
 * A cell with `value` at row, col (0-based) in style `s` (0 is left out). Text goes inline: the shared strings
 * part stays as it was, and text that starts with `=` is still text. `p`: the prefix of the sheet's elements.
 */
export function valueCell(row: number, col: number, s: number, value: string | number, attrs = '', p = ''): string {
  const styled = s ? ` s="${s}"` : '';
  const r = cellAddress(row, col);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`not a finite number for ${r}: ${value}`);
    return `<${p}c r="${r}"${styled}${attrs}><${p}v>${numberText(value)}</${p}v></${p}c>`;
  }
  const space = /^\s|\s$|\n/.test(value) ? ' xml:space="preserve"' : '';
  return `<${p}c r="${r}"${styled}${attrs} t="inlineStr"><${p}is><${p}t${space}>${escapeCellText(value)}</${p}t></${p}is></${p}c>`;
}

/** A number as xsd:double text: shortest round-trip form; Excel reads '1e+21' and '1E-7' alike. */
function numberText(n: number): string {
  return Object.is(n, -0) ? '0' : String(n);
}

const ONLY_R_S_T = /^(?:\s+[rst]\s*=\s*(?:"[^"]*"|'[^']*'))*\s*\/?$/;

/** The attributes of a `<c>` start tag other than r, s and t (kept when a cell's value is replaced: `ph`). */
export function otherCellAttributes(tagAttrs: string): string {
  // Nearly every cell has only r, s and t: said without a match object per attribute.
  if (ONLY_R_S_T.test(tagAttrs)) return '';
  let rest = '';
  for (const m of tagAttrs.matchAll(/([\w:.-]+)\s*=\s*("[^"]*"|'[^']*')/g)) {
    // cm / vm point at metadata of the value being replaced: they go with it.
    if (m[1] === 'r' || m[1] === 's' || m[1] === 't' || m[1] === 'cm' || m[1] === 'vm') continue;
    rest += ` ${m[1]}=${m[2]}`;
  }
  return rest;
}
