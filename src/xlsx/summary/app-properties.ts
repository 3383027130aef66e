/**
 * `docProps/app.xml` lists the worksheets' names (TitlesOfParts, counted under the "Worksheets" heading): kept in
 * step with the sheets taken out and put in. A file whose list is not in the usual shape is left as it was.
 */
import { escapeXml } from '../sheet-xml/xml-text';
import type { PackageWriter } from '../patch/package-writer';

export function updateAppProperties(writer: PackageWriter, removed: string[], added: { name: string; at: number } | null): void {
  const path = 'docProps/app.xml';
  if (!writer.has(path)) return;
  const xml = writer.text(path);
  const pairs = /<HeadingPairs>\s*<vt:vector size="(\d+)" baseType="variant">([\s\S]*?)<\/vt:vector>\s*<\/HeadingPairs>/.exec(xml);
  const titles = /<TitlesOfParts>\s*<vt:vector size="(\d+)" baseType="lpstr">([\s\S]*?)<\/vt:vector>\s*<\/TitlesOfParts>/.exec(xml);
  if (!pairs || !titles) return;
  // Headings come in pairs (name, count); the titles are listed heading by heading in that order.
  const variants = [...pairs[2].matchAll(/<vt:variant>([\s\S]*?)<\/vt:variant>/g)].map((m) => m[1]);
  const names = [...titles[2].matchAll(/<vt:lpstr>([\s\S]*?)<\/vt:lpstr>/g)].map((m) => m[1]);
  let start = 0;
  let sheetsAt = -1;
  let count = 0;
  for (let i = 0; i + 1 < variants.length; i += 2) {
    const heading = /<vt:lpstr>([\s\S]*?)<\/vt:lpstr>/.exec(variants[i])?.[1] ?? '';
    const n = Number(/<vt:i4>(\d+)<\/vt:i4>/.exec(variants[i + 1])?.[1] ?? NaN);
    if (Number.isNaN(n)) return;
    if (/^(Worksheets|แผ่นงาน)$/.test(heading)) {
      sheetsAt = i + 1;
      count = n;
      break;
    }
    start += n;
  }
  if (sheetsAt < 0) return;
  const sheetNames = names.slice(start, start + count);
  const gone = new Set(removed.map(escapeXml));
  const kept = sheetNames.filter((n) => !gone.has(n));
  if (added) kept.splice(Math.min(added.at, kept.length), 0, escapeXml(added.name));
  const allNames = [...names.slice(0, start), ...kept, ...names.slice(start + count)];
  variants[sheetsAt] = variants[sheetsAt].replace(/<vt:i4>\d+<\/vt:i4>/, `<vt:i4>${kept.length}</vt:i4>`);
  const next = xml
    .replace(pairs[0], `<HeadingPairs><vt:vector size="${variants.length}" baseType="variant">${variants.map((v) => `<vt:variant>${v}</vt:variant>`).join('')}</vt:vector></HeadingPairs>`)
    .replace(titles[0], `<TitlesOfParts><vt:vector size="${allNames.length}" baseType="lpstr">${allNames.map((n) => `<vt:lpstr>${n}</vt:lpstr>`).join('')}</vt:vector></TitlesOfParts>`);
  if (next !== xml) writer.set(path, next);
}
