/**
 * The plan of cell edits, held field by field in typed arrays and shared strings rather than as one object per edit.
 * At 100,000 rows a recalculation plans about 240,000 edits; an object kept alive for each until the end cost more
 * in garbage collection than the computing itself (0.2 of a second of about one). Read it as `Edit`s, one made on
 * demand: `for (const e of list)`, `list.at(i)`, `list.toArray()`.
 */
import type { Edit, EditReason } from './types';
import { keepShapeOf } from './shapes';

const REASONS: readonly EditReason[] = ['total', 'percent', 'status', 'status-word', 'budget', 'flag'];

/** What an edit sets, as bits: the value is a number or a text; the number format; the fill. */
const NUMBER = 1;
const TEXT = 2;
const FORMAT = 4;
const FILL = 8;

/**
 * Edits' indexes of strings and columns are held in 16 bits: a workbook has far fewer sheets and number formats, and
 * Excel 16,384 columns. Each byte less per edit is 240 KB less to fault in on a first run at 100,000 rows.
 */
const MAX_STRINGS = 0xffff;

/**
 * Few distinct strings (sheet names, number formats, fills) each stored once, edits holding their index. Edits come
 * in runs of the same sheet and format: the last one is looked up without the map.
 */
class Strings<T extends string | null> {
  readonly list: T[] = [];
  private readonly index = new Map<T, number>();
  private last: T | undefined;
  private lastIndex = -1;

  indexOf(s: T): number {
    if (s === this.last) return this.lastIndex;
    let i = this.index.get(s);
    if (i === undefined) {
      if (this.list.length > MAX_STRINGS) throw new RangeError(`more than ${MAX_STRINGS + 1} distinct sheet names, formats or fills`);
      i = this.list.push(s) - 1;
      this.index.set(s, i);
    }
    this.last = s;
    this.lastIndex = i;
    return i;
  }
}

/** Cells given a new value, and cells given only a number format or a fill (`EditList.counts`). */
export interface EditCounts {
  corrected: number;
  formatted: number;
}

export class EditList implements Iterable<Edit> {
  private count = 0;
  private capacity: number;
  private readonly sheetNames = new Strings<string>();
  private readonly formatTexts = new Strings<string>();
  private readonly fillColours = new Strings<string | null>();
  private sheet: Uint16Array;
  private row: Int32Array;
  private col: Uint16Array;
  private reason: Uint8Array;
  private sets: Uint8Array;
  /** The number written, or for a text the index of the text in `texts`. */
  private number: Float64Array;
  private format: Uint16Array;
  private fill: Uint16Array;
  private readonly texts: string[] = [];

  /** `expected`: about how many edits will come (the list grows past it; a good guess spares the copies). */
  constructor(expected = 256) {
    this.capacity = Math.max(16, Math.ceil(expected));
    this.sheet = new Uint16Array(this.capacity);
    this.row = new Int32Array(this.capacity);
    this.col = new Uint16Array(this.capacity);
    this.reason = new Uint8Array(this.capacity);
    this.sets = new Uint8Array(this.capacity);
    this.number = new Float64Array(this.capacity);
    this.format = new Uint16Array(this.capacity);
    this.fill = new Uint16Array(this.capacity);
  }

  static from(edits: Iterable<Edit>): EditList {
    const list = new EditList();
    for (const e of edits) list.add(e.sheet, e.row, e.col, e.reason, e.value, e.numberFormat, e.fill);
    return list;
  }

  get length(): number {
    return this.count;
  }

  /**
   * The cells these edits touch, told apart: `corrected`, given a new value (a figure or a word that was wrong or
   * missing); `formatted`, only given a number format or a fill (a right figure in a cell with no format, a status
   * coloured). Each cell counted once. What the command line says it changed.
   */
  counts(): EditCounts {
    const valued = new Map<number, boolean>();
    for (let i = 0; i < this.count; i++) {
      // Sheet index (16 bits), row (20 bits) and column (14 bits) in one exact number below 2^53.
      const key = (this.sheet[i] * 0x100000 + this.row[i]) * 0x4000 + this.col[i];
      if ((this.sets[i] & (NUMBER | TEXT)) !== 0) valued.set(key, true);
      else if (!valued.has(key)) valued.set(key, false);
    }
    let corrected = 0;
    for (const v of valued.values()) if (v) corrected++;
    return { corrected, formatted: valued.size - corrected };
  }

  /** One edit; `undefined` leaves that aspect of the cell as it is (as in `Edit`). */
  add(
    sheet: string,
    row: number,
    col: number,
    reason: EditReason,
    value: string | number | undefined,
    numberFormat: string | undefined,
    fill: string | null | undefined,
  ): void {
    if (this.count === this.capacity) this.grow();
    const i = this.count++;
    this.sheet[i] = this.sheetNames.indexOf(sheet);
    this.row[i] = row;
    this.col[i] = col;
    this.reason[i] = REASONS.indexOf(reason);
    let sets = 0;
    if (typeof value === 'number') {
      sets |= NUMBER;
      this.number[i] = value;
    } else if (typeof value === 'string') {
      sets |= TEXT;
      this.number[i] = this.texts.push(value) - 1;
    }
    if (numberFormat !== undefined) {
      sets |= FORMAT;
      this.format[i] = this.formatTexts.indexOf(numberFormat);
    }
    if (fill !== undefined) {
      sets |= FILL;
      this.fill[i] = this.fillColours.indexOf(fill);
    }
    this.sets[i] = sets;
  }

  /** The edit at `i` (0-based), as a new object in the one shape every Edit has. */
  at(i: number): Edit {
    if (i < 0 || i >= this.count) throw new RangeError(`no edit ${i} of ${this.count}`);
    const sets = this.sets[i];
    return {
      sheet: this.sheetNames.list[this.sheet[i]],
      row: this.row[i],
      col: this.col[i],
      reason: REASONS[this.reason[i]],
      value: sets & NUMBER ? this.number[i] : sets & TEXT ? this.texts[this.number[i]] : undefined,
      numberFormat: sets & FORMAT ? this.formatTexts.list[this.format[i]] : undefined,
      fill: sets & FILL ? this.fillColours.list[this.fill[i]] : undefined,
    };
  }

  *[Symbol.iterator](): Iterator<Edit> {
    for (let i = 0; i < this.count; i++) yield this.at(i);
  }

  toArray(): Edit[] {
    const out: Edit[] = [];
    for (let i = 0; i < this.count; i++) out.push(this.at(i));
    return out;
  }

  private grow(): void {
    this.capacity *= 2;
    const bigger = <A extends Uint8Array | Uint16Array | Int32Array | Float64Array>(a: A, make: new (n: number) => A): A => {
      const b = new make(this.capacity);
      b.set(a);
      return b;
    };
    this.sheet = bigger(this.sheet, Uint16Array);
    this.row = bigger(this.row, Int32Array);
    this.col = bigger(this.col, Uint16Array);
    this.reason = bigger(this.reason, Uint8Array);
    this.sets = bigger(this.sets, Uint8Array);
    this.number = bigger(this.number, Float64Array);
    this.format = bigger(this.format, Uint16Array);
    this.fill = bigger(this.fill, Uint16Array);
  }
}

// One list kept, so that its shape and its strings' outlive a run (shapes.ts).
keepShapeOf(new EditList(16));
