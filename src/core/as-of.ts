/**
 * The as-of date of a table ("ข้อมูล ณ วันที่ ๓๑ มีนาคม ๒๕๖๘", "ณ สิ้นไตรมาส ๒", "ผลการดำเนินงาน ณ …", or a date cell
 * with a Buddhist-era format) and the reporting quarter it names (DOMAIN.md, "The reporting quarter"): the last
 * quarter that ended on or before it, or the quarter it falls in when that quarter already has results. A date
 * outside the fiscal year, or one that disagrees with the results or with another table, is warned about and not used.
 */
import type { DetectedTable } from './detect-tables';
import { BE_OFFSET, fiscalYearOf, isQuarter, QUARTER_MONTHS, serialDate, type BeDate } from './fiscal';
import { cellAddress } from './address';
import { cellFormat, type SheetGrid } from './grid';
import { monthOf, fullYear } from './period';
import { toArabicDigits } from './thai-digits';
import type { Quarter, Warning } from './types';

/** Rows above a table's header that hold its title (and often its as-of date). */
export const TITLE_ROWS = 4;

export interface AsOf {
  sheet: string;
  cell: string;
  /**
   * The date phrase as typed, without the rest of the cell ("ข้อมูล ณ วันที่ ๓๑ มีนาคม ๒๕๖๘" of
   * "ข้อมูล ณ วันที่ ๓๑ มีนาคม ๒๕๖๘ หน่วย : บาท"; a date cell: its date written out).
   */
  text: string;
  /** The date, or null for 'ณ สิ้นไตรมาส ๒' (a quarter named outright). */
  date: BeDate | null;
  /** The quarter named outright ('ณ สิ้นไตรมาส ๒'). */
  quarter: Quarter | null;
  /** True when found in the header (a column's 'รวมผล… ณ วันที่ …'), false in the title above it. */
  inHeader: boolean;
}

const DATE_TEXT = /ณ\s*(?:วันที่)?\s*(\d{1,2})\s*([ก-ฮะ-ูเ-์.]+?)\s*(?:พ\.\s*ศ\.\s*)?(\d{2,4})(?!\d)/;
const QUARTER_END = /ณ\s*สิ้น\s*ไตรมาส(?:ที่)?\s*([1-4])/;
/** A date format that writes a Buddhist-era year: 'bbbb', 'B1', or a Thai locale tag with a calendar. */
const BE_DATE_FORMAT = /b{2}|B[12]|\[\$-[0-9A-F]*041E\]|\[\$-1?07\d{4}\]|\[\$-th/i;

/** The as-of dates and quarters stated in a table's title rows and header. */
export function asOfIn(table: DetectedTable): AsOf[] {
  const { sheet } = table;
  const out: AsOf[] = [];
  const from = Math.max(0, table.headerTop - TITLE_ROWS);
  for (let r = from; r <= table.headerBottom; r++) {
    const row = sheet.values[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const found = asOfAt(sheet, r, c, r >= table.headerTop);
      if (found) out.push(found);
    }
  }
  return out;
}

function asOfAt(sheet: SheetGrid, r: number, c: number, inHeader: boolean): AsOf | null {
  const v = sheet.values[r][c];
  const cell = cellAddress(r, c);
  if (typeof v === 'number') {
    const format = cellFormat(sheet, r, c);
    // A month with no day ('ต.ค. 67' as a date, a month column's heading: header-dates.ts) is no as-of date.
    if (!format || !BE_DATE_FORMAT.test(format) || !/d/i.test(format.replace(/\[[^\]]*\]|"[^"]*"/g, ''))) return null;
    const date = serialDate(v);
    if (!date) return null;
    return { sheet: sheet.name, cell, text: `${date.day}/${date.month}/${date.year}`, date, quarter: null, inHeader };
  }
  if (typeof v !== 'string' || v.length > 300 || !v.includes('ณ')) return null;
  const typed = v.trim().replace(/\s+/g, ' ');
  // Thai digits become Arabic one for one, so a match's place in `s` is its place in the text as typed.
  const s = toArabicDigits(typed);
  const q = QUARTER_END.exec(s);
  if (q) return { sheet: sheet.name, cell, text: phraseOf(typed, s, q), date: null, quarter: Number(q[1]) as Quarter, inHeader };
  const m = DATE_TEXT.exec(s);
  if (!m) return null;
  const text = phraseOf(typed, s, m);
  const month = monthOf(m[2]);
  const day = Number(m[1]);
  if (!month || day < 1 || day > 31) return null;
  return { sheet: sheet.name, cell, text, date: { year: fullYear(Number(m[3])), month, day }, quarter: null, inHeader };
}

/** The words that may lead an as-of phrase ("ข้อมูล ณ …", "ผลการดำเนินงาน ณ …"), kept with it. */
const LEAD = /(?:ข้อมูล|ผลการดำเนินงาน)\s*$/;

/** The matched date phrase of the typed text, with a leading "ข้อมูล" or "ผลการดำเนินงาน" when it stands just before. */
function phraseOf(typed: string, s: string, m: RegExpExecArray): string {
  const lead = LEAD.exec(s.slice(0, m.index));
  const from = lead ? lead.index : m.index;
  return typed.slice(from, m.index + m[0].length).trim();
}

/** The quarter (1–4) of fiscal year `fy` a date falls in, or null outside the year. */
function quarterOfDate(fy: number, d: BeDate): Quarter | null {
  if (fiscalYearOf(d.year, d.month) !== fy) return null;
  for (const q of [1, 2, 3, 4] as Quarter[]) if (QUARTER_MONTHS[q].includes(d.month)) return q;
  return null;
}

function lastDayOf(d: BeDate): boolean {
  return new Date(Date.UTC(d.year - BE_OFFSET, d.month, 0)).getUTCDate() === d.day;
}

export interface ReportingQuarter {
  quarter: Quarter;
  /** Where it came from: the user's pick, the as-of dates, or the latest quarter with a result. */
  source: 'user' | 'as-of' | 'results';
  /** The as-of date used, as typed. */
  asOf: AsOf | null;
  warnings: Warning[];
}

/**
 * The reporting quarter: the user's pick, else the as-of dates when they agree, else the latest quarter with a result
 * (`seen`: the quarters with any result). One quarter per workbook.
 */
export function reportingQuarter(found: AsOf[], fy: number | null, seen: ReadonlySet<number>, picked: Quarter | undefined): ReportingQuarter {
  const warnings: Warning[] = [];
  const latest = latestOf(seen);
  const named: { asOf: AsOf; quarter: Quarter }[] = [];
  for (const a of found) {
    let q = a.quarter;
    if (a.date) {
      const inYear = fy === null ? null : quarterOfDate(fy, a.date);
      if (fy !== null && inYear === null) {
        warnings.push({ sheet: a.sheet, cell: a.cell, code: 'header-date', args: { text: a.text, fiscalYear: fy } });
        continue;
      }
      if (inYear === null) continue;
      // The last quarter ended on or before the date, or the one it falls in when that one has results already.
      const ended = lastDayOf(a.date) && QUARTER_MONTHS[inYear][2] === a.date.month ? inYear : inYear - 1;
      q = seen.has(inYear) || ended < 1 ? inYear : (ended as Quarter);
    }
    if (q === null || !isQuarter(q)) continue;
    if (latest !== null && latest > q) {
      warnings.push({ sheet: a.sheet, cell: a.cell, code: 'as-of-date', args: { text: a.text, quarter: q, conflict: 'results', latest } });
      continue;
    }
    named.push({ asOf: a, quarter: q });
  }
  const quarters = new Set(named.map((n) => n.quarter));
  if (quarters.size > 1) {
    for (const n of named) {
      warnings.push({ sheet: n.asOf.sheet, cell: n.asOf.cell, code: 'as-of-date', args: { text: n.asOf.text, quarter: n.quarter, conflict: 'tables' } });
    }
  }
  if (picked !== undefined) return { quarter: picked, source: 'user', asOf: null, warnings };
  if (quarters.size === 1) return { quarter: named[0].quarter, source: 'as-of', asOf: named[0].asOf, warnings };
  return { quarter: latest ?? 1, source: 'results', asOf: null, warnings };
}

function latestOf(seen: ReadonlySet<number>): Quarter | null {
  let best = 0;
  for (const q of seen) if (q > best) best = q;
  return isQuarter(best) ? best : null;
}
