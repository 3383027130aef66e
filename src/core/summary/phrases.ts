/**
 * Every Thai phrase the summary sheet writes, in the seed report's formal style (see words.ts for the status
 * words). Phrases take figures already formatted (digits chosen by the caller) and never touch text that
 * comes from a user's cell: its digits stay as typed.
 */
import { roundPeriod, thaiMonthName, QUARTER_MONTHS, calendarYearOf } from '../fiscal';
import { toThaiDigits } from '../thai-digits';
import { SUMMARY_SHEET_PREFIX } from './sheet-spec';
import type { DigitStyle, Quarter, Status } from '../types';
import { STATUS_WORDS } from '../words';

// The clauses of an indicator's paragraph are in their own file, and part of these phrases.
export * from './paragraph-phrases';

/** Writes the digits of our own phrase in the chosen style. */
export function digitsIn(text: string, digits: DigitStyle): string {
  return digits === 'thai' ? toThaiDigits(text) : text;
}

export const SHEET_NAME_BASE = `${SUMMARY_SHEET_PREFIX} ไตรมาส`;
/** Suffix when a user's own sheet already carries the round's name. */
export const SHEET_NAME_OURS = '(ระบบ)';

/**
 * 'สรุปผล ไตรมาส 2 ปี 2566' (digits converted by the caller); with no round (q null, tables without periods):
 * 'สรุปผล ณ 31 มีนาคม 2568', 'สรุปผล ปี 2568' or 'สรุปผล'.
 */
export function sheetName(q: Quarter | null, fy: number | null, date: DateParts | null = null): string {
  if (q === null) return date ? `${SUMMARY_SHEET_PREFIX} ณ ${dateText(date)}` : fy === null ? SUMMARY_SHEET_PREFIX : `${SUMMARY_SHEET_PREFIX} ปี ${fy}`;
  return fy === null ? `${SHEET_NAME_BASE} ${q}` : `${SHEET_NAME_BASE} ${q} ปี ${fy}`;
}

const TITLE = 'ผลการวิเคราะห์ข้อมูลการดำเนินงาน';

/** A day as the seed writes it: '31 มีนาคม 2568'. */
export function dateText(d: DateParts): string {
  return `${d.day} ${thaiMonthName(d.month)} ${d.year}`;
}

/**
 * 'ผลการวิเคราะห์ข้อมูลการดำเนินงาน รอบ 6 เดือน'; with no round (q null): 'ผลการวิเคราะห์ข้อมูลการดำเนินงาน ณ วันที่
 * 31 มีนาคม 2568' when the tables give an as-of date, else the words alone.
 */
export function title(q: Quarter | null, date: DateParts | null = null): string {
  if (q === null) return date ? `${TITLE} ณ วันที่ ${dateText(date)}` : TITLE;
  return `${TITLE} รอบ ${q * 3} เดือน`;
}

/**
 * The round's months as the seed's title gives them: '(เดือนตุลาคม 2565 – มีนาคม 2566)'; the year is written
 * once when the round stays in one calendar year: '(เดือนตุลาคม – ธันวาคม 2566)'.
 */
export function roundMonths(fy: number, q: Quarter): string {
  const { start, end } = roundPeriod(fy, q);
  const from = thaiMonthName(start.month);
  const to = thaiMonthName(end.month);
  return start.year === end.year
    ? `(เดือน${from} – ${to} ${end.year})`
    : `(เดือน${from} ${start.year} – ${to} ${end.year})`;
}

export function fiscalYearLine(fy: number): string {
  return `ประจำปีงบประมาณ พ.ศ. ${fy}`;
}

/** 'ข้อมูล ณ สิ้นไตรมาส 2' */
export function asOfLine(q: Quarter, date: DateParts | null = null): string {
  return date ? `ข้อมูล ณ วันที่ ${dateText(date)}` : `ข้อมูล ณ สิ้นไตรมาส ${q}`;
}

type DateParts = { year: number; month: number; day: number };

/** Which plan the statuses of indicators with only an annual target were judged against (Settings.straightLine). */
export function straightLineNote(on: boolean): string {
  return on
    ? 'ตัวชี้วัดที่มีเฉพาะค่าเป้าหมายทั้งปี ประเมินสถานะเทียบกับแผนแบบเส้นตรง (ค่าเป้าหมาย × ไตรมาส ÷ 4; ตัวชี้วัดระดับและอัตราครบกำหนดในไตรมาส 4)'
    : 'ตัวชี้วัดที่มีเฉพาะค่าเป้าหมายทั้งปี ไม่ได้ประเมินสถานะ (ปิดการเทียบกับแผนแบบเส้นตรงไว้): ร้อยละคิดจากค่าเป้าหมายทั้งปี';
}

/** The quarter's own months as in the seed's paragraphs: '(เดือนมกราคม - มีนาคม 2566)'. */
export function quarterMonths(fy: number, q: Quarter): string {
  const [m1, , m3] = QUARTER_MONTHS[q];
  return `(เดือน${thaiMonthName(m1)} - ${thaiMonthName(m3)} ${calendarYearOf(fy, m3)})`;
}

/** The round's days as in the seed's paragraphs: '(1 ตุลาคม 2565 - 31 มีนาคม 2566)'. */
export function roundDays(fy: number, q: Quarter): string {
  const { start, end } = roundPeriod(fy, q);
  return `(${start.day} ${thaiMonthName(start.month)} ${start.year} - ${end.day} ${thaiMonthName(end.month)} ${end.year})`;
}

export const SECTION = {
  overview: 'ภาพรวมผลการดำเนินงาน',
  indicators: 'ผลการดำเนินงานตามตัวชี้วัด',
  narrative: 'ผลการวิเคราะห์รายตัวชี้วัด',
  budget: 'ผลการใช้จ่ายงบประมาณ',
  behind: 'รายการที่ต่ำกว่าแผน',
  warnings: 'ข้อควรตรวจสอบในแบบรายงาน',
} as const;

/** '1. ' before a section heading. */
export function numbered(n: number, text: string): string {
  return `${n}. ${text}`;
}

export const INDICATOR_HEADERS = ['ลำดับ', 'ตัวชี้วัด', 'เป้าหมาย', 'ผลสะสม', 'ร้อยละ', 'สถานะ'] as const;

/** Line breaks where a header must wrap (a narrow column would break the words anywhere). */
export function budgetHeaders(unit: string): readonly string[] {
  // Broken where each line fits its column in the widest font (fonts.ts): a fourth line would make the header taller.
  return ['ลำดับ', 'แผนงาน', `ได้รับ\nจัดสรร\n(${unit})`, `เบิกจ่าย\nสะสม\n(${unit})`, 'ร้อยละ\nเบิกจ่าย', 'แผน\nสะสม\n(ร้อยละ)', 'สถานะ'];
}
export const BUDGET_HEADERS = budgetHeaders('ล้านบาท');

/** The counts table's row labels: the statuses' row, their counts, their shares. */
export const COUNT_HEADERS = ['สถานะ', 'จำนวน (ตัวชี้วัด)', 'ร้อยละ'] as const;
export const COUNT_UNIT = 'ตัวชี้วัด';
export const BUDGET_TOTAL = 'สรุปภาพรวม';
export const NO_FIGURE = '-';

/** Words before a level or a rate ('ระดับ ๓', 'ร้อยละ ๘๐'), in text and in number formats. */
export const LEVEL_UNIT = 'ระดับ';
export const RATE_UNIT = 'ร้อยละ';

/** A name too long for its table cell ends so; the paragraph gives it whole. */
export const ELLIPSIS = '…';

/** 'ตัวชี้วัดทั้งหมด 20 ตัวชี้วัด' */
export function indicatorTotal(n: string): string {
  return `ตัวชี้วัดทั้งหมด ${n} ตัวชี้วัด`;
}

/** Heading of a table with no title of its own, among several: its place ('ชุดตัวชี้วัดที่ 2'), never a sheet's name. */
export function tableFallback(n: number): string {
  return `ชุดตัวชี้วัดที่ ${n}`;
}

/** Heading of the indicators after a group whose side cell is blank (not merged with a group's): not that group's. */
export const OTHER_INDICATORS = 'ตัวชี้วัดอื่น ๆ';

/** After the count, when some indicators appear in two tables: '(ตัวชี้วัดที่ซ้ำกันในสองตาราง 2 ตัวชี้วัด นับครั้งเดียว)'. */
export function countedOnce(n: string): string {
  return ` (ตัวชี้วัดที่ซ้ำกันในสองตาราง ${n} ตัวชี้วัด นับครั้งเดียว)`;
}

export function status(s: Status): string {
  return STATUS_WORDS[s];
}

// ── Overview and budget ─────────────────────────────────────────────────────────────────────────────────

/**
 * 'ผลการเบิกจ่าย ณ สิ้นไตรมาส 2 จำนวน 6.7902 ล้านบาท คิดเป็นร้อยละ 49.60 ของงบประมาณที่ได้รับ (13.6901 ล้านบาท)'
 */
/**
 * When the disbursement was counted: the workbook's as-of date when it states one ('ณ วันที่ 31 มีนาคม 2568'), else
 * the end of the reporting quarter ('ณ สิ้นไตรมาส 2'), or nothing when no table says which quarter (an annual
 * table with one amount to date and no date: the amount is simply the disbursement so far).
 */
export function disbursedWhen(q: Quarter | null, date: { year: number; month: number; day: number } | null): string {
  if (date) return `ณ วันที่ ${date.day} ${thaiMonthName(date.month)} ${date.year}`;
  return q === null ? '' : `ณ สิ้นไตรมาส ${q}`;
}

/** `disbursed` null: no line has an amount disbursed yet (not a disbursement of 0). */
export function disbursedSentence(when: string, disbursed: string | null, percent: string | null, allocated: string, unit = 'ล้านบาท'): string {
  if (disbursed === null) return `ยังไม่มีรายงานผลการเบิกจ่าย${when === '' ? '' : ` ${when}`} จากงบประมาณที่ได้รับ (${allocated} ${unit})`;
  const lead = when === '' ? 'ผลการเบิกจ่ายสะสม' : `ผลการเบิกจ่าย ${when}`;
  return percent === null
    ? `${lead} จำนวน ${disbursed} ${unit} จากงบประมาณที่ได้รับ (${allocated} ${unit})`
    : `${lead} จำนวน ${disbursed} ${unit} คิดเป็นร้อยละ ${percent} ของงบประมาณที่ได้รับ (${allocated} ${unit})`;
}

/** An annual budget with no spending plan by quarter: nothing to be ahead of or behind. */
export const NO_SPENDING_PLAN = ' ไม่มีแผนการใช้จ่ายรายไตรมาสให้เทียบ จึงไม่ได้ประเมินว่าเร็วหรือช้ากว่าแผน';

/** ' ต่ำกว่าแผนการใช้จ่ายสะสม (ร้อยละ 50.07)' */
export function againstPlan(s: Status, plannedPercent: string): string {
  const word = s === 'ahead' ? 'สูงกว่า' : s === 'behind' ? 'ต่ำกว่า' : 'เป็นไปตาม';
  return ` ${word}แผนการใช้จ่ายสะสม (ร้อยละ ${plannedPercent})`;
}

/** ' และต่ำกว่าเป้าหมายการเบิกจ่ายสะสมของรัฐบาล (ร้อยละ 50.00)' */
export function againstTarget(s: Status, targetPercent: string): string {
  const word = s === 'ahead' ? 'สูงกว่า' : s === 'behind' ? 'ต่ำกว่า' : 'เป็นไปตาม';
  return ` และ${word}เป้าหมายการเบิกจ่ายสะสมของรัฐบาล (ร้อยละ ${targetPercent})`;
}

/** ' แผนงานที่เบิกจ่ายต่ำกว่าแผน ได้แก่ ' + names joined by listJoin. */
export function budgetBehindLead(count: string): string {
  return ` โดยมีแผนงานที่เบิกจ่ายต่ำกว่าแผน ${count} แผนงาน ได้แก่ `;
}

export const ALL_BUDGET_ON_PLAN = ' โดยทุกแผนงานเบิกจ่ายได้ตามแผนหรือสูงกว่าแผน';

/** '(ร้อยละ 38.53 แผน 50.19)' after a budget line's name in the list. */
export function budgetLineFigures(percent: string, planned: string | null): string {
  return planned === null ? ` (ร้อยละ ${percent})` : ` (ร้อยละ ${percent} แผนร้อยละ ${planned})`;
}

/** 'ก, ข และ ค' */
export function listJoin(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(' ')} และ${items[items.length - 1]}`;
}

export function noBudget(): string {
  return 'ไม่พบตารางผลการใช้จ่ายงบประมาณในแบบรายงาน';
}

/** Overview sentence for indicators behind plan. */
export function behindCountSentence(n: string): string {
  return `มีตัวชี้วัดที่ผลการดำเนินงานต่ำกว่าแผน ${n} ตัวชี้วัด`;
}

export const NO_INDICATORS = 'ไม่พบตารางตัวชี้วัดในแบบรายงาน';
export const NOTHING_BEHIND = 'ไม่มีตัวชี้วัดหรือแผนงานที่ต่ำกว่าแผน';
export const NO_WARNINGS = 'ไม่พบข้อควรตรวจสอบ';
export const INDICATOR_KIND = 'ตัวชี้วัด';
export const BUDGET_KIND = 'แผนงบประมาณ';

/** Where the item sits: 'แผ่นงาน X แถว 12' (the sheet name as typed). */
export function rowRef(sheet: string, row: string): string {
  return `(${sheet} แถว ${row})`;
}

/** Behind list entry for an indicator: 'ตัวชี้วัด: <name> ผล ระดับ 1 (แผน ระดับ 2)'. */
export function behindIndicator(name: string, result: string | null, plan: string | null): string {
  let s = `${INDICATOR_KIND}: ${name}`;
  if (result !== null) s += ` ผล ${result}`;
  if (plan !== null) s += ` (${plan})`;
  return s;
}

export const BUDGET_OVERALL = 'งบประมาณภาพรวม';

/** Behind list entry for a budget line; `name` null for the whole budget (the สรุปภาพรวม row). */
export function behindBudget(name: string | null, percent: string | null, planned: string | null): string {
  let s = name === null ? BUDGET_OVERALL : `${BUDGET_KIND}: ${name}`;
  if (percent !== null) s += ` เบิกจ่ายร้อยละ ${percent}`;
  if (planned !== null) s += ` (แผนร้อยละ ${planned})`;
  return s;
}

export const CHART_DISBURSEMENT = 'ผลการเบิกจ่ายสะสมเทียบกับแผน (ร้อยละ)';
export const CHART_PLAN_SERIES = 'แผนการใช้จ่ายสะสม';
export const CHART_ACTUAL_SERIES = 'ผลการเบิกจ่ายสะสม';
export const CHART_STATUS = 'จำนวนตัวชี้วัดจำแนกตามสถานะ';

export function quarterLabel(q: number): string {
  return `ไตรมาส ${q}`;
}

export function footer(): string {
  return 'หน้า &P / &N';
}
