/** One output cell: what to write there in the table's style, and whether it differs from what is there. */
import type { Finding } from './indicator-figures';
import { cellFill, cellFormat, cellIsFormula, cellValue, mergeAt, type SheetGrid } from './grid';
import { fractionToPercent, isPercentFormat, percentToFraction } from './cell-read';
import { cellParsed } from './parsed-grid';
import { parseCell } from './cell-grammar';
import { cellDigits, type TableStyle } from './output-style';
import { formatNumber, roundHalfAway } from './thai-digits';
import type { EditList } from './edit-list';
import type { DigitStyle, Edit, EditReason } from './types';
import type { CellRole } from './warning-messages';
import { FLAG_FILL } from './words';

export type OutputValue =
  /** `asText`: written as text where the cell is empty or text (a level typed 'ระดับ ๓' keeps that form). */
  | { kind: 'number'; value: number; decimals: number; text?: (digits: DigitStyle) => string; asText?: boolean }
  | { kind: 'text'; text: string };

/** A typed figure that disagrees with the computation is reported with this code, naming the cell's `role`. */
export interface Mismatch {
  code: 'total-mismatch' | 'percent-mismatch';
  role: CellRole;
}

/** Where output cells put their edit (when the cell changes) and what they found: the engine's own lists. */
export interface EditSink {
  edits: EditList;
  findings: Finding[];
}

const THAI_LOCALE = '[$-D01041E]';
/** Excel's own Thai-digit locale code, which LibreOffice shows in Arabic digits: we write D01041E instead. */
const OLD_THAI_LOCALE = /\[\$-D07041E\]/i;
const OLD_THAI_LOCALE_G = /\[\$-D07041E\]/gi;

const BODIES = ['#,##0', '#,##0.00', '#,##0.0000'];
/** Each format made once (a string a cell otherwise, half a million cells a run at 100,000 rows). */
const NUMBER_FORMATS: Record<DigitStyle, string[]> = { arabic: BODIES, thai: BODIES.map((b) => `${THAI_LOCALE}${b}`) };

function numberFormatFor(decimals: number, digits: DigitStyle): string {
  return NUMBER_FORMATS[digits][decimals === 0 ? 0 : decimals === 4 ? 2 : 1];
}

/** The cell's own format as we keep it: Excel's old Thai-digit locale code replaced (read once per format). */
function keptFormat(format: string): string {
  let kept = keptFormats.get(format);
  if (kept === undefined) {
    kept = OLD_THAI_LOCALE.test(format) ? format.replace(OLD_THAI_LOCALE_G, THAI_LOCALE) : format;
    if (keptFormats.size >= 1_000) keptFormats.clear(); // bounded: a workbook has a few dozen formats
    keptFormats.set(format, kept);
  }
  return kept;
}
const keptFormats = new Map<string, string>();

export function renderText(value: OutputValue, digits: DigitStyle): string {
  if (value.kind === 'text') return value.text;
  return value.text ? value.text(digits) : formatNumber(value.value, digits, { decimals: value.decimals });
}

/**
 * Plans the edit of the output cell at `row`, `col` of `sheet`: `value` in the table's `style`. `flagged`: true fills
 * it as behind plan, false clears our fill, undefined leaves the fill. `mismatch`: report a typed figure that disagrees.
 * `dashForZero`: leave a '-' typed where the figure is zero (staff's way of writing nothing disbursed).
 *
 * Arguments one by one rather than a request object: half a million output cells a run at 100,000 rows, each object
 * (and its cell reference) memory that a first run has to fault in.
 */
export function outputCell(
  sheet: SheetGrid,
  row: number,
  col: number,
  reason: EditReason,
  value: OutputValue | null,
  style: TableStyle,
  sink: EditSink,
  flagged?: boolean,
  mismatch?: Mismatch,
  dashForZero?: boolean,
): void {
  const { findings } = sink;
  const raw = cellValue(sheet, row, col);
  const format = cellFormat(sheet, row, col);
  // A %-formatted cell shows its fraction × 100: compared and written as the percent it shows (0.9605 is 96.05), as
  // parsed-grid.ts reads it (figureValueAt).
  const asFraction = typeof raw === 'number' || raw === null ? isPercentFormat(format) : false;
  const existing = asFraction && typeof raw === 'number' ? fractionToPercent(raw) : raw;
  const merge = mergeAt(sheet, row, col);
  if (merge && (merge.top !== row || merge.left !== col || merge.right > merge.left)) {
    // Inside a merged note: never written.
    if (value && existing !== null && merge.top === row && merge.left === col && cellParsed(sheet, row, col).kind === 'text') {
      findings.push({ ref: { row, col }, code: 'merged-output', args: {} });
    }
    return;
  }
  if (cellIsFormula(sheet, row, col)) {
    // Compared as shown: a formula's unrounded ratio (=M6/D6) that rounds to the figure is right.
    if (value && value.kind === 'number' && typeof existing === 'number' && !sameShown(existing, value)) {
      findings.push({
        ref: { row, col },
        code: 'formula-output',
        args: { value: existing, computed: { value: value.value, decimals: value.decimals } },
      });
    }
    return;
  }

  const fill = cellFill(sheet, row, col);
  let newValue: Edit['value'];
  let newFormat: Edit['numberFormat'];
  let newFill: Edit['fill'];
  let changed = false;

  if (value) {
    // Parsed as everywhere in core (parsed-grid.ts): `existing` is what figureValueAt reads there.
    const parsed = parseCell(existing);
    // A %-formatted cell is compared as shown; others exactly. A plain test, not a function made per cell.
    if (
      mismatch &&
      value.kind === 'number' &&
      (parsed.kind === 'number' || parsed.kind === 'level') &&
      (asFraction ? !sameShown(parsed.value!, value) : !same(parsed.value!, value))
    ) {
      findings.push({
        ref: { row, col },
        code: mismatch.code,
        args: { role: mismatch.role, typed: parsed.text || parsed.value!, computed: { value: value.value, decimals: value.decimals } },
      });
    }
    const keepDash = dashForZero && parsed.kind === 'dash' && value.kind === 'number' && value.value === 0;
    if (!keepDash) {
      const writeText =
        value.kind === 'text' || typeof existing === 'string' || (existing === null && (style.text || value.asText === true));
      if (writeText) {
        const digits = style.rowDigits ?? cellDigits(sheet, row, col) ?? style.digits;
        // A percent typed with its sign keeps it: '25.00%' right stays, '45%' wrong becomes '50.00%'.
        const sign = typeof existing === 'string' && value.kind === 'number' && existing.charCodeAt(existing.length - 1) === PERCENT_SIGN;
        const text = sign ? `${renderText(value, digits)}%` : renderText(value, digits);
        if (existing !== text) {
          newValue = text;
          changed = true;
        }
      } else if (value.kind === 'number') {
        const v = roundHalfAway(value.value, value.decimals);
        if (typeof existing !== 'number' || !same(existing, value)) {
          newValue = asFraction ? percentToFraction(v) : v;
          changed = true;
        }
        const wanted = !format ? numberFormatFor(value.decimals, style.rowDigits ?? style.digits) : keptFormat(format);
        if (wanted !== format) {
          newFormat = wanted;
          changed = true;
        }
      }
    }
  }

  if (flagged === true && fill !== FLAG_FILL) {
    newFill = FLAG_FILL;
    changed = true;
  } else if (flagged === false && fill === FLAG_FILL) {
    newFill = null;
    changed = true;
  }
  // undefined: leave that aspect of the cell as it is.
  if (changed) sink.edits.add(sheet.name, row, col, reason, newValue, newFormat, newFill);
}

const PERCENT_SIGN = 37; // '%'

type NumberValue = Extract<OutputValue, { kind: 'number' }>;

/** Equal to the figure's decimals, as the cell shows it. */
function sameShown(a: number, value: NumberValue): boolean {
  return roundHalfAway(a, value.decimals) === roundHalfAway(value.value, value.decimals);
}

function same(a: number, value: NumberValue): boolean {
  return roundHalfAway(a, value.decimals) === roundHalfAway(value.value, value.decimals) && Math.abs(a - roundHalfAway(value.value, value.decimals)) < 1e-9;
}
