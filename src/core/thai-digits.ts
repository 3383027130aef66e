/** Thai digits (๐–๙) and number formatting. Intl does the digits; rounding is ours (half away from zero). */
import type { DigitStyle } from './types';

const THAI_ZERO = 0x0e50;

export function hasThaiDigits(text: string): boolean {
  return /[๐-๙]/.test(text);
}

const ARABIC_DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** No copy of a text without Thai digits (most of them); otherwise the runs between digits, with no call per digit. */
export function toArabicDigits(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const d = text.charCodeAt(i) - THAI_ZERO;
    if (d >= 0 && d <= 9) {
      out += text.slice(from, i) + ARABIC_DIGITS[d];
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(THAI_ZERO + Number(d)));
}

/** Rounds half away from zero, ignoring binary noise (80.714… → 80.71; 1.005 → 1.01). */
export function roundHalfAway(x: number, decimals = 2): number {
  if (!Number.isFinite(x) || Number.isInteger(x)) return x;
  const f = 10 ** decimals;
  const scaled = Math.abs(x) * f;
  // 1.005 × 100 is 100.49999999999999 in binary: a nudge of a few ulps puts it back on the half it was typed as.
  const r = Math.round(scaled + scaled * 8 * Number.EPSILON) / f; // half up on a positive number = half away from zero
  return x < 0 ? -r : r;
}

/** a ÷ b × 100 to two decimals; null when b is 0 or either is missing. */
export function percentOf(a: number | null, b: number | null): number | null {
  if (a === null || b === null || b === 0) return null;
  const p = (a / b) * 100;
  return Number.isFinite(p) ? roundHalfAway(p, 2) : null; // 1e308 of 43: no percent a cell can hold
}

/** A formatter and the texts it has made: tables repeat their figures (80.00, 100, 1,470), and Intl is slow. */
interface Formatter {
  intl: Intl.NumberFormat;
  made: Map<number, string>;
}
const formatters = new Map<number, Formatter>();
const MADE_MAX = 20_000;

function formatter(decimals: number, digits: DigitStyle, grouping: boolean): Formatter {
  const key = decimals * 4 + (digits === 'thai' ? 2 : 0) + (grouping ? 1 : 0);
  let f = formatters.get(key);
  if (!f) {
    const intl = new Intl.NumberFormat(digits === 'thai' ? 'th-TH-u-nu-thai' : 'en-US', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: grouping,
    });
    f = { intl, made: new Map() };
    formatters.set(key, f);
  }
  return f;
}

/**
 * Formats a number as staff type it: '๑,๔๗๐', '๘๐.๗๑'. Decimals default to what the number needs (up to 4).
 * The value is rounded half away from zero first, so Intl's own rounding never applies.
 */
export function formatNumber(
  n: number,
  digits: DigitStyle,
  options: { decimals?: number; grouping?: boolean } = {},
): string {
  const decimals = options.decimals ?? decimalsOf(n);
  const { intl, made } = formatter(decimals, digits, options.grouping ?? true);
  const x = roundHalfAway(n, decimals) || 0; // -0 (and -0.001 to two decimals) reads 0, as on a calculator
  let text = made.get(x);
  if (text === undefined) {
    text = intl.format(x);
    if (made.size >= MADE_MAX) made.clear();
    made.set(x, text);
  }
  return text;
}

/** The decimals a number needs to be written exactly, up to 4. */
export function decimalsOf(n: number): number {
  for (let d = 0; d < 4; d++) if (roundHalfAway(n, d) === n) return d;
  return 4;
}

/** Number format that shows Thai digits while the cell stays a number, in Excel and LibreOffice alike. */
export const THAI_NUMBER_FORMAT = '[$-D01041E]#,##0.00';
export const THAI_INTEGER_FORMAT = '[$-D01041E]#,##0';

/** True for number formats that show Thai digits ([$-D07041E]… and [$-D01041E]… alike). */
export function isThaiDigitFormat(format: string | null | undefined): boolean {
  return !!format && /\[\$-D[0-9A-F]{2}041E\]/i.test(format);
}
