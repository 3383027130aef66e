/**
 * `JSON.stringify(value, null, 2)` of an object, in pieces of about a megabyte: the report of 100,000 rows is 70 MB
 * of JSON, and one string of it (with the object tree it is made from) cost 300 MB more than the whole
 * recalculation. The pieces joined with newlines are exactly the one string.
 */
const PIECE = 2 ** 20;

export function* jsonChunks(value: Record<string, unknown>): Generator<string> {
  const keys = Object.keys(value).filter((k) => value[k] !== undefined && typeof value[k] !== 'function');
  if (keys.length === 0) {
    yield '{}';
    return;
  }
  let piece = '{';
  let size = 1;
  const line = function* (s: string): Generator<string> {
    piece += `\n${s}`;
    size += s.length + 1;
    if (size > PIECE) {
      yield piece;
      piece = '';
      size = 0;
    }
  };
  // Pieces after the first start with the newline `line` put before them: drop it, `out` adds one between.
  const flush = (s: string) => (s.startsWith('\n') ? s.slice(1) : s);
  const out = function* (gen: Generator<string>): Generator<string> {
    for (const p of gen) yield flush(p);
  };
  for (let k = 0; k < keys.length; k++) {
    const v = value[keys[k]];
    const comma = k < keys.length - 1 ? ',' : '';
    const head = `  ${JSON.stringify(keys[k])}: `;
    if (Array.isArray(v) && v.length > 0) {
      yield* out(line(`${head}[`));
      for (let i = 0; i < v.length; i++) {
        const text = (JSON.stringify(v[i], null, 2) ?? 'null').replace(/\n/g, '\n    ');
        yield* out(line(`    ${text}${i < v.length - 1 ? ',' : ''}`));
      }
      yield* out(line(`  ]${comma}`));
    } else {
      yield* out(line(`${head}${(JSON.stringify(v, null, 2) ?? 'null').replace(/\n/g, '\n  ')}${comma}`));
    }
  }
  piece += '\n}';
  yield flush(piece);
}
