/**
 * Every warning the engine makes: its code, its arguments, and its message in Thai and in English. Core makes a
 * warning as `{ sheet, cell, code, args }` and never writes its text; the pane, the command line and the summary sheet
 * call `warningMessage` in their reader's language and digits. A new warning is a new entry in `WarningArgs` and in
 * `MESSAGES` (TypeScript refuses one without the other, or without both languages).
 */
import { thaiMonthAbbrev } from './fiscal';
import { textOf, type Text } from './text';
import { FIGURES, MONEY, ROLE } from './warning-roles';
import { formatNumber } from './thai-digits';
import type { DigitStyle, Quarter, Status } from './types';
import { STATUS_WORDS, STATUS_WORDS_EN } from './words';

export type Language = 'th' | 'en';

/** Which figure of a row a warning is about. */
export type CellRole =
  | 'plan'
  | 'result'
  | 'target'
  | 'total'
  | 'percent'
  | 'allocation'
  | 'planned-amount'
  | 'disbursed'
  | 'disbursed-total'
  | 'disbursed-percent'
  | 'commitment'
  | 'remaining';

/**
 * The ways a table's columns were read more than one way: each period its own figure or a running total; which row
 * of a pair is the แผน row; what a percentage is of; whether a budget's remaining is net of its commitments.
 */
export type ReadingWay = 'periods' | 'pair-order' | 'percent-of' | 'remaining';

/** A figure as the engine computed it: written in the reader's digits, with these decimals. */
export interface Figure {
  value: number;
  decimals?: number;
}

/**
 * The arguments of each code. Numbers and `Figure`s are ours: written in the reader's digits. Strings are what a
 * person typed (a cell, a header, an error value): quoted as typed.
 */
export interface WarningArgs {
  /** A protected sheet whose output cells are locked: those cells were not written. */
  'protected-sheet': { cells: string };
  /** A protected sheet that does not allow formatting cells: these unlocked cells got their value, not their format or flag. */
  'protected-formats': { cells: string };
  /** An error value or unreadable text where a number belongs. */
  'unreadable-cell': { role: CellRole; quarter?: Quarter; error: string | null };
  /** A status word written by hand that the numbers contradict. */
  'label-mismatch': { written: string; computed: Status };
  /** A percentage typed that disagrees with the computation. */
  'percent-mismatch': { role: CellRole; typed: string | number; computed: Figure };
  /** A total typed (or a formula's value) that disagrees with the computation. */
  'total-mismatch': { role: CellRole; typed: string | number; computed: Figure };
  /** The only target falls in Q4: cannot be monitored during the year. */
  'q4-only': Record<string, never>;
  /** The annual target disagrees with the quarter plans: their sum (count) or the last of them (level, rate). */
  'target-mismatch': { target: number; plans: number; rule: 'sum' | 'last' };
  /** A date in a header outside the fiscal year. */
  'header-date': { text: string; fiscalYear: number };
  /** The total row's target shares differ from those of the lines above. */
  'budget-target-mismatch': { total: (number | null)[]; lines: (number | null)[] };
  /** An output cell holds a formula whose value differs: left alone. */
  'formula-output': { value: number; computed: Figure };
  /** An output cell is inside a merged note: left alone. */
  'merged-output': Record<string, never>;
  /** No sheet has anything recognisable. */
  'no-table': Record<string, never>;
  /** A worksheet part of the file cannot be read (damaged): skipped, the other sheets read. */
  'unreadable-sheet': { reason: string };
  /**
   * A table whose columns read more than one way (`ways`), none agreeing with most of its typed figures (`figures`:
   * what the cells that disagree are), or (none disagreeing) the typed figures fitting more than one: left alone.
   */
  'unsure-reading': { cells: string[]; disagreeing: number; evidence: number; figures: CellRole[]; ways: ReadingWay[] };
  /** A total row's typed figure for a quarter (or `month`, 1–12) not the sum of the indicators in rows `from`–`to`. */
  'total-row-mismatch': { quarter: Quarter; month?: number; typed: string | number; computed: Figure; from: number; to: number };
  /** An output cell the file writer would not write: the first cell of a formula other cells share. */
  'shared-formula-output': Record<string, never>;
  /** A blank target: the percent is of the plans (their sum, or the last for a level) instead. */
  'target-missing': { plans: number; rule: 'sum' | 'last' };
  /** A budget line with figures but no allocation: no percent or remaining of its own; its amounts still add up. */
  'allocation-missing': { disbursed: number };
  /** A negative figure (a budget's remaining: more spent than allocated), or one far beyond the target's scale (1e308). */
  'suspicious-number': { role: CellRole; value: number; kind: 'negative' | 'absurd' };
  /** An as-of date ('ข้อมูล ณ วันที่ …') that disagrees with the results or with another table's: not used. */
  'as-of-date': { text: string; quarter: Quarter; conflict: 'results' | 'tables'; latest?: Quarter };
  /** A table of another fiscal year than the one reported: listed, left alone. */
  'other-year': { fiscalYear: number; reported: number };
  /** Target columns by year (ค่าเป้าหมาย ๒๕๖๖ … ๒๕๗๐) without the reported year's: the first is used. */
  'target-year': { years: number[]; reported: number };
}

export type WarningCode = keyof WarningArgs;

/** A warning's code with its arguments (a union discriminated by `code`). */
export type WarningDetail = { [C in WarningCode]: { code: C; args: WarningArgs[C] } }[WarningCode];

/** How a message writes the engine's figures. */
interface Say {
  n: (x: number, decimals?: number) => string;
  fig: (f: Figure) => string;
  shares: (xs: (number | null)[]) => string;
}

type Catalogue = { [C in WarningCode]: Record<Language, Text<[WarningArgs[C], Say]>> };

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 'ผลรวมหรือร้อยละ', 'totals or percentages'; with none named, the figures typed in. */
function figures(roles: CellRole[], lang: Language): string {
  const names = roles.map((r) => FIGURES[r]?.[lang] ?? ROLE[r][lang]);
  if (names.length === 0) return lang === 'th' ? 'ตัวเลข' : 'figures';
  if (lang === 'th') return names.join('หรือ');
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

const WAY: Record<ReadingWay, Record<Language, string>> = {
  periods: { th: 'ผลแต่ละช่วงเป็นของช่วงนั้นหรือเป็นผลสะสม', en: 'each period on its own or to date' },
  'pair-order': { th: 'แถวใดเป็นแผน แถวใดเป็นผล', en: 'which row of a pair is the plan' },
  'percent-of': { th: 'ร้อยละคิดจากอะไร', en: 'what the percentage is of' },
  remaining: { th: 'คงเหลือหักยอดก่อหนี้ผูกพันหรือไม่', en: 'whether the remaining is net of commitments' },
};

const error = (e: string | null) => (e ? ` (${e})` : '');

const MESSAGES: Catalogue = {
  'protected-sheet': {
    th: (a) => `แผ่นงานนี้ถูกป้องกัน: ไม่ได้เขียนเซลล์ ${a.cells} (ปลดล็อกเซลล์หรือยกเลิกการป้องกันแผ่นงาน แล้วคำนวณอีกครั้ง)`,
    en: (a) => `This sheet is protected: cells ${a.cells} were not written (unlock the cells or unprotect the sheet, then recalculate)`,
  },
  'protected-formats': {
    th: (a) =>
      `แผ่นงานนี้ถูกป้องกันโดยไม่อนุญาตให้จัดรูปแบบเซลล์: เขียนค่าในเซลล์ ${a.cells} แล้ว แต่ไม่ได้ใส่สีหรือรูปแบบตัวเลข (อนุญาต "จัดรูปแบบเซลล์" เมื่อป้องกันแผ่นงาน หรือยกเลิกการป้องกัน แล้วคำนวณอีกครั้ง)`,
    en: (a) =>
      `This sheet is protected without "Format cells" allowed: cells ${a.cells} got their values but not their colour or number format (allow "Format cells" when protecting the sheet, or unprotect it, then recalculate)`,
  },
  'unreadable-cell': {
    th: (a, s) => `อ่านค่า${ROLE[a.role].th}${a.quarter ? `ไตรมาส ${s.n(a.quarter)} ` : ''}ไม่ได้${error(a.error)}: แก้สูตรหรือค่าในเซลล์นี้`,
    en: (a) => `Cannot read the ${ROLE[a.role].en}${a.quarter ? ` for quarter ${a.quarter}` : ''}${error(a.error)}: correct the formula or the value in this cell`,
  },
  'label-mismatch': {
    th: (a) => `เขียนไว้ว่า "${a.written}" แต่ตัวเลขแสดงว่า ${STATUS_WORDS[a.computed]}`,
    en: (a) => `Written "${a.written}", but the figures say ${STATUS_WORDS_EN[a.computed]}`,
  },
  'percent-mismatch': {
    th: (a, s) => `${ROLE[a.role].th}ที่พิมพ์ไว้ (${typed(a.typed, s)}) ไม่ตรงกับที่คำนวณได้ (${s.fig(a.computed)})`,
    en: (a, s) => `The ${ROLE[a.role].en} typed here (${typed(a.typed, s)}) differs from the computed ${s.fig(a.computed)}`,
  },
  'total-mismatch': {
    th: (a, s) => `${ROLE[a.role].th}ที่พิมพ์ไว้ (${typed(a.typed, s)}) ไม่ตรงกับที่คำนวณได้ (${s.fig(a.computed)})`,
    en: (a, s) => `The ${ROLE[a.role].en} typed here (${typed(a.typed, s)}) differs from the computed ${s.fig(a.computed)}`,
  },
  'q4-only': {
    th: 'ตัวชี้วัดนี้มีค่าเป้าหมายเฉพาะไตรมาส ๔: ติดตามความก้าวหน้าระหว่างปีไม่ได้ ควรกำหนดค่าเป้าหมายรายไตรมาส',
    en: 'This indicator has a target in quarter 4 only: its progress cannot be followed during the year; set quarterly targets',
  },
  'target-mismatch': {
    th: (a, s) =>
      a.rule === 'sum'
        ? `ค่าเป้าหมาย ${s.n(a.target)} ไม่เท่ากับผลรวมแผนรายไตรมาส ${s.n(a.plans)}`
        : `ค่าเป้าหมาย (${s.n(a.target)}) ไม่ตรงกับแผนไตรมาสสุดท้าย (${s.n(a.plans)}): ร้อยละคิดจากค่าเป้าหมาย`,
    en: (a, s) =>
      a.rule === 'sum'
        ? `The target ${s.n(a.target)} is not the sum of the quarterly plans, ${s.n(a.plans)}`
        : `The target (${s.n(a.target)}) differs from the last quarter's plan (${s.n(a.plans)}): the percentage is of the target`,
  },
  'header-date': {
    th: (a, s) => `หัวตารางระบุวันที่ "${a.text}" ซึ่งไม่อยู่ในปีงบประมาณ ${s.n(a.fiscalYear, 0)}: ตรวจสอบวันที่`,
    en: (a, s) => `The header gives the date "${a.text}", outside fiscal year ${s.n(a.fiscalYear, 0)} (B.E.): check the date`,
  },
  'budget-target-mismatch': {
    th: (a, s) => `เป้าร้อยละของแถวสรุปภาพรวม (${s.shares(a.total)}) ไม่ตรงกับของแผนงานด้านบน (${s.shares(a.lines)})`,
    en: (a, s) => `The total row's target shares (${s.shares(a.total)}) differ from those of the lines above (${s.shares(a.lines)})`,
  },
  'formula-output': {
    th: (a, s) => `สูตรในเซลล์นี้ให้ค่า ${s.n(a.value)} แต่คำนวณได้ ${s.fig(a.computed)}: ไม่ได้แก้สูตร`,
    en: (a, s) => `The formula in this cell gives ${s.n(a.value)} but the figure is ${s.fig(a.computed)}: the formula was left alone`,
  },
  'merged-output': {
    th: 'เซลล์ผลลัพธ์อยู่ในข้อความที่ผสานเซลล์ไว้: ไม่ได้เขียนทับ',
    en: 'This output cell is inside a merged note: it was not written',
  },
  'no-table': {
    th: 'ไม่พบตารางตัวชี้วัดหรือตารางงบประมาณ: หัวตารางต้องมีคำอย่าง ตัวชี้วัด, แผน, ผล, ไตรมาส หรือ งปม.ที่ได้รับ',
    en: 'No KPI or budget table found: headers need words such as ตัวชี้วัด, แผน, ผล, ไตรมาส or งปม.ที่ได้รับ',
  },
  'unreadable-sheet': {
    th: (a) => `อ่านแผ่นงานนี้ไม่ได้ (ไฟล์ส่วนนี้เสียหาย: ${a.reason}): ข้ามไป อ่านแผ่นงานอื่นต่อ`,
    en: (a) => `This sheet cannot be read (its part of the file is damaged: ${a.reason}): skipped, the other sheets were read`,
  },
  'unsure-reading': {
    th: (a, s) =>
      `อ่านตารางนี้ได้มากกว่าหนึ่งแบบ (${a.ways.map((w) => WAY[w].th).join(', ')}) ` +
      (a.disagreeing === 0
        ? `และ${figures(a.figures, 'th')}ที่พิมพ์ไว้ตรงกับได้มากกว่าหนึ่งแบบ`
        : `และไม่มีแบบใดตรงกับ${figures(a.figures, 'th')}ที่พิมพ์ไว้ส่วนใหญ่ (ไม่ตรง ${s.n(a.disagreeing)} จาก ${s.n(a.evidence)}: ${a.cells.join(', ')})`) +
      ': ไม่ได้เขียนอะไรลงในตารางนี้',
    en: (a) =>
      `This table reads more than one way (${a.ways.map((w) => WAY[w].en).join('; ')}) and ` +
      (a.disagreeing === 0
        ? `the ${figures(a.figures, 'en')} typed in fit more than one`
        : `no reading agrees with most of the ${figures(a.figures, 'en')} typed in (${a.disagreeing} of ${a.evidence} differ: ${a.cells.join(', ')})`) +
      ': nothing was written into it',
  },
  'total-row-mismatch': {
    th: (a, s) =>
      `ผล${a.month ? `เดือน ${thaiMonthAbbrev(a.month)}` : `ไตรมาส ${s.n(a.quarter)}`} ที่พิมพ์ไว้ในแถวรวม (${typed(a.typed, s)}) ไม่ตรงกับผลรวมของตัวชี้วัดแถว ${s.n(a.from, 0)}–${s.n(a.to, 0)} (${s.fig(a.computed)})`,
    en: (a, s) =>
      `The ${a.month ? MONTHS_EN[a.month - 1] : `quarter ${a.quarter}`} result typed in the total row (${typed(a.typed, s)}) is not the sum of the indicators in rows ${a.from}–${a.to} (${s.fig(a.computed)})`,
  },
  'shared-formula-output': {
    th: 'เซลล์ผลลัพธ์เป็นต้นแบบของสูตรที่เซลล์อื่นใช้ร่วม: ไม่ได้เขียนทับ เพื่อไม่ให้สูตรของเซลล์อื่นเสีย',
    en: 'This output cell holds a formula other cells share: it was not written, so theirs keep working',
  },
  'target-missing': {
    th: (a, s) =>
      `ไม่ได้ระบุค่าเป้าหมาย: ร้อยละคิดจาก${a.rule === 'sum' ? 'ผลรวมแผนรายไตรมาส' : 'แผนไตรมาสสุดท้าย'} (${s.n(a.plans)}) ควรกรอกค่าเป้าหมาย`,
    en: (a, s) =>
      `No target is given: the percentage is of ${a.rule === 'sum' ? 'the sum of the quarterly plans' : "the last quarter's plan"} (${s.n(a.plans)}); fill in the target`,
  },
  'suspicious-number': {
    th: (a, s) =>
      a.kind === 'negative'
        ? `${ROLE[a.role].th}ติดลบ (${s.n(a.value)}): ${a.role === 'remaining' ? 'เบิกจ่ายเกินงบประมาณที่ได้รับ ตรวจสอบตัวเลขในแถวนี้' : 'ตรวจสอบตัวเลขในเซลล์นี้'} (คำนวณตามที่กรอกไว้)`
        : `${ROLE[a.role].th}สูงผิดปกติ (${a.value.toExponential()}) เมื่อเทียบกับ${MONEY.has(a.role) ? 'งบประมาณที่ได้รับ' : 'ค่าเป้าหมาย'}: ตรวจสอบตัวเลขในเซลล์นี้ (คำนวณตามที่กรอกไว้)`,
    en: (a, s) =>
      a.kind === 'negative'
        ? `A negative ${ROLE[a.role].en} (${s.n(a.value)}): ${a.role === 'remaining' ? 'more spent than allocated, check this row' : 'check this cell'} (computed as typed)`
        : `The ${ROLE[a.role].en} is far beyond the ${MONEY.has(a.role) ? 'allocation' : 'target'}'s scale (${a.value.toExponential()}): check this cell (computed as typed)`,
  },
  'allocation-missing': {
    th: (a, s) => `ไม่ได้กรอกงบประมาณที่ได้รับ แต่มีผลเบิกจ่าย ${s.n(a.disbursed)}: ไม่ได้คำนวณร้อยละและคงเหลือของรายการนี้ (ยอดเบิกจ่ายยังรวมในแถวรวม) ควรกรอกงบประมาณที่ได้รับ`,
    en: (a, s) => `No allocated budget, but ${s.n(a.disbursed)} disbursed: no percentage or remaining for this line (its amount still counts in the total row); fill in the allocation`,
  },
  'as-of-date': {
    th: (a, s) =>
      a.conflict === 'results'
        ? `วันที่ข้อมูล "${a.text}" คือไตรมาส ${s.n(a.quarter)} แต่มีผลการดำเนินงานถึงไตรมาส ${s.n(a.latest ?? a.quarter)}: ตรวจสอบวันที่ (ไม่ได้ใช้กำหนดไตรมาสที่รายงาน)`
        : `วันที่ข้อมูล "${a.text}" (ไตรมาส ${s.n(a.quarter)}) ไม่ตรงกับวันที่ข้อมูลของตารางอื่น: ไม่ได้ใช้กำหนดไตรมาสที่รายงาน`,
    en: (a) =>
      a.conflict === 'results'
        ? `The as-of date "${a.text}" is quarter ${a.quarter}, but results go up to quarter ${a.latest ?? a.quarter}: check the date (not used for the reporting quarter)`
        : `The as-of date "${a.text}" (quarter ${a.quarter}) disagrees with another table's: not used for the reporting quarter`,
  },
  'other-year': {
    th: (a, s) => `ตารางของปีงบประมาณ ${s.n(a.fiscalYear, 0)} ไม่ใช่ปีที่รายงาน (${s.n(a.reported, 0)}): ไม่ได้คำนวณหรือเขียนทับ`,
    en: (a) => `A table of fiscal year ${a.fiscalYear}, not the year reported (${a.reported}): left alone`,
  },
  'target-year': {
    th: (a, s) => `ค่าเป้าหมายมีรายปี (${a.years.map((y) => s.n(y, 0)).join(', ')}) แต่ไม่มีของปี ${s.n(a.reported, 0)}: ใช้คอลัมน์แรก`,
    en: (a) => `Targets are given by year (${a.years.join(', ')}) but not for ${a.reported}: the first column is used`,
  },
};

/** What a person typed is quoted as typed; a number read from a number cell is ours to write. */
function typed(t: string | number, s: Say): string {
  return typeof t === 'number' ? s.n(t) : t;
}

const SAY: Record<DigitStyle, Say> = { thai: say('thai'), arabic: say('arabic') };

function say(digits: DigitStyle): Say {
  const n = (x: number, decimals?: number) => formatNumber(x, digits, decimals === 0 ? { grouping: false } : { decimals });
  return {
    n,
    fig: (f) => formatNumber(f.value, digits, { decimals: f.decimals }),
    shares: (xs) => xs.map((x) => (x === null ? '' : n(x))).join('/'),
  };
}

/** The warning's message in `lang`, its figures in `digits`. */
export function warningMessage(w: WarningDetail, lang: Language, digits: DigitStyle): string {
  const text = MESSAGES[w.code][lang] as Text<[WarningArgs[WarningCode], Say]>;
  return textOf(text, w.args, SAY[digits]);
}
