/**
 * The styles part, appended to: new number formats, fonts, fills, borders and cell styles go after the ones the
 * file has, so every index a cell already uses still means what it meant. Asking twice for the same look gives
 * the same index. The part's text is rebuilt only where something was added.
 */
import { BUILTIN_FORMATS, sectionItems } from '../sheet-xml/read-styles';
import { attribute, escapeXml, rootPrefix, withoutPrefix, withPrefix } from '../sheet-xml/xml-text';

/** The sections of a stylesheet, in the order CT_Stylesheet requires. */
const SECTIONS = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];
const ITEM: Record<string, string> = { numFmts: 'numFmt', fonts: 'font', fills: 'fill', borders: 'border', cellXfs: 'xf' };

/** A stylesheet with only what the spec requires, for a package that has none. */
export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

interface Section {
  /** Items the file has. */
  count: number;
  added: string[];
  index: Map<string, number>;
}

export class StyleBook {
  private readonly sections = new Map<string, Section>();
  private readonly xfs: string[];
  private readonly formatIds = new Map<string, number>();
  private nextFormatId = 164;
  /** The prefix of the part's elements ('' or e.g. 'x:'): read without it, what is added is written with it. */
  private readonly p: string;
  private readonly derived = new Map<string, number>();

  constructor(private readonly xml: string) {
    this.p = rootPrefix(xml, 'styleSheet');
    xml = withoutPrefix(xml, this.p);
    for (const [section, item] of Object.entries(ITEM)) {
      const items = sectionItems(xml, section, item);
      const index = new Map<string, number>();
      items.forEach((x, i) => index.has(x) || index.set(x, i));
      this.sections.set(section, { count: items.length, added: [], index });
    }
    this.xfs = sectionItems(xml, 'cellXfs', 'xf');
    for (const [id, code] of Object.entries(BUILTIN_FORMATS)) this.formatIds.set(code, Number(id));
    for (const f of sectionItems(xml, 'numFmts', 'numFmt')) {
      const id = Number(attribute(f, 'numFmtId'));
      const code = attribute(f, 'formatCode') ?? '';
      if (!this.formatIds.has(code) || id >= 164) this.formatIds.set(code, id);
      if (id >= this.nextFormatId) this.nextFormatId = id + 1;
    }
  }

  get changed(): boolean {
    for (const s of this.sections.values()) if (s.added.length) return true;
    return false;
  }

  /** The id of a number format, added when the file has none with this code. */
  formatId(code: string): number {
    let id = this.formatIds.get(code);
    if (id === undefined) {
      id = this.nextFormatId++;
      this.formatIds.set(code, id);
      this.add('numFmts', `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    }
    return id;
  }

  /** The index of a font, fill or border element (its whole XML), added when new. */
  add(section: 'numFmts' | 'fonts' | 'fills' | 'borders' | 'cellXfs', itemXml: string): number {
    const s = this.sections.get(section)!;
    let i = s.index.get(itemXml);
    if (i === undefined) {
      i = s.count + s.added.length;
      s.added.push(itemXml);
      s.index.set(itemXml, i);
      if (section === 'cellXfs') this.xfs.push(itemXml);
    }
    return i;
  }

  /**
   * The cell style that is `base` with another number format and/or solid fill (null: no fill); the other
   * aspects (font, borders, alignment, protection) as they were.
   */
  derive(base: number, numberFormat: string | undefined, fill: string | null | undefined): number {
    const key = `${base}\u0000${numberFormat ?? '\u0001'}\u0000${fill === undefined ? '\u0001' : (fill ?? '')}`;
    const known = this.derived.get(key);
    if (known !== undefined) return known;
    let xf = this.xfs[base] ?? this.xfs[0] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    if (numberFormat !== undefined) xf = setAttr(setAttr(xf, 'numFmtId', String(this.formatId(numberFormat))), 'applyNumberFormat', '1');
    if (fill !== undefined) {
      const fillId = fill === null ? 0 : this.add('fills', solidFill(fill));
      xf = setAttr(setAttr(xf, 'fillId', String(fillId)), 'applyFill', '1');
    }
    const index = this.add('cellXfs', xf);
    this.derived.set(key, index);
    return index;
  }

  /** The styles part with what was added. */
  toXml(): string {
    let xml = this.xml;
    for (const name of Object.keys(ITEM)) {
      const s = this.sections.get(name)!;
      if (s.added.length) xml = appendToSection(xml, name, withPrefix(s.added.join(''), this.p), s.count + s.added.length, this.p);
    }
    return xml;
  }
}

export function solidFill(rgb: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="FF${rgb}"/><bgColor rgb="FF${rgb}"/></patternFill></fill>`;
}

/** The start tag of `element` with `name` set to `value` (added when absent). */
/** One expression per attribute name: the patcher sets `spans` on every row it changes. */
const ATTR_RE = new Map<string, RegExp>();

export function setAttr(element: string, name: string, value: string): string {
  const end = element.indexOf('>');
  const selfClosed = element[end - 1] === '/';
  const tagEnd = selfClosed ? end - 1 : end;
  const tag = element.slice(0, tagEnd);
  let re = ATTR_RE.get(name);
  if (!re) ATTR_RE.set(name, (re = new RegExp(`(\\s${name}\\s*=\\s*)("[^"]*"|'[^']*')`)));
  const next = re.test(tag) ? tag.replace(re, `$1"${value}"`) : `${tag} ${name}="${value}"`;
  return next + element.slice(tagEnd);
}

function appendToSection(xml: string, section: string, items: string, count: number, p: string): string {
  const open = new RegExp(`<${p}${section}(?=[\\s>/])[^>]*>`).exec(xml);
  if (open) {
    const tag = setAttr(open[0], 'count', String(count));
    if (open[0].endsWith('/>')) {
      const opened = `${tag.slice(0, -2)}>${items}</${p}${section}>`;
      return xml.slice(0, open.index) + opened + xml.slice(open.index + open[0].length);
    }
    const close = xml.indexOf(`</${p}${section}>`, open.index);
    return xml.slice(0, open.index) + tag + xml.slice(open.index + open[0].length, close) + items + xml.slice(close);
  }
  // The section is absent (a file with no custom number formats): put it before the first later section.
  const block = `<${p}${section} count="${count}">${items}</${p}${section}>`;
  for (const later of SECTIONS.slice(SECTIONS.indexOf(section) + 1)) {
    const at = new RegExp(`<${p}${later}(?=[\\s>/])`).exec(xml);
    if (at) return xml.slice(0, at.index) + block + xml.slice(at.index);
  }
  const end = xml.lastIndexOf(`</${p}styleSheet>`);
  return xml.slice(0, end) + block + xml.slice(end);
}
