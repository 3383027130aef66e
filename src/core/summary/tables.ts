/** The summary's tables: counts by status, the indicator table, the budget table. */
import { BORDER_ONLY, NAME_STYLE, NO_FIGURE_STYLE, numberStyle, orderStyle, statusLines, statusStyle } from './looks';
import { percentOf } from '../thai-digits';
import type { BudgetResult, IndicatorResult, Status } from '../types';
import type { Group } from './groups';
import { Builder, COLS, HEADER_FILL, SIZE, THIN, TOTAL_FILL, type CellStyle } from './layout';
import * as P from './phrases';
import { rowHeightFor } from './text-size';

/** The indicator table: ลำดับ | ตัวชี้วัด (B:C) | เป้าหมาย | ผลสะสม | ร้อยละ | สถานะ. */
export const INDICATOR_COLUMNS: [number, number][] = [[0, 0], [1, 2], [3, 3], [4, 4], [5, 5], [6, 6]];
/**
 * A table row is at most this many lines: a longer name ends in '…' (its paragraph gives it whole). Two lines name
 * an indicator; ten made the seed's table alone three printed pages.
 */
const MAX_TABLE_LINES = 2;
/** What a heading row in the indicator table is kept with on its page: the tallest row of the table. */
export const FIRST_ROW_KEEP = rowHeightFor(MAX_TABLE_LINES, SIZE);
export const STATUS_ORDER: Status[] = ['ahead', 'on-plan', 'behind', 'no-data', 'not-due'];

/**
 * Counts by status of `indicators` (each once: see distinctIndicators; `repeated` were left out as seen twice), as a
 * table across the page: the statuses side by side over their counts and shares, three rows where a row per status
 * took eight (the total is said in the line above it).
 */
export function writeCounts(b: Builder, indicators: IndicatorResult[], repeated = 0): void {
  const one = rowHeightFor(1, SIZE);
  const line = b.ours(P.indicatorTotal(b.num(indicators.length))) + (repeated > 0 ? b.ours(P.countedOnce(b.num(repeated))) : '');
  const headerLines = Math.max(...STATUS_ORDER.map((s, i) => b.linesIn(P.status(s), COUNT_FIRST_COL + i, COUNT_FIRST_COL + i, SIZE, true)));
  const header = rowHeightFor(headerLines, SIZE);
  // The line, the header and the two rows stay on one page together.
  b.begin(rowHeightFor(b.linesIn(line, 1, COLS - 1, SIZE, false), SIZE), header + 2 * one);
  b.put(1, line, { alignment: { vertical: 'middle', wrap: true } });
  b.merge(1, COLS - 1);
  b.end();
  const label = (text: string, style: CellStyle) => {
    b.put(0, text, style);
    b.put(1, '', style);
    b.merge(0, 1);
  };
  b.begin(header);
  label(P.COUNT_HEADERS[0], COUNT_HEADER_STYLE);
  STATUS_ORDER.forEach((s, i) => b.put(COUNT_FIRST_COL + i, P.status(s), { ...statusStyle(s), font: { ...statusStyle(s).font, bold: true }, alignment: { horizontal: 'center', vertical: 'middle', wrap: true } }));
  b.end();
  const counts = STATUS_ORDER.map((s) => indicators.filter((i) => i.overall === s).length);
  b.begin(one);
  label(P.COUNT_HEADERS[1], COUNT_LABEL_STYLE);
  counts.forEach((n, i) => b.put(COUNT_FIRST_COL + i, n, numberStyle(b.intFormat)));
  b.end();
  b.begin(one);
  label(P.COUNT_HEADERS[2], COUNT_LABEL_STYLE);
  counts.forEach((n, i) => b.put(COUNT_FIRST_COL + i, percentOf(n, indicators.length) ?? 0, numberStyle(b.decFormat)));
  b.end();
}

/** The counts table's first status column (C): A:B hold the row labels. */
const COUNT_FIRST_COL = 2;
const COUNT_HEADER_STYLE: CellStyle = { font: { bold: true }, fill: HEADER_FILL, border: THIN, alignment: { horizontal: 'center', vertical: 'middle' } };
const COUNT_LABEL_STYLE: CellStyle = { font: { bold: true }, border: THIN, alignment: { horizontal: 'left', vertical: 'top' } };


/** A name's leading number as the form types it: '๑. ', '4.1 ', '(2) '. */
const LEADING_NUMBER = /^\s*[(]?([0-9๐-๙]+(?:\.[0-9๐-๙]+)*)[.)]?\s+/;

/** A ลำดับ / ที่ cell that holds a number as the form types it: '1', '๑.', '1.1', '(2)'. */
const ORDER_CELL = /^\s*[(]?([0-9๐-๙]+(?:\.[0-9๐-๙]+)*)[.)]?\s*$/;

/**
 * The indicator's name without the form's own numbering ('๑. ', '๔.๑ '): the summary writes that number itself
 * (indicatorNumbers). Only a leading number is dropped; the rest stays as typed.
 */
export function displayName(name: string): string {
  const stripped = name.replace(LEADING_NUMBER, '');
  return stripped === '' ? name : stripped;
}

/**
 * The indicators' numbers in the summary, table by table: the table's own, as each name leads with it ('1.1', '๒';
 * the workbook's digits, as typed) or else as its ลำดับ / ที่ cell holds it (an unnumbered one by its place), when these
 * tell its indicators apart; else, as
 * when a form numbers them afresh under each group heading (the seed's ๑, ๒, ๑ …), each by its place in its table.
 */
export function indicatorNumbers(b: Builder, groups: readonly Group[]): Map<IndicatorResult, string> {
  const out = new Map<IndicatorResult, string>();
  let table: IndicatorResult[] = [];
  const close = () => {
    const places = table.map((_, i) => b.plain(i + 1));
    const own = table.map((ind, i) => {
      const m = LEADING_NUMBER.exec(ind.name);
      if (m && displayName(ind.name) !== ind.name) return m[1];
      const n = ind.number === undefined ? null : ORDER_CELL.exec(String(ind.number));
      return n ? n[1] : places[i];
    });
    const distinct = new Set(own.map((x) => x.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50)))).size === own.length;
    table.forEach((ind, i) => out.set(ind, distinct ? own[i] : places[i]));
    table = [];
  };
  for (const g of groups) {
    if (g.firstNumber === 1) close();
    table.push(...g.items);
  }
  close();
  return out;
}

/** A quantity with its unit as the seed writes it: '๑๔๐ กิจการ', 'ระดับ ๓', 'ร้อยละ ๘๐'. */
export function qty(b: Builder, ind: IndicatorResult, n: number): string {
  const v = b.num(n);
  if (ind.measure === 'level') return `${P.LEVEL_UNIT} ${v}`;
  if (ind.measure === 'rate' && (ind.unit === null || ind.unit === P.RATE_UNIT)) return `${P.RATE_UNIT} ${v}`; // else '31.8 ต่อแสนประชากร'
  return ind.unit ? `${v} ${ind.unit}` : v;
}

/** `number`: the indicator's, as indicatorNumbers gives it. */
export function writeIndicatorRow(b: Builder, ind: IndicatorResult, number: string): void {
  const name = fitName(b, displayName(ind.name), 1, 2);
  const lines = Math.max(b.linesIn(name, 1, 2, SIZE, false), statusLines(b, ind.overall));
  b.begin(rowHeightFor(lines, SIZE));
  // A whole number stays a number in the digits' format (the seed's ๑ … ๔); '1.1' is text, as typed.
  const whole = /^[0-9๐-๙]+$/.test(number) ? Number(number.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50))) : null;
  b.put(0, whole ?? number, orderStyle(whole === null ? '@' : b.intFormat));
  b.put(1, name, NAME_STYLE);
  b.put(2, '', BORDER_ONLY);
  b.merge(1, 2);
  const figure = (col: number, v: number | null, format: string) => {
    if (v === null) b.put(col, P.NO_FIGURE, NO_FIGURE_STYLE);
    else b.put(col, v, numberStyle(format));
  };
  const quantity = quantityFormat(b, ind);
  figure(3, ind.target, quantity(ind.target));
  figure(4, ind.total, quantity(ind.total));
  figure(5, ind.percent, b.decFormat);
  b.put(6, P.status(ind.overall), statusStyle(ind.overall));
  b.end();
}

/**
 * The format of a target or result: Thai digits (or not), whole or two decimals, and for a level or a rate
 * the word before it ('ระดับ ๓'), so the table says what the figure is without a unit column.
 */
function quantityFormat(b: Builder, ind: IndicatorResult): (v: number | null) => string {
  return (v) => {
    const base = v !== null && !Number.isInteger(v) ? b.decFormat : b.intFormat;
    const word = ind.measure === 'level' ? P.LEVEL_UNIT : ind.measure === 'rate' && (ind.unit === null || ind.unit === P.RATE_UNIT) ? P.RATE_UNIT : null;
    if (word === null) return base;
    // '[$-D01041E]"ระดับ "#,##0': the locale tag stays first, or LibreOffice prints it.
    const m = /^(\[\$-[0-9A-F]+\])?(.*)$/i.exec(base) as RegExpExecArray;
    return `${m[1] ?? ''}"${word} "${m[2]}`;
  };
}

/**
 * The name, cut to `maxLines` lines of columns left..right with '…' when longer (its paragraph gives it whole). Thai
 * writes its words together, so the cut falls at the end of a word as Intl.Segmenter finds them (a number is one
 * word: never cut inside it, nor before a vowel or tone mark); only a first word longer than the lines is cut inside.
 */
export function fitName(b: Builder, name: string, left: number, right: number, maxLines = MAX_TABLE_LINES, bold = false): string {
  if (b.linesIn(name, left, right, SIZE, bold) <= maxLines) return name;
  // The most letters that fit with '…', then back to where the word they end in starts.
  let lo = 0;
  let hi = name.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (b.linesIn(name.slice(0, mid).trimEnd() + P.ELLIPSIS, left, right, SIZE, bold) <= maxLines) lo = mid;
    else hi = mid - 1;
  }
  const start = wordStart(name, lo);
  if (start > 0) return cutAt(name, start);
  // A first word too long for the lines: cut inside it, never between a letter and its mark.
  while (lo > 0 && /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/.test(name[lo] ?? '')) lo--;
  return cutAt(name, lo);
}

/** The name up to `end`, without the spaces and opening brackets a cut leaves at its end, and '…'. */
function cutAt(name: string, end: number): string {
  return name.slice(0, end).replace(/[\s([{"'“‘/-]+$/u, '') + P.ELLIPSIS;
}

/**
 * Where the word holding name[at] starts (`at` itself when a word starts there). Only the run between the spaces
 * around it is segmented: a space ends a Thai phrase, and a whole name each cost a summary of 100,000 long names
 * seconds.
 */
function wordStart(name: string, at: number): number {
  if (at >= name.length) return at;
  const from = name.lastIndexOf(' ', at - 1) + 1;
  const space = name.indexOf(' ', at);
  const to = space < 0 ? name.length : space;
  if (at === from) return at;
  return from + (WORDS.segment(name.slice(from, to)).containing(at - from)?.index ?? at - from);
}

/** Thai words as the browser and Node find them (ICU's dictionary): a number with its separators is one word. */
const WORDS = new Intl.Segmenter('th', { granularity: 'word' });

export function writeBudgetRow(b: Builder, line: BudgetResult, n: number | null, isTotal: boolean, decimals = 4): void {
  // The total row is bold on grey; a line takes the shared styles.
  const total = (style: CellStyle): CellStyle => (isTotal ? { ...style, font: { bold: true }, fill: TOTAL_FILL } : style);
  const name = isTotal ? P.BUDGET_TOTAL : line.name;
  b.begin(rowHeightFor(Math.max(b.linesIn(name, 1, 1, SIZE, isTotal), statusLines(b, line.status)), SIZE));
  if (n === null) b.put(0, '', isTotal ? { border: THIN, fill: TOTAL_FILL } : BORDER_ONLY);
  else b.put(0, n, orderStyle(b.intFormat));
  b.put(1, name, total(NAME_STYLE));
  const figure = (col: number, v: number | null, format: string) => {
    if (v === null) b.put(col, P.NO_FIGURE, isTotal ? { ...NO_FIGURE_STYLE, fill: TOTAL_FILL } : NO_FIGURE_STYLE);
    else b.put(col, v, total(numberStyle(format)));
  };
  const amount = amountFormat(b, decimals); // the table's own decimals: 2 for baht, 4 for million baht
  figure(2, line.allocated, amount);
  figure(3, line.disbursed, amount);
  figure(4, line.percent, b.decFormat);
  figure(5, line.plannedPercent, b.decFormat);
  b.put(6, P.status(line.status), statusStyle(line.status));
  b.end();
}

/** The number format of amounts with the table's decimals: '#,##0.00' for baht, '#,##0.0000' for million baht. */
function amountFormat(b: Builder, decimals: number): string {
  if (decimals === 4) return b.amountFormat;
  const body = decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(decimals)}`;
  return b.digits === 'thai' ? `[$-D01041E]${body}` : body;
}
