/** The command line's own words, Thai and English. Status words in the workbook come from core/words.ts. */
import type { SkippedTable, Status, TableInfo } from '../core/types';
import type { Language } from '../core/warning-messages';
import { STATUS_WORDS } from '../core/words';
import type { SummaryNote } from '../xlsx/write-sheet-spec';

export interface CliMessages {
  /** The language of these words, in which the engine's warnings are written too (core/warning-messages.ts). */
  lang: Language;
  found: (tables: number, indicators: number, budget: number) => string;
  period: (fy: number | null, q: number) => string;
  counts: string;
  status: Record<Status, string>;
  budgetOverall: (allocated: number, disbursed: number, percent: number | null, planned: number | null, unit: string, decimals: number) => string;
  /** The as-of date that named the reporting quarter. */
  asOf: (text: string, where: string) => string;
  /** Which plan indicators with only an annual target were judged against. */
  straightLine: (on: boolean) => string;
  behindHeading: string;
  budgetHeading: string;
  warningsHeading: (n: number) => string;
  edits: (n: number) => string;
  wrote: (file: string) => string;
  summarySheet: (name: string) => string;
  summaryNote: (note: SummaryNote) => string;
  noTable: string;
  sameFile: string;
  /** What was found of a table's shape: its kind, periods and rows. */
  shape: (t: TableInfo) => string;
  /** One line for a table not read or left alone: the sheet, the header cells found and why. */
  skipped: (s: SkippedTable) => string;
  skippedHeading: (n: number) => string;
  /** An .xls file: Excel opens it; the command line reads .xlsx only. */
  xls: string;
  /** An .xlsm input asked to be written as .xlsx: the macros would stop working. */
  macrosNeedXlsm: string;
  /** After the first LIST_MAX lines of a list: how many more, and where they all are. */
  more: (n: number) => string;
  /** What the command is doing, on a terminal: reading and saving a big workbook take seconds each. */
  step: { reading: (file: string) => string; computing: string; summarizing: string; saving: (file: string) => string };
}

export const th: CliMessages = {
  lang: 'th',
  found: (t, i, b) => `พบ ${count(t)} ตาราง: ตัวชี้วัด ${count(i)} รายการ, รายการงบประมาณ ${count(b)} รายการ`,
  period: (fy, q) => `ปีงบประมาณ ${fy ?? '(ไม่ทราบ: ระบุด้วย --fiscal-year)'} ไตรมาส ${q}`,
  counts: 'สถานะตัวชี้วัด',
  status: STATUS_WORDS,
  budgetOverall: (a, d, p, pl, u, dec) =>
    `งบประมาณ: เบิกจ่าย ${num(d, dec)} ${u} จาก ${num(a, dec)} ${u} (ร้อยละ ${p === null ? '-' : p.toFixed(2)}${pl === null ? '' : ` แผนร้อยละ ${pl.toFixed(2)}`})`,
  asOf: (t, w) => `ไตรมาสตามวันที่ข้อมูล "${t}" (${w})`,
  straightLine: (on) =>
    on
      ? 'ตัวชี้วัดที่มีเฉพาะค่าเป้าหมายทั้งปี: สถานะเทียบกับแผนแบบเส้นตรง (เป้าหมาย × ไตรมาส ÷ 4)'
      : 'ตัวชี้วัดที่มีเฉพาะค่าเป้าหมายทั้งปี: ไม่ได้ประเมินสถานะ (--no-straight-line หรือปิดไว้ในการตั้งค่า)',
  behindHeading: 'ตัวชี้วัดที่ต่ำกว่าแผน',
  budgetHeading: 'งบประมาณที่เบิกจ่ายต่ำกว่าแผน',
  warningsHeading: (n) => `ข้อควรตรวจสอบ ${count(n)} รายการ`,
  edits: (n) => (n ? `แก้เซลล์ผลลัพธ์ ${count(n)} เซลล์` : 'ไม่มีเซลล์ใดต้องแก้: ตัวเลขถูกต้องอยู่แล้ว'),
  wrote: (f) => `บันทึกไฟล์: ${f}`,
  summarySheet: (n) => `สร้างชีตสรุป: ${n}`,
  summaryNote: (note) => {
    if (note.kind === 'renamed') return `มีชีตของผู้ใช้ชื่อ "${note.wanted}" อยู่แล้ว: เขียนสรุปไว้ในชีต "${note.written}"`;
    if (note.kind === 'chartsLeftOut') {
      return `ไฟล์ .xlsx จากบรรทัดคำสั่งไม่มีแผนภูมิ ${note.titles.length} แผนภูมิ (${note.titles.join('; ')}): ปุ่ม สร้างสรุปผล ใน Excel วาดให้`;
    }
    return `แบบอักษร ${note.font} ${note.size} พอยต์: เครื่องที่ไม่มีแบบอักษรนี้ ให้เปลี่ยนเป็น ${note.fallback}`;
  },
  noTable: 'ไม่พบตารางตัวชี้วัดหรือตารางงบประมาณในไฟล์นี้: หัวตารางต้องมีคำอย่าง ตัวชี้วัด แผน ผล ไตรมาส หรือ งปม.ที่ได้รับ',
  sameFile: 'ไฟล์ผลลัพธ์ต้องไม่ใช่ไฟล์ต้นฉบับ (the output must not be the input): ใช้ -o ชื่อไฟล์อื่น',
  shape: (t) =>
    [
      t.kind === 'budget' ? 'งบประมาณ' : 'ตัวชี้วัด',
      { quarter: 'รายไตรมาส', month: 'รายเดือน', half: 'รายรอบ ๖/๑๒ เดือน', none: 'ผลสะสมคอลัมน์เดียว' }[t.periods],
      t.rows === 'pairs' ? 'แถวแผน/ผล' : 'แถวเดียวต่อตัวชี้วัด',
      ...(t.unit ? [`หน่วย ${t.unit}`] : []),
    ].join(', '),
  skipped: (s) => `  - ${s.sheet}!${s.range}: ${s.reason === 'other-year' ? `ข้ามไป: ตารางของปีงบประมาณ ${s.fiscalYear} ไม่ใช่ปีที่รายงาน` : (SKIP_WHY_TH[s.detail ?? s.reason] ?? s.reason)}${s.cells.length ? ` (${s.cells.slice(0, 8).join('; ')})` : ''}`,
  skippedHeading: (n) => `ตารางที่ไม่ได้อ่าน ${count(n)} ตาราง`,
  xls: 'ไฟล์ .xls เป็นรูปแบบเก่า: เปิดใน Excel แล้วบันทึกเป็น .xlsx ก่อน (Excel เปิดไฟล์นี้ได้ และ add-in ทำงานใน Excel ได้) (save it as .xlsx)',
  macrosNeedXlsm: 'ไฟล์นี้มีแมโคร: ไฟล์ผลลัพธ์ต้องลงท้ายด้วย .xlsm (a workbook with macros must be written as .xlsm; an .xlsx cannot hold them)',
  more: (n) => `… และอีก ${count(n)} รายการ: ดูทั้งหมดได้ด้วย --json`,
  step: {
    reading: (f) => `กำลังเปิด ${f}…`,
    computing: 'กำลังคำนวณ…',
    summarizing: 'กำลังสร้างชีตสรุป…',
    saving: (f) => `กำลังบันทึก ${f}…`,
  },
};

export const en: CliMessages = {
  lang: 'en',
  found: (t, i, b) => `Found ${count(t)} table(s): ${count(i)} indicator(s), ${count(b)} budget line(s)`,
  period: (fy, q) => `Fiscal year ${fy ?? '(unknown: give --fiscal-year)'}, quarter ${q}`,
  counts: 'Indicators by status',
  status: { ahead: 'ahead of plan', 'on-plan': 'on plan', behind: 'behind plan', 'not-due': 'not due yet', 'no-data': 'no result reported' },
  budgetOverall: (a, d, p, pl, u, dec) =>
    `Budget: ${num(d, dec)} ${u} disbursed of ${num(a, dec)} ${u} (${p === null ? '-' : p.toFixed(2)} %${pl === null ? '' : `, plan ${pl.toFixed(2)} %`})`,
  asOf: (t, w) => `Quarter from the as-of date "${t}" (${w})`,
  straightLine: (on) =>
    on
      ? 'Indicators with only an annual target: status against a straight line (target × quarter ÷ 4)'
      : 'Indicators with only an annual target: no status judged (straight line switched off)',
  behindHeading: 'Indicators behind plan',
  budgetHeading: 'Budget lines behind plan',
  warningsHeading: (n) => `${count(n)} thing(s) to check`,
  edits: (n) => (n ? `${count(n)} output cell(s) changed` : 'No cell needed changing: the figures were already right'),
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
  shape: (t) =>
    [
      t.kind === 'budget' ? 'budget' : 'indicators',
      { quarter: 'by quarter', month: 'by month', half: 'by 6/12-month round', none: 'one result to date' }[t.periods],
      t.rows === 'pairs' ? 'plan/result row pairs' : 'one row each',
      ...(t.unit ? [`unit ${t.unit}`] : []),
    ].join(', '),
  skipped: (s) => `  - ${s.sheet}!${s.range}: ${s.reason === 'other-year' ? `skipped: a table of fiscal year ${s.fiscalYear}, not the year reported` : (SKIP_WHY_EN[s.detail ?? s.reason] ?? s.reason)}${s.cells.length ? ` (${s.cells.slice(0, 8).join('; ')})` : ''}`,
  skippedHeading: (n) => `${count(n)} table(s) not read`,
  xls: 'An .xls file is the old format: open it in Excel and save it as .xlsx (Excel opens it, and the add-in works there)',
  macrosNeedXlsm: 'This workbook has macros: the output must end in .xlsm (an .xlsx cannot hold them)',
  more: (n) => `… and ${count(n)} more: --json lists them all`,
  step: {
    reading: (f) => `Opening ${f}…`,
    computing: 'Calculating…',
    summarizing: 'Making the summary sheet…',
    saving: (f) => `Saving ${f}…`,
  },
};

const SKIP_WHY_TH: Record<string, string> = {
  'no-name': 'หัวตารางคล้ายตารางตัวชี้วัด แต่ไม่พบคอลัมน์ชื่อ (no name column)',
  'no-result': 'หัวตารางคล้ายตารางตัวชี้วัด แต่ไม่พบคอลัมน์ผลการดำเนินงาน (no result columns)',
  scoring: 'ข้ามไป: เป็นตารางเกณฑ์การให้คะแนนของคำรับรอง ไม่ใช่ตารางความก้าวหน้า',
  'staff-list': 'ข้ามไป: เป็นรายชื่อบุคลากร ไม่ใช่ตารางความก้าวหน้า',
  'not-progress': 'ข้ามไป: ไม่ใช่ตารางความก้าวหน้า',
  unsure: 'ไม่ได้เขียน: อ่านคอลัมน์ได้หลายแบบและไม่มีแบบใดตรงกับตัวเลขที่พิมพ์ไว้ในเซลล์',
};

const SKIP_WHY_EN: Record<string, string> = {
  'no-name': 'a table-like header with no name column',
  'no-result': 'a table-like header with no result columns',
  scoring: 'skipped: a คำรับรอง scoring table (เกณฑ์การให้คะแนน), not a progress table',
  'staff-list': 'skipped: a staff list, not a progress table',
  'not-progress': 'skipped: not a progress table',
  unsure: 'not written: its columns read more than one way and no reading agrees with the figures typed in',
};

/** 15,000 rather than 15000: the counts of a big workbook are read at a glance. */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** An amount with the table's decimals: '2,753,653,082.86' (baht), '6.7902' (million baht). */
function num(n: number, decimals: number): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}
