/**
 * How much room Thai text takes in TH SarabunPSK, so the summary can set column widths and row heights itself:
 * Excel does not autofit merged cells, and an estimate that is too small clips the paragraph on paper.
 * Advance widths (in em) are averages measured from Laksaman at full size, as LibreOffice draws it for TH SarabunPSK
 * (fonts-thai-tlwg; TH SarabunPSK itself is 0.66 of it). Thai above/below marks take no width. The summary wraps
 * text for the widest font it may be drawn in (fonts.ts `widestScale`).
 */
import { LINE_EM } from './fonts';

/** The measured widths, by weight (the reference test in test/summary measures letter by letter with them too). */
export const EM = {
  regular: { thai: 0.61, thaiDigit: 0.675, lower: 0.504, upper: 0.603, digit: 0.544, space: 0.324, other: 0.42 },
  bold: { thai: 0.642, thaiDigit: 0.685, lower: 0.539, upper: 0.638, digit: 0.568, space: 0.339, other: 0.45 },
};

/** Narrow Thai letters (measured): leading vowels, sara aa, sara am. */
export const THAI_NARROW: Record<string, number> = { 'เ': 0.3, 'แ': 0.57, 'โ': 0.36, 'ใ': 0.36, 'ไ': 0.37, 'า': 0.47, 'ำ': 0.47, 'ะ': 0.54 };


/** Pixels per point at 96 dpi. */
export const PX_PER_PT = 96 / 72;

export function isCombining(c: number): boolean {
  return c === 0x0e31 || (c >= 0x0e34 && c <= 0x0e3a) || (c >= 0x0e47 && c <= 0x0e4e);
}

/**
 * Each UTF-16 unit's width in em up to the Thai block, one table per weight (past it: `other`). A summary of
 * 100,000 indicators measures about 40 million letters, so a letter costs an array read, not a string.
 */
const WIDTHS = { regular: widthTable(EM.regular), bold: widthTable(EM.bold) };

function widthTable(m: typeof EM.regular): Float64Array {
  const t = new Float64Array(0x0e80).fill(m.other);
  t[0x20] = m.space;
  for (let c = 0x41; c <= 0x5a; c++) t[c] = m.upper;
  for (let c = 0x61; c <= 0x7a; c++) t[c] = m.lower;
  for (let c = 0x30; c <= 0x39; c++) t[c] = m.digit;
  for (let c = 0x0e01; c <= 0x0e5b; c++) t[c] = m.thai;
  for (let c = 0x0e50; c <= 0x0e59; c++) t[c] = m.thaiDigit;
  for (const [ch, em] of Object.entries(THAI_NARROW)) t[ch.charCodeAt(0)] = em;
  for (let c = 0x0e01; c <= 0x0e5b; c++) if (isCombining(c)) t[c] = 0;
  return t;
}

/** The width in em of the letter at `i` (a letter outside the basic plane counts as `other`). */
function emAt(text: string, i: number, t: Float64Array, other: number): number {
  const c = text.charCodeAt(i);
  return c < t.length ? t[c] : other;
}

/** UTF-16 units of the letter at `i`: 2 for a letter outside the basic plane. */
function unitsAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return 1;
  const next = text.charCodeAt(i + 1); // NaN past the end
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/** Width in em of text[from, to). */
function emOf(text: string, from: number, to: number, bold: boolean): number {
  const t = bold ? WIDTHS.bold : WIDTHS.regular;
  const other = bold ? EM.bold.other : EM.regular.other;
  let em = 0;
  for (let i = from; i < to; i += unitsAt(text, i)) em += emAt(text, i, t, other);
  return em;
}

/** Width of one line of text in pixels at `pt` points. */
export function textWidthPx(text: string, pt: number, bold = false): number {
  return emOf(text, 0, text.length, bold) * pt * PX_PER_PT;
}

/**
 * Lines the text wraps to in a cell `widthPx` wide. Thai writes words together and LibreOffice (and Excel)
 * break between Thai words, so a line can end almost anywhere: the estimate fills each line letter by letter
 * (never before an above/below mark), breaks at the last space when there is one near the end, and leaves
 * FILL of the width for the word that did not fit. Explicit line breaks ('\n') count.
 */
export function wrapLines(text: string, widthPx: number, pt: number, bold = false): string[] {
  const out: string[] = [];
  const room = Math.max(widthPx * FILL, pt * PX_PER_PT);
  const t = bold ? WIDTHS.bold : WIDTHS.regular;
  const other = bold ? EM.bold.other : EM.regular.other;
  const px = (em: number) => em * pt * PX_PER_PT;
  for (const para of text.split('\n')) {
    // What fits whole needs no break, so no room is lost to one.
    if (px(emOf(para, 0, para.length, bold)) <= widthPx) {
      out.push(para);
      continue;
    }
    // The line is para[start, i): indices, not a string grown letter by letter.
    let start = 0;
    let width = 0;
    for (let i = 0; i < para.length; ) {
      const units = unitsAt(para, i);
      const w = px(emAt(para, i, t, other));
      if (i > start && width + w > room && !isCombining(para.charCodeAt(i))) {
        // Prefer the last space in the line's last fifth: a Latin word or a number stays whole.
        const space = para.lastIndexOf(' ', i - 1);
        if (space > start && px(emOf(para, space, i, bold)) < room / 5) {
          out.push(para.slice(start, space));
          start = space + 1;
        } else {
          out.push(para.slice(start, i));
          start = i;
        }
        if (para.charCodeAt(i) === 0x20 && start === i) {
          width = 0;
          i += units;
          start = i;
          continue;
        }
        width = px(emOf(para, start, i, bold));
      }
      width += w;
      i += units;
    }
    out.push(para.slice(start));
  }
  return out;
}

/** The lines of wrapLines as spans of the original text, so a paragraph can be cut between two lines. */
export function wrapSpans(text: string, widthPx: number, pt: number, bold = false): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let at = 0;
  for (const line of wrapLines(text, widthPx, pt, bold)) {
    const start = line === '' ? at : text.indexOf(line, at);
    spans.push({ start, end: start + line.length });
    at = start + line.length;
  }
  return spans;
}

/** Share of a line's width the estimate fills: the rest is what word breaking leaves at line ends. */
export const FILL = 0.95;

/** Pixels of a column `chars` Excel character units wide (Calibri 11 Normal style: 7 px a character + 5). */
export function columnPx(chars: number): number {
  return Math.floor(chars * 7 + 5);
}

/**
 * Row height in points for `lines` lines at `pt` at the summary's line pitch (fonts.ts), with a point of room: the
 * pitch is already the tallest measured (LibreOffice's Laksaman, 1.637 em), and a second point over every row made
 * the seed's summary a seventh page.
 */
export function rowHeightFor(lines: number, pt: number): number {
  return Math.ceil((Math.max(1, lines) * LINE_EM * pt + 1) * 4) / 4;
}
