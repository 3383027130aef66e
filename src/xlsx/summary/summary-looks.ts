/**
 * The summary's looks as cell styles of the package: each distinct font, fill, border and alignment appended to
 * the styles part once, and one cell style per combination. The spec shares one object per look, so a look is
 * found by the identity of its objects, not by comparing them cell by cell (2 million cells at 100,000 rows).
 */
import type { AlignmentSpec, BorderEdge, BorderSpec, CellSpec, FontSpec, SheetSpec } from '../../core/summary/sheet-spec';
import { escapeXml } from '../sheet-xml/xml-text';
import { solidFill, type StyleBook } from '../patch/style-book';

export class SummaryLooks {
  private readonly ids = new Map<object, number>();
  private readonly xfs = new Map<string, number>();

  constructor(
    private readonly spec: SheetSpec,
    private readonly styles: StyleBook,
  ) {}

  /** The cell style index of a cell of the summary. */
  styleOf(c: CellSpec): number {
    const format = c.numberFormat ?? (c.text ? '@' : undefined);
    const key = `${format ?? ''}\u0000${this.id(c.font)}\u0000${c.fill ?? ''}\u0000${this.id(c.alignment)}\u0000${this.id(c.border)}`;
    let s = this.xfs.get(key);
    if (s === undefined) {
      s = this.styles.add('cellXfs', this.xf(c, format));
      this.xfs.set(key, s);
    }
    return s;
  }

  private id(o: object | undefined): number {
    if (!o) return 0;
    let i = this.ids.get(o);
    if (i === undefined) this.ids.set(o, (i = this.ids.size + 1));
    return i;
  }

  private xf(c: CellSpec, format: string | undefined): string {
    const numFmtId = format ? this.styles.formatId(format) : 0;
    const fontId = this.styles.add('fonts', fontXml({ ...this.spec.font, ...c.font }));
    const fillId = c.fill ? this.styles.add('fills', solidFill(c.fill)) : 0;
    const borderId = c.border ? this.styles.add('borders', borderXml(c.border)) : 0;
    const alignment = c.alignment ? alignmentXml(c.alignment) : '';
    return (
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"` +
      `${numFmtId ? ' applyNumberFormat="1"' : ''} applyFont="1"${fillId ? ' applyFill="1"' : ''}${borderId ? ' applyBorder="1"' : ''}` +
      (alignment ? ` applyAlignment="1">${alignment}</xf>` : '/>')
    );
  }
}

/** CT_Font's children in the order the schema requires. */
function fontXml(f: FontSpec & { name: string; size: number }): string {
  return (
    `<font>${f.bold ? '<b/>' : ''}${f.italic ? '<i/>' : ''}${f.underline ? '<u/>' : ''}<sz val="${f.size}"/>` +
    `${f.color ? `<color rgb="FF${f.color}"/>` : ''}<name val="${escapeXml(f.name)}"/><family val="2"/></font>`
  );
}

function borderXml(b: BorderSpec): string {
  const edge = (name: string, e: BorderEdge | undefined) =>
    e ? `<${name} style="${e.style}"><color rgb="FF${e.color ?? '000000'}"/></${name}>` : `<${name}/>`;
  return `<border>${edge('left', b.left)}${edge('right', b.right)}${edge('top', b.top)}${edge('bottom', b.bottom)}<diagonal/></border>`;
}

function alignmentXml(a: AlignmentSpec): string {
  const attrs = [
    a.horizontal ? ` horizontal="${a.horizontal}"` : '',
    // The spec says 'middle' as Office.js does; the file format says 'center'.
    a.vertical ? ` vertical="${a.vertical === 'middle' ? 'center' : a.vertical}"` : '',
    a.wrap ? ' wrapText="1"' : '',
    a.indent ? ` indent="${a.indent}"` : '',
  ].join('');
  return attrs ? `<alignment${attrs}/>` : '';
}
