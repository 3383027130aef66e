/** The little of XML the package code needs: attributes, entities, Excel's `_xHHHH_` escapes, and escaping back. */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text or an attribute value as XML holds it (entities and character references decoded). */
export function decodeXml(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, e: string) => {
    if (e[0] !== '#') return ENTITIES[e] ?? whole;
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

/** Excel writes characters XML cannot hold as `_xHHHH_` (and a literal `_x…_` as `_x005F_x…_`). */
export function decodeExcelEscapes(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Text for XML content or a double-quoted attribute. */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/** Text for a cell: XML-escaped, with what XML 1.0 cannot hold (and a literal `_xHHHH_`) written as Excel does. */
export function escapeCellText(s: string): string {
  const guarded = s.replace(/_x[0-9a-fA-F]{4}_/g, (m) => `_x005F${m}`);
  return escapeXml(guarded).replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

/** The attributes of a start tag's text (`<c r="A1" s="2">` or just `r="A1" s="2"`), values decoded. */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tag)) !== null) out[m[1]] = decodeXml(m[2] ?? m[3]);
  return out;
}

/** One attribute of a start tag, or undefined: cheaper than `attributes` where a scanner needs one or two. */
export function attribute(tag: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const i = tag.indexOf(name, from);
    if (i < 0) return undefined;
    from = i + name.length;
    const before = tag.charCodeAt(i - 1);
    // a whole name: preceded by a space (or tab/newline), followed by `=`
    if (before !== 32 && before !== 9 && before !== 10 && before !== 13) continue;
    let j = from;
    while (tag.charCodeAt(j) === 32) j++;
    if (tag[j] !== '=') continue;
    j++;
    while (tag.charCodeAt(j) === 32) j++;
    const quote = tag[j];
    if (quote !== '"' && quote !== "'") continue;
    const close = tag.indexOf(quote, j + 1);
    return decodeXml(tag.slice(j + 1, close));
  }
}

/** The start tags of every `<name …>` element in `xml` (self-closed or not), as their text. */
export function startTags(xml: string, name: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`<${name}(?=[\\s/>])[^>]*>`, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)) !== null) out.push(m[0]);
  return out;
}

/**
 * The concatenated `<t>` texts of a string item (`<si>` or `<is>`), phonetic runs (`<rPh>`) left out: rich text
 * reads as its plain text.
 */
export function itemText(xml: string): string {
  const plain = xml.indexOf('<rPh') < 0 ? xml : xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let text = '';
  const re = /<t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/t>)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(plain)) !== null) if (m[1]) text += m[1];
  return decodeExcelEscapes(decodeXml(text));
}

/**
 * The prefix the elements of a part carry ('' or e.g. 'x:'), read from its root element `name`: the .NET Open XML
 * SDK can write `<x:worksheet xmlns:x="…main"><x:sheetData><x:row><x:c>`, `<x:sst>`, `<x:styleSheet>`.
 */
export function rootPrefix(xml: string, name: string): string {
  const root = new RegExp(`<([\\w.-]+:)?${name}[\\s>]`).exec(xml);
  return root?.[1] ?? '';
}

export const mainPrefix = (xml: string): string => rootPrefix(xml, 'worksheet');

/** XML with the prefix `p` taken off its element names, so the unprefixed scanners read it. */
export function withoutPrefix(xml: string, p: string): string {
  return p ? xml.replace(new RegExp(`<(/?)${p.replace(/[.]/g, '\\.')}`, 'g'), '<$1') : xml;
}

/** XML this product made (no prefixes of its own) with the prefix `p` put on every element name. */
export function withPrefix(xml: string, p: string): string {
  return p ? xml.replace(/<(\/?)(?=[A-Za-z])/g, `<$1${p}`) : xml;
}
