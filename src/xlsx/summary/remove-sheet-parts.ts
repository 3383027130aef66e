/**
 * Taking a sheet's parts out of a package: the worksheet part, its relationships part, and the parts only it
 * leads to (a drawing, its charts and their styles); a part another part still points at (a shared image) stays.
 */
import { dirOf, relationships, relsPathOf } from '../package/package';
import { withoutOverride } from '../patch/package-parts';
import type { PackageWriter } from '../patch/package-writer';

export function removeSheetParts(writer: PackageWriter, sheetPath: string): void {
  const doomed = new Set<string>();
  const visit = (part: string) => {
    if (doomed.has(part) || !writer.has(part)) return;
    doomed.add(part);
    const rels = relsPathOf(part);
    if (!writer.has(rels)) return;
    doomed.add(rels);
    for (const r of relationships(writer.text(rels), dirOf(part))) if (!r.external) visit(r.target);
  };
  visit(sheetPath);
  // Parts that a part outside the doomed set still points at are kept.
  const kept = new Set<string>();
  for (const name of writer.pkg.order) {
    if (!name.endsWith('.rels') || doomed.has(name) || !writer.has(name)) continue;
    const owner = ownerOf(name);
    for (const r of relationships(writer.text(name), dirOf(owner))) if (!r.external) kept.add(r.target);
  }
  let types = writer.text('[Content_Types].xml');
  for (const part of doomed) {
    if (part !== sheetPath && kept.has(part)) continue;
    writer.remove(part);
    types = withoutOverride(types, part);
  }
  writer.set('[Content_Types].xml', types);
}

/** 'xl/worksheets/sheet1.xml' for 'xl/worksheets/_rels/sheet1.xml.rels' ('' for the package's own). */
function ownerOf(relsPath: string): string {
  const m = /^(.*?)_rels\/(.*)\.rels$/.exec(relsPath);
  return m ? `${m[1]}${m[2]}` : '';
}
