/** The command line's own words, Thai and English. Status words in the workbook come from core/words.ts. */
import type { EditCounts } from '../core/edit-list';
import type { SkippedTable, Status, TableInfo } from '../core/types';
import type { Language } from '../core/warning-messages';
import { STATUS_WORDS } from '../core/words';
import type { SummaryNote } from '../xlsx/write-sheet-spec';

/** The Thai words, which set the keys: the English ones have the same (CliMessages). */
export const th = {
  /** The language of these words, in which the engine's warnings are written too (core/warning-messages.ts). */
  lang: 'th' as Language,
  found: (t: number, i: number, b: number) => `พบ ${count(t)} ตาราง: ตัวชี้วัด ${count(i)} รายการ, รายการงบประมาณ ${count(b)} รายการ`,
  /** q null: the tables have no periods (one result to date), so no quarter is claimed. */
  period: (fy: number | null, q: number | null) => `ปีงบประมาณ ${fy ?? '(ไม่ทราบ: ระบุด้วย --fiscal-year)'}${q === null ? '' : ` ไตรมาส ${q}`}`,
  counts: 'สถานะตัวชี้วัด',
  status: STATUS_WORDS as Record<Status, string>,
  budgetOverall: (a: number, d: number | null, p: number | null, pl: number | null, u: string, dec: number) =>
    d === null ? `งบประมาณ: ยังไม่มีรายงานผลการเบิกจ่าย (งบประมาณที่ได้รับ ${num(a, dec)} ${u})` :
    `งบประมาณ: เบิกจ่าย ${num(d, dec)} ${u} จาก ${num(a, dec)} ${u} (ร้อยละ ${p === null ? '-' : p.toFixed(2)}${pl === null ? '' : ` แผนร้อยละ ${pl.toFixed(2)}`})`,
  /** The as-of date that named the reporting quarter. */
  asOf: (t: string, w: string, round = true) => `${round ? 'ไตรมาสตามวันที่ข้อมูล' : 'วันที่ข้อมูล'} "${t}" (${w})`,
  /** Which plan indicators with only an annual target were judged against. */
  straightLine: (on: boolean): string =>
    on
      ? 'ตัวชี้วัดที่มีเฉพาะค่าเป้าหมายทั้งปี: สถานะเทียบกับแผนแบบเส้นตรง (เป้าหมาย × ไตรมาส ÷ 4)'
      : 'ตัวชี้วัดที่มีเฉพาะค่าเป้าหมายทั้งปี: ไม่ได้ประเมินสถานะ (--no-straight-line หรือปิดไว้ในการตั้งค่า)',
  behindHeading: 'ตัวชี้วัดที่ต่ำกว่าแผน',
  budgetHeading: 'งบประมาณที่เบิกจ่ายต่ำกว่าแผน',
  warningsHeading: (n: number) => `ข้อควรตรวจสอบ ${count(n)} รายการ`,
  /**
   * Cells given a new value, and cells only given a number format or a colour (not counted as corrected); with nothing
   * changed, "already right" only when nothing is warned about (a formula that disagrees is never changed).
   */
  edits: (e: EditCounts, warned = false) =>
    (e.corrected ? `แก้เซลล์ผลลัพธ์ ${count(e.corrected)} เซลล์` : warned ? 'ไม่ได้แก้เซลล์ใด: ดูข้อควรตรวจสอบด้านบน' : 'ไม่มีเซลล์ใดต้องแก้: ตัวเลขถูกต้องอยู่แล้ว') +
    (e.formatted ? ` (จัดรูปแบบหรือสี ${count(e.formatted)} เซลล์ ค่าไม่เปลี่ยน)` : ''),
  wrote: (f: string) => `บันทึกไฟล์: ${f}`,
  summarySheet: (n: string) => `สร้างชีตสรุป: ${n}`,
  summaryNote: (note: SummaryNote) => {
    if (note.kind === 'renamed') return `มีชีตของผู้ใช้ชื่อ "${note.wanted}" อยู่แล้ว: เขียนสรุปไว้ในชีต "${note.written}"`;
    if (note.kind === 'chartsLeftOut') {
      return `ไฟล์ .xlsx จากบรรทัดคำสั่งไม่มีแผนภูมิ ${note.titles.length} แผนภูมิ (${note.titles.join('; ')}): ปุ่ม สร้างสรุปผล ใน Excel วาดให้`;
    }
    return `แบบอักษร ${note.font} ${note.size} พอยต์: เครื่องที่ไม่มีแบบอักษรนี้ ให้เปลี่ยนเป็น ${note.fallback}`;
  },
  noTable: 'ไม่พบตารางตัวชี้วัดหรือตารางงบประมาณในไฟล์นี้: หัวตารางต้องมีคำอย่าง ตัวชี้วัด แผน ผล ไตรมาส หรือ งปม.ที่ได้รับ',
  sameFile: 'ไฟล์ผลลัพธ์ต้องไม่ใช่ไฟล์ต้นฉบับ (the output must not be the input): ใช้ -o ชื่อไฟล์อื่น',
  /** What was found of a table's shape: its kind, periods and rows. */
  shape: (t: TableInfo) => shapeLine(t, SHAPE_TH),
  /** One line for a table not read or left alone: the sheet, the header cells found and why. */
  skipped: (s: SkippedTable) => skippedLine(s, SKIP_TH),
  skippedHeading: (n: number) => `ตารางที่ไม่ได้อ่าน ${count(n)} ตาราง`,
  /** An .xlsm input asked to be written as .xlsx: the macros would stop working. */
  macrosNeedXlsm: 'ไฟล์นี้มีแมโคร: ไฟล์ผลลัพธ์ต้องลงท้ายด้วย .xlsm (a workbook with macros must be written as .xlsm; an .xlsx cannot hold them)',
  /** The summary asked of a workbook whose structure is locked: no sheet may be added (the add-in refuses it too). */
  structureProtected:
    'โครงสร้างเวิร์กบุ๊กถูกป้องกันไว้ จึงเพิ่มแผ่นงานสรุปผลไม่ได้: ยกเลิกการป้องกันใน Excel (รีวิว > ป้องกันเวิร์กบุ๊ก) แล้วลองอีกครั้ง; recalc ทำได้ตามเดิม',
  /** After the first LIST_MAX lines of a list: how many more, and where they all are. */
  more: (n: number) => `… และอีก ${count(n)} รายการ: ดูทั้งหมดได้ด้วย --json`,
  /** What the command is doing, on a terminal: reading and saving a big workbook take seconds each. */
  step: {
    reading: (f: string) => `กำลังเปิด ${f}…`,
    computing: 'กำลังคำนวณ…',
    summarizing: 'กำลังสร้างชีตสรุป…',
    saving: (f: string) => `กำลังบันทึก ${f}…`,
  },
};

export type CliMessages = typeof th;

export const en: CliMessages = {
  lang: 'en',
  found: (t, i, b) => `Found ${count(t)} table(s): ${count(i)} indicator(s), ${count(b)} budget line(s)`,
  period: (fy, q) => `Fiscal year ${fy ?? '(unknown: give --fiscal-year)'}${q === null ? '' : `, quarter ${q}`}`,
  counts: 'Indicators by status',
  status: { ahead: 'ahead of plan', 'on-plan': 'on plan', behind: 'behind plan', 'not-due': 'not due yet', 'no-data': 'no result reported' },
  budgetOverall: (a, d, p, pl, u, dec) =>
    d === null ? `Budget: no disbursement reported yet (${num(a, dec)} ${u} allocated)` :
    `Budget: ${num(d, dec)} ${u} disbursed of ${num(a, dec)} ${u} (${p === null ? '-' : p.toFixed(2)} %${pl === null ? '' : `, plan ${pl.toFixed(2)} %`})`,
  asOf: (t, w, round = true) => `${round ? 'Quarter from the as-of date' : 'As-of date'} "${t}" (${w})`,
  straightLine: (on) =>
    on
      ? 'Indicators with only an annual target: status against a straight line (target × quarter ÷ 4)'
      : 'Indicators with only an annual target: no status judged (straight line switched off)',
  behindHeading: 'Indicators behind plan',
  budgetHeading: 'Budget lines behind plan',
  warningsHeading: (n) => `${count(n)} thing(s) to check`,
  edits: (e, warned = false) =>
    (e.corrected ? `${count(e.corrected)} output cell(s) changed` : warned ? 'No cell changed: see what to check above' : 'No cell needed changing: the figures were already right') +
    (e.formatted ? ` (${count(e.formatted)} cell(s) given a number format or colour only, value unchanged)` : ''),
  wrote: (f) => `Wrote ${f}`,
  summarySheet: (n) => `Summary sheet: ${n}`,
  summaryNote: (note) => {
    if (note.kind === 'renamed') return `A sheet named "${note.wanted}" is the user's: the summary was written as "${note.written}"`;
    if (note.kind === 'chartsLeftOut') {
      return `The .xlsx made on the command line has no charts: ${note.titles.length} left out (${note.titles.join('; ')}); สร้างสรุปผล in Excel draws them`;
    }
    return `Font: ${note.font} ${note.size} pt; where it is not installed, set the font to ${note.fallback}`;
  },
  noTable: 'No KPI or budget table found in this file: headers need words such as ตัวชี้วัด, แผน, ผล, ไตรมาส or งปม.ที่ได้รับ',
  sameFile: 'The output must not be the input file: give another name with -o',
  shape: (t) => shapeLine(t, SHAPE_EN),
  skipped: (s) => skippedLine(s, SKIP_EN),
  skippedHeading: (n) => `${count(n)} table(s) not read`,
  macrosNeedXlsm: 'This workbook has macros: the output must end in .xlsm (an .xlsx cannot hold them)',
  structureProtected:
    "The workbook's structure is protected, so the summary sheet cannot be added: unprotect it in Excel (Review > Protect Workbook), then run again; recalc works as it is",
  more: (n) => `… and ${count(n)} more: --json lists them all`,
  step: {
    reading: (f) => `Opening ${f}…`,
    computing: 'Calculating…',
    summarizing: 'Making the summary sheet…',
    saving: (f) => `Saving ${f}…`,
  },
};

/** The words of a table's shape line, in one language. */
interface ShapeWords {
  kind: Record<TableInfo['kind'], string>;
  periods: Record<TableInfo['periods'], string>;
  rows: Record<TableInfo['rows'], string>;
  unit: string;
}

const SHAPE_TH: ShapeWords = {
  kind: { indicator: 'ตัวชี้วัด', budget: 'งบประมาณ' },
  periods: { quarter: 'รายไตรมาส', month: 'รายเดือน', half: 'รายรอบ ๖/๑๒ เดือน', none: 'ผลสะสมคอลัมน์เดียว' },
  rows: { pairs: 'แถวแผน/ผล', single: 'แถวเดียวต่อตัวชี้วัด' },
  unit: 'หน่วย',
};

const SHAPE_EN: ShapeWords = {
  kind: { indicator: 'indicators', budget: 'budget' },
  periods: { quarter: 'by quarter', month: 'by month', half: 'by 6/12-month round', none: 'one result to date' },
  rows: { pairs: 'plan/result row pairs', single: 'one row each' },
  unit: 'unit',
};

/** 'ตัวชี้วัด, รายไตรมาส, แถวแผน/ผล': the table's kind, periods, rows and unit of money, in either language. */
function shapeLine(t: TableInfo, w: ShapeWords): string {
  return [w.kind[t.kind], w.periods[t.periods], w.rows[t.rows], ...(t.unit ? [`${w.unit} ${t.unit}`] : [])].join(', ');
}

/** Why a table was not read, in one language: by reason (or its detail), and for a table of another year. */
interface SkipWords {
  why: Record<string, string>;
  otherYear: (fiscalYear: number | undefined) => string;
}

const SKIP_TH: SkipWords = {
  why: {
    'no-name': 'หัวตารางคล้ายตารางตัวชี้วัด แต่ไม่พบคอลัมน์ชื่อ (no name column)',
    'no-result': 'หัวตารางคล้ายตารางตัวชี้วัด แต่ไม่พบคอลัมน์ผลการดำเนินงาน (no result columns)',
    scoring: 'ข้ามไป: เป็นตารางเกณฑ์การให้คะแนนของคำรับรอง ไม่ใช่ตารางความก้าวหน้า',
    'staff-list': 'ข้ามไป: เป็นรายชื่อบุคลากร ไม่ใช่ตารางความก้าวหน้า',
    'not-progress': 'ข้ามไป: ไม่ใช่ตารางความก้าวหน้า',
    unsure: 'ไม่ได้เขียน: อ่านคอลัมน์ได้หลายแบบและตัวเลขที่พิมพ์ไว้ในเซลล์ไม่ได้บอกว่าแบบใดถูก',
  },
  otherYear: (fy) => `ข้ามไป: ตารางของปีงบประมาณ ${fy} ไม่ใช่ปีที่รายงาน`,
};

const SKIP_EN: SkipWords = {
  why: {
    'no-name': 'a table-like header with no name column',
    'no-result': 'a table-like header with no result columns',
    scoring: 'skipped: a คำรับรอง scoring table (เกณฑ์การให้คะแนน), not a progress table',
    'staff-list': 'skipped: a staff list, not a progress table',
    'not-progress': 'skipped: not a progress table',
    unsure: 'not written: its columns read more than one way and the figures typed in do not say which',
  },
  otherYear: (fy) => `skipped: a table of fiscal year ${fy}, not the year reported`,
};

/** '  - Sheet!B3:K4: why (the first header cells found)'. */
function skippedLine(s: SkippedTable, w: SkipWords): string {
  const why = s.reason === 'other-year' ? w.otherYear(s.fiscalYear) : (w.why[s.detail ?? s.reason] ?? s.reason);
  return `  - ${s.sheet}!${s.range}: ${why}${s.cells.length ? ` (${s.cells.slice(0, 8).join('; ')})` : ''}`;
}

/** 15,000 rather than 15000: the counts of a big workbook are read at a glance. */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** An amount with the table's decimals: '2,753,653,082.86' (baht), '6.7902' (million baht). */
function num(n: number, decimals: number): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}
