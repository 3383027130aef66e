/**
 * `JSON.stringify(value, null, 2)` of an object, in pieces of some 32,000 characters: the report of 100,000 rows is
 * 76 MB of JSON. One string of it cost 300 MB more than the whole recalculation; pieces of a megabyte still went to
 * the old generation and piled up there until a full collection (140 MB more peak memory than the recalculation).
 * Pieces this small die young. The pieces joined with newlines are exactly the one string.
 */
const PIECE_CHARS = 32_000;

/** A list whose items are made when asked for (`slice`): printed as the array of them, by jsonChunks or JSON.stringify. */
export class LazyList<S, T> {
  constructor(
    private readonly source: readonly S[],
    private readonly make: (item: S) => T,
  ) {}

  get length(): number {
    return this.source.length;
  }

  slice(from: number, to: number): T[] {
    return this.source.slice(from, to).map(this.make);
  }

  toJSON(): T[] {
    return this.source.map(this.make);
  }
}

export function* jsonChunks(value: Record<string, unknown>): Generator<string> {
  const keys = Object.keys(value).filter((k) => value[k] !== undefined && typeof value[k] !== 'function');
  if (keys.length === 0) {
    yield '{}';
    return;
  }
  yield '{';
  for (let k = 0; k < keys.length; k++) {
    const v = value[keys[k]];
    const comma = k < keys.length - 1 ? ',' : '';
    const head = `  ${JSON.stringify(keys[k])}: `;
    if ((Array.isArray(v) || v instanceof LazyList) && v.length > 0) {
      yield `${head}[`;
      yield* arrayItems(v);
      yield `  ]${comma}`;
    } else {
      yield `${head}${(JSON.stringify(v, null, 2) ?? 'null').replace(/\n/g, '\n  ')}${comma}`;
    }
  }
  yield '}';
}

/** As the whole would print them. */
const OPEN = '{\n  "x": [\n';
const CLOSE = '\n  ]\n}';

/**
 * The items of an array that is the value of a top-level key, as JSON.stringify of the whole object prints them
 * (each indented by four, separated by ",\n"), a group of items at a time: a group stringified as `{ "x": group }`
 * is cut out of its wrapper, so the indentation is JSON.stringify's own. Groups are sized to about PIECE_CHARS.
 */
function* arrayItems(items: readonly unknown[] | LazyList<unknown, unknown>): Generator<string> {
  let count = 16;
  for (let i = 0; i < items.length; ) {
    const group = items.slice(i, i + count);
    const text = JSON.stringify({ x: group }, null, 2);
    i += group.length;
    const body = text.slice(OPEN.length, text.length - CLOSE.length);
    yield i < items.length ? `${body},` : body;
    count = Math.max(1, Math.round((count * PIECE_CHARS) / Math.max(1, text.length)));
  }
}
