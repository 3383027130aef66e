/**
 * The layers of docs/ARCHITECTURE.md, checked on every import in src (static and dynamic, which eslint's
 * no-restricted-imports does not see): an entry point never imports another, the shared UI layer imports no entry
 * point, the adapters import no UI, and core imports only core.
 */
import fs from 'fs';
import path from 'path';

const src = path.resolve(__dirname, '../../src');
const ENTRY_POINTS = ['cli', 'taskpane', 'commands'];

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    // A pure module's test sits beside it and may take test helpers: only the product's own files are judged.
    return d.isDirectory() ? files(p) : /\.tsx?$/.test(d.name) && !/\.test\.tsx?$/.test(d.name) ? [p] : [];
  });
}

/** Each relative import of each file, as [importing layer, imported layer, the line's text]. */
function imports(): [string, string, string][] {
  const out: [string, string, string][] = [];
  for (const file of files(src)) {
    const from = path.relative(src, file).split(path.sep)[0];
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*(?:\/\*.*?\*\/\s*)?)'(\.{1,2}\/[^']+)'/g)) {
      const to = path.relative(src, path.resolve(path.dirname(file), m[1])).split(path.sep)[0];
      out.push([from, to, `${path.relative(src, file)}: ${m[1]}`]);
    }
  }
  return out;
}

const all = imports();

test('the scan sees the imports it judges (static and dynamic)', () => {
  expect(all.some(([from, to]) => from === 'taskpane' && to === 'ui')).toBe(true);
  expect(all.some(([, , line]) => line.startsWith('ui/operations.ts: ../excel/workbook-actions'))).toBe(true);
});

test('no entry point imports another one, and src/ui imports none of them', () => {
  const wrong = all.filter(([from, to]) => from !== to && ENTRY_POINTS.includes(to) && (ENTRY_POINTS.includes(from) || from === 'ui'));
  expect(wrong.map(([, , line]) => line)).toEqual([]);
});

test('core imports only core, and the adapters import no UI or entry point', () => {
  const wrong = all.filter(
    ([from, to]) => (from === 'core' && to !== 'core') || (['excel', 'xlsx', 'memory-excel'].includes(from) && (to === 'ui' || ENTRY_POINTS.includes(to))),
  );
  expect(wrong.map(([, , line]) => line)).toEqual([]);
});
