/** What the reader needs of the styles part: each cell style's number format and solid fill colour. */
import { attribute, attributes, decodeXml, rootPrefix, withoutPrefix } from './xml-text';

/** The number formats Excel knows by id alone (ECMA-376 part 1, 18.8.30). */
export const BUILTIN_FORMATS: Record<number, string> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?',
  13: '# ??/??', 14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM',
  20: 'h:mm', 21: 'h:mm:ss', 22: 'm/d/yy h:mm', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)', 40: '#,##0.00 ;[Red](#,##0.00)', 45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0',
  48: '##0.0E+0', 49: '@',
};

export interface CellStyles {
  /** Number format of style index i (undefined for General). */
  format: (string | undefined)[];
  /** Solid fill 'RRGGBB' of style index i. */
  fill: (string | undefined)[];
  /** True where the format shows a date (its serial is moved for a 1904 workbook). */
  isDate: boolean[];
  /** True where style index i has `<protection locked="0"/>` (cells are locked by default). */
  unlocked: boolean[];
}

export function readStyles(prefixed: string | null): CellStyles {
  const out: CellStyles = { format: [], fill: [], isDate: [], unlocked: [] };
  if (!prefixed) return out;
  const xml = withoutPrefix(prefixed, rootPrefix(prefixed, 'styleSheet'));
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<numFmt\b[^>]*>/g)) {
    const a = attributes(m[0]);
    custom.set(Number(a.numFmtId), a.formatCode ?? '');
  }
  const fills = sectionItems(xml, 'fills', 'fill').map(solidColour);
  const xfs = sectionItems(xml, 'cellXfs', 'xf');
  xfs.forEach((xf, i) => {
    const tag = /^<xf\b[^>]*>/.exec(xf)?.[0] ?? xf;
    const id = Number(attribute(tag, 'numFmtId') ?? 0);
    const code = custom.get(id) ?? BUILTIN_FORMATS[id];
    out.format[i] = code && code !== 'General' ? code : undefined;
    out.isDate[i] = (id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (code !== undefined && custom.has(id) && isDateFormat(code));
    out.fill[i] = fills[Number(attribute(tag, 'fillId') ?? 0)];
    const protection = /<protection\b[^>]*>/.exec(xf)?.[0];
    const locked = protection === undefined ? undefined : attribute(protection, 'locked');
    out.unlocked[i] = locked === '0' || locked === 'false';
  });
  return out;
}

/** The whole elements `<item …>…</item>` or `<item …/>` inside `<section>`, in order. */
export function sectionItems(xml: string, section: string, item: string): string[] {
  const start = new RegExp(`<${section}(?=[\\s>/])[^>]*>`).exec(xml);
  if (!start || start[0].endsWith('/>')) return [];
  const end = xml.indexOf(`</${section}>`, start.index);
  const body = xml.slice(start.index + start[0].length, end < 0 ? xml.length : end);
  const out: string[] = [];
  const re = new RegExp(`<${item}(?=[\\s>/])[^>]*?(?:/>|>[\\s\\S]*?</${item}>)`, 'g');
  for (const m of body.matchAll(re)) out.push(m[0]);
  return out;
}

function solidColour(fill: string): string | undefined {
  const pattern = /<patternFill\b[^>]*>/.exec(fill)?.[0];
  if (!pattern || attribute(pattern, 'patternType') !== 'solid') return undefined;
  const fg = /<fgColor\b[^>]*>/.exec(fill)?.[0];
  const rgb = fg ? attribute(fg, 'rgb') : undefined;
  return rgb ? rgb.slice(-6).toUpperCase() : undefined;
}

/** A format that shows a date or time: d, m, y, h or s outside quotes, brackets ([Red], [$-…]) and escapes. */
export function isDateFormat(code: string): boolean {
  const bare = decodeXml(code)
    .split(';')[0]
    .replace(/"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g, '');
  return /[dmyhs]/i.test(bare) && !/^[#0.,%E+\- ?/]*$/i.test(bare);
}
