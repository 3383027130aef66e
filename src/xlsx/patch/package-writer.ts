/**
 * The output package: the input's entries, of which only the parts set here change. Every other entry is copied
 * with its compressed bytes as they were, in the input's order; new parts go at the end.
 */
import type { XlsxPackage } from '../package/package';
import { entryText, type ZipEntry } from '../zip/read-zip';
import { writeZip, zipEntryOfPieces, type ZipPart } from '../zip/write-zip';
import { MINIMAL_STYLES, StyleBook } from './style-book';
import { withOverride, withoutOverride, withoutRelationship, withRelationship } from './package-parts';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

export class PackageWriter {
  private readonly changed = new Map<string, PartData | ZipEntry>();
  private readonly removed = new Set<string>();
  private styleBook: StyleBook | null = null;

  constructor(readonly pkg: XlsxPackage) {}

  has(path: string): boolean {
    return !this.removed.has(path) && (this.changed.has(path) || this.pkg.entries.has(path));
  }

  /** A part's text as it stands (changed or as read). */
  text(path: string): string {
    const c = this.changed.get(path);
    if (c !== undefined) {
      if (typeof c === 'string') return c;
      if (Array.isArray(c)) return c.join('');
      return Buffer.isBuffer(c) ? c.toString('utf8') : entryText(c);
    }
    const e = this.pkg.entries.get(path);
    if (!e || this.removed.has(path)) throw new Error(`the package has no ${path}`);
    return entryText(e);
  }

  set(path: string, data: PartData): void {
    this.removed.delete(path);
    this.changed.set(path, data);
  }

  /**
   * A big part compressed now, piece by piece as the pieces come, rather than at the end: neither its whole text
   * nor its whole bytes ever exist at once (a patched sheet of 100,000 rows is 17 MB, the summary sheet of 100,000
   * indicators 160 MB), and the text it was made from is garbage before the next sheet is read. Read back only
   * through `text`.
   */
  setCompressed(path: string, pieces: Iterable<string>): void {
    this.removed.delete(path);
    this.changed.set(path, zipEntryOfPieces(path, pieces));
  }

  remove(path: string): void {
    this.changed.delete(path);
    this.removed.add(path);
  }

  /** The styles, appended to through the book; a package without a styles part gets one. */
  styles(): StyleBook {
    if (!this.styleBook) {
      if (this.pkg.stylesPath) this.styleBook = new StyleBook(this.text(this.pkg.stylesPath));
      else {
        this.styleBook = new StyleBook(MINIMAL_STYLES);
        const path = 'xl/styles.xml';
        this.pkg.stylesPath = path;
        const rels = withRelationship(this.text(this.pkg.workbookRelsPath), `${REL}/styles`, relativeTo(this.pkg.workbookPath, path));
        this.set(this.pkg.workbookRelsPath, rels.xml);
        this.set('[Content_Types].xml', withOverride(this.text('[Content_Types].xml'), path, STYLES_TYPE));
        this.set(path, MINIMAL_STYLES);
      }
    }
    return this.styleBook;
  }

  /** The calculation chain goes (its part, relationship and content type): Excel rebuilds it on opening. */
  dropCalcChain(): void {
    const relsXml = this.text(this.pkg.workbookRelsPath);
    const rel = /<Relationship\b[^>]*\/calcChain"[^>]*\/>/.exec(relsXml)?.[0];
    if (!rel) return;
    const id = /\bId="([^"]*)"/.exec(rel)?.[1] ?? '';
    const target = /\bTarget="([^"]*)"/.exec(rel)?.[1] ?? 'calcChain.xml';
    const path = target.startsWith('/') ? target.slice(1) : `${dirOf(this.pkg.workbookPath)}${target}`;
    this.set(this.pkg.workbookRelsPath, withoutRelationship(relsXml, id));
    this.set('[Content_Types].xml', withoutOverride(this.text('[Content_Types].xml'), path));
    this.remove(path);
  }

  /** The names of the parts that differ from the input's (changed, added or removed). */
  changedParts(): string[] {
    return [...this.changed.keys(), ...this.removed];
  }

  toBuffer(): Buffer {
    if (this.styleBook?.changed && this.pkg.stylesPath) this.changed.set(this.pkg.stylesPath, this.styleBook.toXml());
    const parts: ZipPart[] = [];
    for (const name of this.pkg.order) {
      if (this.removed.has(name)) continue;
      const c = this.changed.get(name);
      parts.push(c !== undefined ? partOf(name, c) : this.pkg.entries.get(name)!);
    }
    for (const [name, data] of this.changed) if (!this.pkg.entries.has(name)) parts.push(partOf(name, data));
    return writeZip(parts);
  }
}

/** A part's new content: text, bytes, or text in pieces written one after another. */
export type PartData = string | Buffer | string[];

function partOf(name: string, data: PartData | ZipEntry): ZipPart {
  if (typeof data === 'object' && 'compressed' in data) return data;
  return Array.isArray(data) ? zipEntryOfPieces(name, data) : { name, data };
}

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i + 1);
}

/** `path` as a target relative to the folder of `from` ('xl/workbook.xml' → 'styles.xml'). */
export function relativeTo(from: string, path: string): string {
  const dir = dirOf(from);
  return dir && path.startsWith(dir) ? path.slice(dir.length) : `/${path}`;
}
