/**
 * Each table's own fiscal year, from its title and headers: offices keep last year's sheet beside this year's, and a
 * table of another year than the one reported is listed as skipped, never written (DOMAIN.md). With one target
 * column per year (ค่าเป้าหมาย ๒๕๖๖ … ๒๕๗๐) the reported year's is the target.
 */
import { TITLE_ROWS } from './as-of';
import type { DetectedTable } from './detect-tables';
import { shownValue } from './grid';
import { normalizeLabel } from './header-labels';
import { bestYear, fiscalYearVotes, fullYear } from './period';
import { toArabicDigits } from './thai-digits';

/**
 * A year in a sheet's name as offices name last year's and this year's sheets: 'ปี 2568', 'งบปี ๖๘', '2568', 'FY2568'
 * (not a span of years: 'ปี 66-70').
 */
const SHEET_YEAR = /ปี(?:งบ(?:ประมาณ)?)?\s*(?:พ\.?\s*ศ\.?)?\s*(25\d{2}|\d{2})(?!\d|\s*[-–])|^\s*(?:fy\s*)?(25\d{2})\s*$/i;

/** The fiscal year a table's title rows and header name, else its sheet's name, or null when they name none. */
export function tableFiscalYear(table: DetectedTable): number | null {
  const year = titleYear(table);
  if (year !== null) return year;
  const m = SHEET_YEAR.exec(toArabicDigits(table.sheet.name));
  return m ? fullYear(Number(m[1] ?? m[2])) : null;
}

function titleYear(table: DetectedTable): number | null {
  const votes = new Map<number, number>();
  const from = Math.max(0, table.headerTop - TITLE_ROWS);
  for (let r = from; r <= table.headerBottom; r++) {
    const row = table.sheet.values[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === 'string') fiscalYearVotes(v, votes);
    }
  }
  return bestYear(votes);
}

/** The target columns that name a year ('ค่าเป้าหมาย ๒๕๖๗', or a year under a merged 'ค่าเป้าหมาย'), by year. */
export function targetColumnsByYear(table: DetectedTable): Map<number, number> {
  const out = new Map<number, number>();
  for (let c = table.left; c <= table.right; c++) {
    let text = '';
    for (let r = table.headerTop; r <= table.headerBottom; r++) {
      const v = shownValue(table.sheet, r, c);
      if (typeof v === 'string' || typeof v === 'number') text += ` ${v}`;
    }
    const s = normalizeLabel(text);
    if (!/เป้าหมาย/.test(s) || /ร้อยละ|ตัวชี้วัด/.test(s)) continue;
    const y = /(25\d{2})(?!\d)/.exec(s);
    if (y && !out.has(fullYear(Number(y[1])))) out.set(fullYear(Number(y[1])), c);
  }
  return out;
}

/**
 * Points the table's target at the reported year's column when it has one per year. Returns the years it had when
 * none is the reported year's (the table's target is then the first, as read), else null.
 */
export function chooseTargetYear(table: DetectedTable, fy: number): number[] | null {
  const byYear = targetColumnsByYear(table);
  if (byYear.size < 2) return null;
  const col = byYear.get(fy);
  if (col === undefined) return [...byYear.keys()];
  table.columns.target = col;
  return null;
}
