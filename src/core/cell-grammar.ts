/** How staff type numbers in cells: Thai or Arabic digits, levels, dashes, N/A, bracketed parts and status words. */
import { isErrorValue, type CellValue } from './grid';
import { hasThaiDigits, toArabicDigits } from './thai-digits';
import { HANDWRITTEN_STATUS } from './words';
import type { Status } from './types';

export type CellKind = 'empty' | 'dash' | 'na' | 'number' | 'level' | 'text' | 'error';

export interface ParsedCell {
  kind: CellKind;
  /** The number, or the level for 'level'. */
  value: number | null;
  /** A bracketed number after the value: '(๗๐)' this year's part, or '(๒๐๐/ปี)' per year. */
  secondary: number | null;
  perYear: boolean;
  /** 'จากฐาน N' anywhere in the cell. */
  base: number | null;
  /** A status word written by hand, and exactly how it was written ('(ต่ำกว่ากว่าแผน)' or 'ก้าวหน้ากว่าแผน'). */
  status: Status | null;
  statusText: string | null;
  /** Words that are neither the number nor the status word: an explanation or a note. */
  note: string | null;
  /** 'ขอปรับเป็นรายงานผลการดำเนินงาน ไตรมาส ๔ …': reporting deferred to Q4. */
  deferred: boolean;
  /** 'รายงานผลการดำเนินงาน ไตรมาส ๔' in a plan cell: the plan falls due in Q4 only. */
  dueInQ4: boolean;
  thaiDigits: boolean;
  /** The error value ('#DIV/0!') for 'error'. */
  error: string | null;
  /** The cell's text, trimmed, as typed ('' for numbers). */
  text: string;
}

/** An empty cell as parsed: shared by every empty cell, so never changed (results are spread from it). */
export const EMPTY_CELL: ParsedCell = {
  kind: 'empty',
  value: null,
  secondary: null,
  perYear: false,
  base: null,
  status: null,
  statusText: null,
  note: null,
  deferred: false,
  dueInQ4: false,
  thaiDigits: false,
  error: null,
  text: '',
};

const NUMBER = String.raw`[+\-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const LEADING_NUMBER = new RegExp(String.raw`^(${NUMBER})\s*(%|เปอร์เซ็นต์)?`);
// A level, or the step of a success scale it stands for: "ระดับ ๓", "ระดับที่ ๓", "ขั้นตอนที่ ๓".
const LEADING_LEVEL = new RegExp(String.raw`^(?:ระดับ|ขั้นตอน)(?:ที่)?\s*(${NUMBER})`);
const BASE = new RegExp(String.raw`(?:จาก)?ฐาน(?:เดิม)?\s*(${NUMBER})`);
const PER_YEAR = new RegExp(String.raw`(${NUMBER})\s*/\s*ปี`);
const BRACKETED_NUMBER = new RegExp(String.raw`^\(\s*(${NUMBER})\s*\)`);
const Q4 = String.raw`ไตรมาส(?:ที่)?\s*4`;
const DEFERRED = new RegExp(String.raw`(?:ขอปรับ|เลื่อน|ปรับเป็น).*${Q4}`);
const DUE_IN_Q4 = new RegExp(String.raw`^(?:รายงานผล|รายงาน).*${Q4}`);

export function toNumber(text: string): number {
  return Number(text.replace(/,/g, '').replace('−', '-'));
}

export function parseCell(v: CellValue): ParsedCell {
  if (v === null || v === undefined) return EMPTY_CELL;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { ...EMPTY_CELL, kind: 'error', error: String(v) };
    // Tables repeat their figures (plans of 35, targets of 100): one shared, read-only answer per number.
    let p = parsedNumbers.get(v);
    if (!p) {
      p = { ...EMPTY_CELL, kind: 'number', value: v };
      if (parsedNumbers.size >= PARSED_TEXTS_MAX) parsedNumbers.clear();
      parsedNumbers.set(v, p);
    }
    return p;
  }
  if (typeof v === 'boolean') return { ...EMPTY_CELL, kind: 'text', text: String(v), note: String(v) };
  if (isErrorValue(v)) return { ...EMPTY_CELL, kind: 'error', error: v.error };
  return parseCellText(v);
}

// Tables repeat the same texts ('-', 'N/A', 'แผน', '๓๕'): each is read once. Bounded so memory stays flat.
const parsedTexts = new Map<string, ParsedCell>();
const PARSED_TEXTS_MAX = 50_000;
/** Texts up to this length are remembered once read; longer ones (names, notes) are read each time. */
const REMEMBERED_TEXT_MAX = 40;
const parsedNumbers = new Map<number, ParsedCell>();

/** Reads a cell's text. Never throws. The result is shared: do not change it. */
export function parseCellText(raw: string): ParsedCell {
  if (raw.length > REMEMBERED_TEXT_MAX) return readCellText(raw); // names and notes: rarely repeated, not worth keeping
  let p = parsedTexts.get(raw);
  if (p) return p;
  p = readCellText(raw);
  if (parsedTexts.size >= PARSED_TEXTS_MAX) parsedTexts.clear();
  parsedTexts.set(raw, p);
  return p;
}

/** Any space but a single plain one between words: what normalizeSpaces would change. */
const ODD_SPACING = /[^\S ]|\u200b| {2}|^ | $/;

function normalizeSpaces(raw: string): string {
  if (!ODD_SPACING.test(raw)) return raw; // most cells: no copy
  return raw.replace(/[\u00a0\u200b\u2009\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
}

const DASH = /^[-–—−_.]+$/;
const NOT_APPLICABLE = /^(?:N\s*\/\s*A|NA|n\.a\.|ไม่มีแผน)$/i;
const ERROR_TEXT = /^#(?:DIV\/0!|REF!|VALUE!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i;

/** The kinds a whole cell's text can be before its leading figure is read: empty, a dash, N/A, an error value. */
function wholeTextKind(text: string): CellKind | null {
  if (text === '') return 'empty';
  if (DASH.test(text)) return 'dash';
  if (NOT_APPLICABLE.test(text)) return 'na';
  if (ERROR_TEXT.test(text)) return 'error';
  return null;
}

/** A level ('ระดับ ๓') or a number ('๓๕', '๘๐.๕%') at the start of a text in Arabic digits, else text. */
function leadingFigure(s: string): { kind: 'level' | 'number' | 'text'; match: RegExpExecArray | null } {
  const level = LEADING_LEVEL.exec(s);
  if (level) return { kind: 'level', match: level };
  const num = LEADING_NUMBER.exec(s);
  // '๑. ประชาชน…' is a list number, not a value: a number followed by '.' is a heading.
  if (num && s[num[0].length] !== '.') return { kind: 'number', match: num };
  return { kind: 'text', match: null };
}

/**
 * Only the kind of a cell, as parseCell would answer it, without reading the rest: for names and headings, which
 * are long and never repeat (parseCell keeps no copy of those, and reads their notes and status words).
 */
export function cellKind(v: CellValue): CellKind {
  if (typeof v !== 'string') return parseCell(v).kind;
  if (v.length <= REMEMBERED_TEXT_MAX) return parseCellText(v).kind;
  const text = normalizeSpaces(v);
  return wholeTextKind(text) ?? leadingFigure(toArabicDigits(text)).kind;
}

/** What a long text (an indicator's name) says of its figures: 'จากฐาน N' and 'N/ปี'. */
export type TextFigures = Pick<ParsedCell, 'base' | 'secondary' | 'perYear'>;

const NO_FIGURES: TextFigures = { base: null, secondary: null, perYear: false };

/**
 * The base and per-year figures parseCellText would read from a text, without its status words and notes: a
 * cumulative indicator's name is read for these only (100,000 names a click, a tenth of a first run read whole).
 * A text that starts with a figure is read whole, since a bracket after the figure is read differently.
 */
export function textFigures(raw: string): TextFigures {
  const text = normalizeSpaces(raw);
  if (wholeTextKind(text)) return NO_FIGURES;
  const s = toArabicDigits(text);
  if (leadingFigure(s).kind !== 'text') {
    const whole = readCellText(raw);
    return { base: whole.base, secondary: whole.secondary, perYear: whole.perYear };
  }
  const base = BASE.exec(s);
  const perYear = PER_YEAR.exec(s);
  if (!base && !perYear) return NO_FIGURES;
  return { base: base ? toNumber(base[1]) : null, secondary: perYear ? toNumber(perYear[1]) : null, perYear: perYear !== null };
}

function readCellText(raw: string): ParsedCell {
  const text = normalizeSpaces(raw);
  const whole = wholeTextKind(text);
  if (whole === 'empty') return EMPTY_CELL;
  const thaiDigits = hasThaiDigits(text);
  const base: ParsedCell = { ...EMPTY_CELL, text, thaiDigits };
  if (whole === 'error') return { ...base, kind: 'error', error: text };
  if (whole) return { ...base, kind: whole };

  const s = toArabicDigits(text);
  const baseMatch = BASE.exec(s);
  const perYearMatch = PER_YEAR.exec(s);
  const out: ParsedCell = {
    ...base,
    base: baseMatch ? toNumber(baseMatch[1]) : null,
    deferred: DEFERRED.test(s),
    dueInQ4: DUE_IN_Q4.test(s),
  };

  let rest = s;
  const lead = leadingFigure(s);
  out.kind = lead.kind;
  if (lead.match) {
    out.value = toNumber(lead.match[1]);
    rest = rest.slice(lead.match[0].length);
  }

  if (out.kind !== 'text') {
    const bracket = BRACKETED_NUMBER.exec(rest.trim());
    if (bracket) {
      out.secondary = toNumber(bracket[1]);
      rest = rest.trim().slice(bracket[0].length);
    } else if (perYearMatch && /^\s*\(/.test(rest)) {
      out.secondary = toNumber(perYearMatch[1]);
      out.perYear = true;
    }
  }
  if (perYearMatch && out.secondary === null) {
    out.secondary = toNumber(perYearMatch[1]);
    out.perYear = true;
  } else if (perYearMatch && out.secondary === toNumber(perYearMatch[1])) {
    out.perYear = true;
  }

  const status = findStatus(rest);
  if (status) {
    out.status = status.status;
    // The status text as typed in the original (Thai-digit) cell: same position, since only digits differ.
    out.statusText = status.text;
    rest = rest.replace(status.text, ' ');
  }
  const note = rest.replace(/\(\s*\)/g, ' ').replace(/\s+/g, ' ').trim();
  if (note && !/^[()\s]*$/.test(note) && !(out.kind !== 'text' && out.perYear && PER_YEAR.test(note))) {
    out.note = thaiDigits ? noteFromOriginal(text, note) : note;
  }
  if (out.kind === 'text' && out.note === null && out.status === null) out.note = text;
  return out;
}

function findStatus(s: string): { status: Status; text: string } | null {
  for (const [re, status] of HANDWRITTEN_STATUS) {
    const m = re.exec(s);
    if (!m) continue;
    // Take the brackets with the word when it is bracketed: '(ต่ำกว่ากว่าแผน)'.
    const open = s.lastIndexOf('(', m.index);
    const close = s.indexOf(')', m.index + m[0].length);
    if (open >= 0 && close >= 0 && s.slice(open + 1, m.index).trim() === '' && s.slice(m.index + m[0].length, close).trim() === '') {
      return { status, text: s.slice(open, close + 1) };
    }
    return { status, text: m[0] };
  }
  return null;
}

/** The note in the cell's own digits: the Arabic-digit working copy has the same length as the original. */
function noteFromOriginal(original: string, note: string): string {
  const i = toArabicDigits(original).indexOf(note);
  return i >= 0 ? original.slice(i, i + note.length) : note;
}

/** True where the cell holds something to count: a number or a level. */
export function hasValue(p: ParsedCell): boolean {
  return p.kind === 'number' || p.kind === 'level';
}

/**
 * A target typed with its comparison or its unit word before the figure, as offices type them: 'ไม่น้อยกว่า ๕ แห่ง',
 * 'ร้อยละ ๘๐', 'ไม่เกิน ๑๒ เรื่อง', 'ไม่น้อยกว่าร้อยละ ๘๐'. Only target cells are read so: a name may well start
 * 'ร้อยละ ๘๐ ของ…'.
 */
const TARGET_LEAD = /^(?:(?:ไม่น้อยกว่า|ไม่ต่ำกว่า|อย่างน้อย|ไม่เกิน|ไม่มากกว่า|ไม่สูงกว่า|มากกว่า|สูงกว่า|น้อยกว่า|ต่ำกว่า|[≥≤]|[<>]=?)\s*)?(?:ร้อยละ\s*)?/;
/** The comparison a target states, as the direction it means: 'ไม่เกิน ๑๒' at most (fewer is better). */
const TARGET_AT_MOST = /^(?:ร้อยละ\s*)?(?:ไม่เกิน|ไม่มากกว่า|ไม่สูงกว่า|น้อยกว่า|ต่ำกว่า|≤|<)/;
const TARGET_AT_LEAST = /^(?:ร้อยละ\s*)?(?:ไม่น้อยกว่า|ไม่ต่ำกว่า|อย่างน้อย|มากกว่า|สูงกว่า|≥|>)/;
const readTargets = new Map<string, ParsedCell>();

/** A target cell's figure: as parsed, or, for a text with words before its figure, that figure (its text as typed). */
export function targetParsed(p: ParsedCell): ParsedCell {
  if (p.kind !== 'text') return p;
  let out = readTargets.get(p.text);
  if (out) return out;
  const lead = TARGET_LEAD.exec(p.text)!;
  const rest = lead[0] === '' ? null : readCellText(p.text.slice(lead[0].length));
  // 'ร้อยละ ๘๐ ของผู้สมัคร' is a share of something else, not a figure of the indicator's own: only a unit word may follow.
  const figure = rest !== null && hasValue(rest) && (rest.note === null || !/\s|^ของ/.test(rest.note));
  out = figure ? { ...rest, text: p.text, thaiDigits: p.thaiDigits } : p;
  if (readTargets.size >= PARSED_TEXTS_MAX) readTargets.clear();
  readTargets.set(p.text, out);
  return out;
}

/** 'lower' for a target typed 'ไม่เกิน …' (at most), 'higher' for 'ไม่น้อยกว่า …' (at least), else null. */
export function targetDirection(p: ParsedCell): 'lower' | 'higher' | null {
  if (p.text === '') return null;
  if (TARGET_AT_MOST.test(p.text)) return 'lower';
  return TARGET_AT_LEAST.test(p.text) ? 'higher' : null;
}
