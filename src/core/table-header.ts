/**
 * A table's header: one to three rows, merged cells anywhere, read into one label per column (a role and a period).
 * A role word may sit above the period words (merged "ผลการดำเนินงาน" over ไตรมาส ๑–๔) or below them.
 */
import { cellParsed, isFigure } from './parsed-grid';
import { cellValue, mergeAt, shownValue, type SheetGrid } from './grid';
import { headerDateText } from './header-dates';
import { toArabicDigits } from './thai-digits';
import { classifyLabel, normalizeLabel, periodOf, quarterOfPeriod, RESULT_TO_DATE, type ColumnLabel, type ColumnRole } from './header-labels';

/** The most header rows a table has. */
const MAX_HEADER_ROWS = 3;

/** The text of a cell as the header shows it: a merged area's text shows in every cell it covers. */
export function shownText(sheet: SheetGrid, row: number, col: number): string {
  const v = shownValue(sheet, row, col);
  if (typeof v === 'string') return (v.length <= 3 ? quarterUnderHeading(sheet, row, col) : null) ?? v.trim();
  if (typeof v !== 'number') return '';
  const m = mergeAt(sheet, row, col);
  return headerDateText(sheet, m ? m.top : row, m ? m.left : col) ?? quarterUnderHeading(sheet, row, col) ?? '';
}

/**
 * A quarter's number under a merged 'ไตรมาสที่' (… ไตรมาสที่ over 1 | 2 | 3 | 4, numbers or digits typed as text, Thai
 * or Arabic): that quarter, as 'ไตรมาส 2' would say it. Else null.
 */
function quarterUnderHeading(sheet: SheetGrid, row: number, col: number): string | null {
  const v = cellValue(sheet, row, col);
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(toArabicDigits(v.trim())) : NaN;
  if (!(n === 1 || n === 2 || n === 3 || n === 4) || row === 0) return null;
  const above = mergeAt(sheet, row - 1, col);
  if (!above || above.right === above.left) return null;
  return /ไตรมาส(?:ที่)?$/.test(normalizeLabel(shownText(sheet, row - 1, col))) ? `ไตรมาส ${n}` : null;
}

const labelsByText = new Map<string, ColumnLabel | null>();

/** A header cell's label; each distinct text is classified once (data rows repeat theirs). */
export function labelOf(text: string): ColumnLabel | null {
  if (text.length > 80) return null;
  let l = labelsByText.get(text);
  if (l === undefined) {
    l = classifyLabel(normalizeLabel(text));
    if (labelsByText.size > 20_000) labelsByText.clear();
    labelsByText.set(text, l);
  }
  return l;
}

export { isFigure };

/** Cheap first look: a header row has at least two texts of its own that read as column labels. */
export function mayBeHeader(sheet: SheetGrid, r: number): boolean {
  const row = sheet.values[r];
  if (!row) return false;
  // A row with two figures is data, never a header: say so before classifying its texts, so the distinct names of a
  // long table are never run through the label rules. Figures typed as text are short; long texts are left to the
  // label check (uncached parsing costs more).
  let figures = 0;
  let dates = false;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    // A finite number is a figure (as cellParsed reads it) without being parsed: a column of 100,000 row numbers
    // would otherwise fill the parsed-number cache with values nothing else reads. Months typed as dates are not:
    // only the first number of a row is looked at for that (one format read a data row).
    if (typeof v === 'number' ? Number.isFinite(v) : typeof v === 'string' && v.length <= 40 && isFigure(cellParsed(sheet, r, c))) {
      if (typeof v === 'number' && (figures === 0 || dates) && headerDateText(sheet, r, c) !== null) {
        dates = true;
        continue;
      }
      if (++figures >= 2) return false;
    }
  }
  let n = 0;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    const text = typeof v === 'string' ? v : dates ? headerDateText(sheet, r, c) : null;
    if (text !== null && text.length <= 60 && labelOf(text.trim()) && ++n >= 2) return true;
  }
  return false;
}

export function rowLabels(sheet: SheetGrid, row: number, width: number): Map<number, ColumnLabel> {
  const labels = new Map<number, ColumnLabel>();
  for (let c = 0; c < width; c++) {
    const t = shownText(sheet, row, c);
    if (!t) continue;
    const l = labelOf(t);
    if (l) labels.set(c, l);
  }
  return labels;
}

export function numericCells(sheet: SheetGrid, row: number, width: number): number {
  let n = 0;
  for (let c = 0; c < width; c++) if (isFigure(cellParsed(sheet, row, c)) && headerDateText(sheet, row, c) === null) n++;
  return n;
}

/** A row of column labels: three roles or more, and at most one figure (a year in a header). */
export function isHeaderCandidate(labels: Map<number, ColumnLabel>, sheet: SheetGrid, row: number, width: number): boolean {
  const roles = new Set([...labels.values()].map((l) => l.role));
  return roles.size >= 3 && numericCells(sheet, row, width) <= 1;
}

/** A group row above the labels: two or more short texts, at least one merged across columns. */
export function isGroupRow(sheet: SheetGrid, row: number, width: number): boolean {
  if (row < 0) return false;
  let texts = 0;
  let merged = false;
  for (let c = 0; c < width; c++) {
    const v = cellValue(sheet, row, c);
    if (typeof v === 'number') return false;
    if (typeof v !== 'string' || !v.trim()) continue;
    if (v.trim().length > 40) return false;
    texts++;
    const m = mergeAt(sheet, row, c);
    if (m && m.right > m.left) merged = true;
  }
  return texts >= 2 && merged;
}

/** A Buddhist-era year as a header text: '2567', 'ปี 2567', 'พ.ศ. 2567' (Thai digits normalised). */
const YEAR_TEXT = /^(?:ปี\s*)?(?:พ\.ศ\.\s*)?25\d{2}$/;

/**
 * A sub-label row below the labels: short texts, each under a merged group cell or a label by itself, and no
 * figure; a text under a blank of the label row is beside the table and does not count. A group heading straight under the header ("แผนงาน…", one long text) is data, not a sub-label row.
 */
export function isSubRow(sheet: SheetGrid, row: number, width: number): boolean {
  let texts = 0;
  let underGroups = 0;
  for (let c = 0; c < width; c++) {
    const m = mergeAt(sheet, row, c);
    if (m && m.top < row) continue; // covered by the label row's vertical merge
    const typed = cellValue(sheet, row, c);
    // A month typed as a date, a quarter's number under ไตรมาสที่: their text.
    const quarter = quarterUnderHeading(sheet, row, c);
    const v = typeof typed === 'number' ? (headerDateText(sheet, row, c) ?? quarter) : typed;
    if (typeof typed === 'number' && v === null) return false;
    if (typeof v !== 'string' || !v.trim()) continue;
    if (v.trim().length > 40) return false;
    const above = mergeAt(sheet, row - 1, c);
    const underGroup = !!above && above.right > above.left && above.bottom === row - 1;
    // A year typed as text under a merged heading (ค่าเป้าหมาย over ๒๕๖๖ … ๒๕๗๐) labels its column; other figures are data.
    if (typeof typed !== 'number' && quarter === null && isFigure(cellParsed(sheet, row, c)) && !(underGroup && YEAR_TEXT.test(normalizeLabel(v)))) return false;
    if (!underGroup && !classifyLabel(normalizeLabel(v)) && !periodOf(normalizeLabel(v))) {
      // A column the label row leaves blank is not the table's: a check column beside it, headed one row down.
      if (!shownText(sheet, row - 1, c)) continue;
      return false;
    }
    if (underGroup) underGroups++;
    texts++;
  }
  return texts >= 2 || (texts === 1 && underGroups === 1);
}

/** The rows of the header whose label row is `row`: group rows above it and sub-label rows below, three at most. */
export function headerBlock(sheet: SheetGrid, row: number, width: number): { top: number; bottom: number } {
  let top = row;
  let bottom = row;
  const rows = sheet.values.length;
  while (bottom - top + 1 < MAX_HEADER_ROWS && bottom + 1 < rows && isSubRow(sheet, bottom + 1, width)) bottom++;
  while (bottom - top + 1 < MAX_HEADER_ROWS && isGroupRow(sheet, top - 1, width)) top--;
  return { top, bottom };
}

/** แผน or ผล leading a header text (not แผนงาน, ผลเบิกจ่าย, …): which of the two a period column holds. */
function planOrResult(text: string): 'plan' | 'result' | null {
  if (/^แผน(?!งาน|การใช้จ่าย|และผล|\/ผล|-ผล|ร้อยละ)/.test(text)) return 'plan';
  if (/^ผล(?!การเบิก|เบิก|ร้อยละ|การประเมิน)/.test(text)) return 'result';
  return null;
}

/** Roles that only say a column holds some period's figure; the words around them say which. */
const PERIOD_ONLY = new Set<ColumnRole>(['quarter', 'planQuarter', 'resultQuarter', 'resultToDate']);

const AMOUNT_ONLY = /^จำนวน(?:เงิน)?$/;

/**
 * A role word over or under a period: เป้าหมาย (รอบ ๖ เดือน | เป้าหมาย, ผล) is that period's plan, not the annual
 * target; ผลสะสม over ไตรมาส ๑–๔ is each quarter's result to date, not the table's total.
 */
function periodRole(role: ColumnRole, text: string): ColumnRole {
  if (role === 'target') return 'planQuarter';
  return role === 'total' && RESULT_TO_DATE.test(text) ? 'resultQuarter' : role;
}

/** One column's label from its header texts, top to bottom (normalised, repeats of a merged cell removed). */
export function columnLabel(texts: string[]): ColumnLabel | null {
  let period = null;
  for (let i = texts.length - 1; i >= 0 && !period; i--) period = periodOf(texts[i]);
  let role: ColumnRole | null = null;
  for (let i = texts.length - 1; i >= 0 && role === null; i--) {
    const l = classifyLabel(texts[i]);
    if (l && !PERIOD_ONLY.has(l.role)) role = period ? periodRole(l.role, texts[i]) : l.role;
    else if (period) {
      const kind = planOrResult(texts[i]);
      if (kind) role = kind === 'plan' ? 'planQuarter' : 'resultQuarter';
    } else if (l) role = l.role;
  }
  if (role === null && period) role = 'quarter';
  // A column headed ผล and nothing else, with no period: the result to date (ตัวชี้วัด | เป้าหมาย | ผล | ร้อยละ); one
  // headed แผน alone, the year's plan: the target (columnLabels takes both back in a budget's header). Under another
  // heading (the seed's แผน | ผล under its target) they say which row, not which column.
  if (role === null && texts.length === 1 && texts[0] === 'ผล') role = 'resultToDate';
  if (role === null && texts.length === 1 && texts[0] === 'แผน') role = 'target';
  if (role === null) return null;
  // จำนวน under ผลการเบิกจ่าย (… | month | จำนวน | ร้อยละ) is the amount disbursed, not planned.
  if (role === 'plannedAmount' && texts.length > 1 && AMOUNT_ONLY.test(texts[texts.length - 1]) && texts.some((t) => classifyLabel(t)?.role === 'disbursed')) {
    role = 'disbursed';
  }
  // ค่าเป้าหมาย over จำนวน | หน่วยนับ: the target's figure, not a budget's planned amount.
  if (role === 'plannedAmount' && period === null && texts.length > 1 && AMOUNT_ONLY.test(texts[texts.length - 1]) && texts.some((t) => classifyLabel(t)?.role === 'target')) {
    role = 'target';
  }
  return { role, quarter: period ? quarterOfPeriod(period) : null, period };
}

/** Column labels from a header of one to three rows. */
export function columnLabels(sheet: SheetGrid, top: number, bottom: number, width: number): Map<number, ColumnLabel> {
  const out = new Map<number, ColumnLabel>();
  let lone: number[] | null = null;
  for (let c = 0; c < width; c++) {
    const texts: string[] = [];
    for (let r = top; r <= bottom; r++) {
      const t = normalizeLabel(shownText(sheet, r, c));
      if (t && texts[texts.length - 1] !== t) texts.push(t);
    }
    if (!texts.length) continue;
    const label = columnLabel(texts);
    if (label) out.set(c, label);
    if (texts.length === 1 && (texts[0] === 'ผล' || texts[0] === 'แผน')) (lone ??= []).push(c);
  }
  // Beside งบประมาณที่ได้รับ, a lone แผน | ผล are a budget's plan and disbursement, not an indicator's target and result:
  // they are read by the budget's own words, or not at all.
  if (lone && [...out.values()].some((l) => l.role === 'allocation')) for (const c of lone) out.delete(c);
  return out;
}

/** The header's texts in one string: a header repeated further down (a printed page's) is the same table. */
export function headerSignature(sheet: SheetGrid, top: number, bottom: number, width: number): string {
  const parts: string[] = [];
  for (let r = top; r <= bottom; r++) for (let c = 0; c < width; c++) parts.push(normalizeLabel(shownText(sheet, r, c)));
  return parts.join('|');
}
