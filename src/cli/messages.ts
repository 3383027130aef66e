/** The command line's own words, Thai and English. Status words in the workbook come from core/words.ts. */
import type { Status } from '../core/types';
import type { SummaryNote } from '../xlsx/write-sheet-spec';

export interface CliMessages {
  found: (tables: number, indicators: number, budget: number) => string;
  period: (fy: number | null, q: number) => string;
  counts: string;
  status: Record<Status, string>;
  budgetOverall: (allocated: number, disbursed: number, percent: number | null, planned: number | null, unit: string, decimals: number) => string;
  /** The as-of date that named the reporting quarter. */
  asOf: (text: string, where: string) => string;
  /** A table of another fiscal year, left alone. */
  skipped: (where: string, fy: number) => string;
  /** A budget table's unit of money, after its range. */
  moneyUnit: (unit: string) => string;
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
  /** After the first LIST_MAX lines of a list: how many more, and where they all are. */
  more: (n: number) => string;
  /** What the command is doing, on a terminal: reading and saving a big workbook take seconds each. */
  step: { reading: (file: string) => string; computing: string; summarizing: string; saving: (file: string) => string };
}

export const th: CliMessages = {
  found: (t, i, b) => `พบ ${count(t)} ตาราง: ตัวชี้วัด ${count(i)} รายการ, รายการงบประมาณ ${count(b)} รายการ`,
  period: (fy, q) => `ปีงบประมาณ ${fy ?? '(ไม่ทราบ: ระบุด้วย --fiscal-year)'} ไตรมาส ${q}`,
  counts: 'สถานะตัวชี้วัด',
  status: {
    ahead: 'ก้าวหน้ากว่าแผน',
    'on-plan': 'เป็นไปตามแผน',
    behind: 'ต่ำกว่าแผน',
    'not-due': 'ยังไม่ถึงกำหนด',
    'no-data': 'ยังไม่รายงานผล',
  },
  budgetOverall: (a, d, p, pl, u, dec) =>
    `งบประมาณ: เบิกจ่าย ${num(d, dec)} ${u} จาก ${num(a, dec)} ${u} (ร้อยละ ${p === null ? '-' : p.toFixed(2)}${pl === null ? '' : ` แผนร้อยละ ${pl.toFixed(2)}`})`,
  moneyUnit: (u) => `หน่วย: ${u}`,
  asOf: (t, w) => `ไตรมาสตามวันที่ข้อมูล "${t}" (${w})`,
  skipped: (w, fy) => `ข้าม ${w}: ตารางของปีงบประมาณ ${fy}`,
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
  more: (n) => `… และอีก ${count(n)} รายการ: ดูทั้งหมดได้ด้วย --json`,
  step: {
    reading: (f) => `กำลังเปิด ${f}…`,
    computing: 'กำลังคำนวณ…',
    summarizing: 'กำลังสร้างชีตสรุป…',
    saving: (f) => `กำลังบันทึก ${f}…`,
  },
};

export const en: CliMessages = {
  found: (t, i, b) => `Found ${count(t)} table(s): ${count(i)} indicator(s), ${count(b)} budget line(s)`,
  period: (fy, q) => `Fiscal year ${fy ?? '(unknown: give --fiscal-year)'}, quarter ${q}`,
  counts: 'Indicators by status',
  status: { ahead: 'ahead of plan', 'on-plan': 'on plan', behind: 'behind plan', 'not-due': 'not due yet', 'no-data': 'no result reported' },
  budgetOverall: (a, d, p, pl, u, dec) =>
    `Budget: ${num(d, dec)} ${u} disbursed of ${num(a, dec)} ${u} (${p === null ? '-' : p.toFixed(2)} %${pl === null ? '' : `, plan ${pl.toFixed(2)} %`})`,
  moneyUnit: (u) => `in ${u}`,
  asOf: (t, w) => `Quarter from the as-of date "${t}" (${w})`,
  skipped: (w, fy) => `Skipped ${w}: a table of fiscal year ${fy}`,
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
  more: (n) => `… and ${count(n)} more: --json lists them all`,
  step: {
    reading: (f) => `Opening ${f}…`,
    computing: 'Calculating…',
    summarizing: 'Making the summary sheet…',
    saving: (f) => `Saving ${f}…`,
  },
};

/** 15,000 rather than 15000: the counts of a big workbook are read at a glance. */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** An amount with the table's decimals: '2,753,653,082.86' (baht), '6.7902' (million baht). */
function num(n: number, decimals: number): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}
