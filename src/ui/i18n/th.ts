/**
 * The task pane's Thai strings (the default language). The words written into workbooks live in core/words.ts.
 * Figures are written in Thai digits (the pane's rule: its language's digits), a figure kept on one line with its
 * unit by a no-break space (NB) so that "รอบ ๖ เดือน" never breaks between ๖ and เดือน at 320 px.
 */
import type { Measure, Direction, Quarter, DigitStyle, SkippedTable, TableInfo } from '../../core/types';
import { formatNumber } from '../../core/thai-digits';
import type { Language } from '../../core/warning-messages';
import { STATUS_WORDS } from '../../core/words';

const NB = '\u00a0';
const n = (x: number) => formatNumber(x, 'thai');
const pct = (p: number | null) => (p === null ? '–' : formatNumber(p, 'thai', { decimals: 2 }));

export const th = {
  /** This dictionary's language: the engine's warnings are written in it too (core/warning-messages.ts). */
  lang: 'th' as Language,
  /** A count or a row number in this language's digits. */
  num: n,
  /** A percentage with two decimals, '–' when there is none. */
  pct,
  appTitle: 'ติดตามผลตัวชี้วัด',
  appSubtitle: 'คำนวณผลสะสม ร้อยละ และสถานะ จากตารางในสมุดงานนี้',
  switchLanguage: 'English',
  switchLanguageLabel: 'Switch to English',
  /** The language the switch itself is written in. */
  switchLanguageLang: 'en' as Language,
  previewBanner: 'โหมดทดลอง: ไม่ได้เปิดใน Excel จึงใช้สมุดงานตัวอย่าง (ผลการดำเนินงาน ปีงบประมาณ ๒๕๖๖ ไตรมาส ๒) ซึ่งแสดงอยู่ข้างแผงนี้',
  previewUnavailable: 'เปิดสมุดงานตัวอย่างไม่ได้',

  periodHeading: 'รอบรายงาน',
  fiscalYear: 'ปีงบประมาณ (พ.ศ.)',
  fiscalYearAuto: 'อ่านจากสมุดงาน',
  quarter: 'ไตรมาส',
  quarterAuto: 'อ่านจากสมุดงาน (ไตรมาสล่าสุดที่มีผล)',
  quarterName: (q: Quarter) => `ไตรมาส${NB}${n(q)} (${['ต.ค.–ธ.ค.', 'ม.ค.–มี.ค.', 'เม.ย.–มิ.ย.', 'ก.ค.–ก.ย.'][q - 1]})`,
  /** q null: the tables have no periods (one result to date): no quarter is claimed. */
  periodFound: (fy: number | null, q: Quarter | null) =>
    `พบในสมุดงาน: ปีงบประมาณ${NB}${fy === null ? '–' : formatNumber(fy, 'thai', { grouping: false })}` +
    (q === null ? '' : ` ไตรมาส${NB}${n(q)} (รอบ${NB}${n(q * 3)}${NB}เดือน)`),
  fiscalYearInvalid: 'ปีงบประมาณต้องเป็นปี พ.ศ. สี่หลัก เช่น 2566',

  recalc: 'คำนวณความก้าวหน้า',
  recalcHint: 'เติมผลสะสม ร้อยละ และสถานะ แล้วระบายสีแถวที่ต่ำกว่าแผน ข้อมูลที่กรอกไว้จะไม่ถูกแก้ไข',
  summarize: 'สร้างสรุปผล',
  summarizeHint: 'สร้างแผ่นงานสรุปผลของรอบนี้ (แทนที่แผ่นเดิมของรอบเดียวกัน)',
  undo: 'ย้อนกลับ',
  undoHint: 'คืนค่าเซลล์ทั้งหมดที่การคำนวณครั้งล่าสุดเปลี่ยน',
  running: { recalc: 'กำลังคำนวณ…', summarize: 'กำลังสร้างสรุปผล…', undo: 'กำลังย้อนกลับ…' },
  progress: (done: number, total: number) => `${n(Math.round((done / total) * 100))}%`,
  doneRecalc: (indicators: number, behind: number) => `คำนวณเสร็จแล้ว: ${n(indicators)}${NB}ตัวชี้วัด ต่ำกว่าแผน${NB}${n(behind)}${NB}รายการ`,
  /** Said after a run besides its result: how many warnings there are to look at. */
  warningsAfterRun: (count: number) => (count ? `คำเตือน${NB}${n(count)}${NB}รายการ` : ''),
  /** Said when a row or cell has been selected in the sheet. */
  selectedRow: (sheet: string, row: number) => `แผ่นงาน ${sheet}, แถว${NB}${n(row)}`,
  selectedCell: (sheet: string, cell: string) => `แผ่นงาน ${sheet}, เซลล์ ${cell}`,
  /** Why the action buttons cannot be pressed now. */
  unavailable: {
    starting: 'ยังใช้ไม่ได้: กำลังเชื่อมต่อกับสมุดงาน…',
    busy: 'ยังใช้ไม่ได้: รอให้งานที่กำลังทำเสร็จก่อน',
    fiscalYear: 'ยังใช้ไม่ได้: แก้ปีงบประมาณ (พ.ศ.) ก่อน หรือเว้นว่างให้อ่านจากสมุดงาน',
    nothingToSave: 'ยังไม่มีการเปลี่ยนแปลงที่ต้องบันทึก',
    ribbon: 'ยังใช้ไม่ได้: กำลังทำงานจากปุ่มบนริบบอน รอให้เสร็จก่อน',
  },
  /** A run from the ribbon ended: the pane shows its lists, and says where they came from. */
  fromRibbon: (done: string) => `จากปุ่มบนริบบอน: ${done}`,
  /** Asked before สร้างสรุปผล deletes our older summary sheets (a sheet delete clears Excel's undo list). */
  replaceTitle: 'แทนที่สรุปผลเดิม?',
  replaceWarning: (sheets: string[]) =>
    `สร้างสรุปผลจะลบแผ่นงาน ${sheets.map((x) => `“${x}”`).join(' ')} แล้วเขียนแผ่นใหม่แทน การลบแผ่นงานย้อนกลับไม่ได้ และ Excel จะล้างรายการเลิกทำ (Ctrl+Z) ทั้งหมดของสมุดงานนี้`,
  /** Asked before a first สร้างสรุปผล where adding a sheet clears Excel's undo list (Windows, Mac: host.ts). */
  addSheetTitle: 'สร้างสรุปผลแล้วจะย้อนกลับด้วย Ctrl+Z ไม่ได้',
  addSheetWarning:
    'สร้างสรุปผลจะเพิ่มแผ่นงานใหม่ ใน Excel บน Windows และ Mac การเพิ่มแผ่นงานจากส่วนเสริมจะล้างรายการเลิกทำ (Ctrl+Z) ทั้งหมดของสมุดงานนี้ จึงย้อนกลับไปก่อนหน้านี้ด้วย Ctrl+Z ไม่ได้',
  replaceGoOn: 'สร้างสรุปผลต่อ',
  replaceCancel: 'ยกเลิก',
  replaceCancelled: 'ยกเลิกแล้ว: ไม่ได้เปลี่ยนแปลงสมุดงาน',
  doneSummary: (sheet: string) => `สร้างแผ่นงานสรุปผล “${sheet}” แล้ว`,
  doneUndo: 'ย้อนกลับแล้ว: เซลล์กลับเป็นค่าก่อนการคำนวณครั้งล่าสุด',
  firstRun: 'คลิก “คำนวณความก้าวหน้า” เพื่อค้นหาตารางในสมุดงานนี้และคำนวณผล',

  tablesHeading: 'ตารางที่พบ',
  tablesNone: 'ไม่พบตารางตัวชี้วัดหรือตารางงบประมาณ: ตรวจว่าหัวตารางมีคำเช่น “ตัวชี้วัด” “แผน” “ผล” “ไตรมาส”',
  tableLine: (sheet: string, range: string) => `${sheet} · ${range}`,
  tableCounts: (indicators: number, budgetLines: number) =>
    [indicators ? `${n(indicators)}${NB}ตัวชี้วัด` : '', budgetLines ? `${n(budgetLines)}${NB}รายการงบประมาณ` : ''].filter(Boolean).join(' · ') ||
    'ไม่มีรายการ',
  tableShape: (t: Pick<TableInfo, 'kind' | 'periods' | 'rows'> & { unit?: string | null }): string =>
    [
      t.kind === 'budget' ? 'งบประมาณ' : 'ตัวชี้วัด',
      { quarter: 'รายไตรมาส', month: 'รายเดือน', half: 'รอบ ๖/๑๒ เดือน', none: 'ผลสะสมคอลัมน์เดียว' }[t.periods],
      t.rows === 'pairs' ? 'แถวแผน/ผล' : 'แถวเดียว',
      t.unit ? `หน่วย ${t.unit}` : '',
    ]
      .filter(Boolean)
      .join(' · '),
  asOfLine: (text: string, where: string, round = true): string => `${round ? 'ไตรมาสตามวันที่ข้อมูล' : 'วันที่ข้อมูล'} "${text}" (${where})`,
  otherYear: (fiscalYear: number | undefined): string =>
    `ตารางปีงบประมาณ ${fiscalYear ?? 'อื่น'} ไม่ใช่ปีที่รายงาน: ไม่ได้เขียน`,
  skippedHeading: 'ตารางที่ไม่ได้อ่าน',
  skippedWhy: (reason: SkippedTable['reason'], detail?: string): string =>
    reason === 'no-name'
      ? 'ไม่พบคอลัมน์ชื่อตัวชี้วัด'
      : reason === 'no-result'
        ? 'ไม่พบคอลัมน์ผลการดำเนินงาน'
        : reason === 'unsure'
          ? 'อ่านคอลัมน์ได้หลายแบบ ตัวเลขที่พิมพ์ไว้ไม่ได้บอกว่าแบบใดถูก: ไม่ได้เขียน'
          : detail === 'scoring'
            ? 'ตารางเกณฑ์การให้คะแนน ไม่ใช่ตารางความก้าวหน้า'
            : detail === 'staff-list'
              ? 'รายชื่อบุคลากร ไม่ใช่ตารางความก้าวหน้า'
              : 'ไม่ใช่ตารางความก้าวหน้า',

  resultHeading: 'ผลการคำนวณ',
  statusCounts: 'จำนวนตัวชี้วัดตามสถานะ',
  status: STATUS_WORDS,
  behindHeading: (count: number) => `ต่ำกว่าแผน (${n(count)})`,
  behindNone: 'ไม่มีรายการที่ต่ำกว่าแผน',
  behindHelp: 'คลิกรายการเพื่อไปที่แถวนั้นในแผ่นงาน',
  indicatorsLabel: 'ตัวชี้วัด',
  behindIndicators: (count: number) => `ตัวชี้วัด (${n(count)})`,
  behindBudget: (count: number) => `รายการงบประมาณ (${n(count)})`,
  budgetLabel: 'งบประมาณ',
  percentOf: (p: number | null) => `ร้อยละ${NB}${pct(p)}`,
  budgetVsPlan: (p: number | null, plan: number | null) => `เบิกจ่ายร้อยละ${NB}${pct(p)} (แผนสะสม${NB}${pct(plan)})`,
  rowRef: (sheet: string, row: number) => `${sheet} แถว${NB}${n(row)}`,
  row: (row: number) => `แถว${NB}${n(row)}`,
  /** A cell as it is shown and spoken beside its sheet (never "ตาราง!H2": a screen reader says the "!"). */
  cell: (cell: string) => `เซลล์ ${cell}`,
  warningsHeading: (count: number) => `คำเตือน (${n(count)})`,
  warningsHelp: 'คลิกคำเตือนเพื่อไปที่เซลล์นั้น',
  warningsNone: 'ไม่มีคำเตือน',
  showMore: (more: number, left: number) => `แสดงเพิ่มอีก${NB}${n(more)}${NB}รายการ (ยังไม่แสดง${NB}${n(left)})`,

  correctionsHeading: 'แก้ไขการอ่านตัวชี้วัด',
  correctionsHelp: 'ถ้าการคำนวณอ่านชนิดของตัวชี้วัดผิด เลือกใหม่ที่นี่ แล้วบันทึกและคำนวณอีกครั้ง',
  correctionsEmpty: 'คำนวณก่อน แล้วรายการตัวชี้วัดจะปรากฏที่นี่',
  measureLabel: 'วิธีนับ',
  directionLabel: 'ทิศทาง',
  asDetected: (word: string) => `ตามที่อ่านได้ (${word})`,
  measure: {
    count: 'นับรวม (ผลรวมรายไตรมาส)',
    cumulative: 'สะสมจากฐาน',
    level: 'ระดับความสำเร็จ',
    rate: 'อัตรา/ร้อยละ (ค่าล่าสุด)',
  } satisfies Record<Measure, string>,
  direction: { higher: 'ยิ่งมากยิ่งดี', lower: 'ยิ่งน้อยยิ่งดี' } satisfies Record<Direction, string>,

  settingsHeading: 'การตั้งค่า',
  /** While a panel's code arrives (the spinner's name). */
  loadingPanel: 'กำลังเปิด…',
  digitsLabel: 'ตัวเลขที่เขียนลงตาราง',
  digits: { auto: 'ตามตาราง', thai: 'เลขไทย (๑๒๓)', arabic: 'เลขอารบิก (123)' } satisfies Record<'auto' | DigitStyle, string>,
  toleranceLabel: 'ช่วงที่ถือว่า “เป็นไปตามแผน” (± หน่วยของตัวชี้วัด / จุดร้อยละของงบประมาณ)',
  cabinetLabel: 'เป้าหมายการเบิกจ่ายสะสมตามมติ ครม. (ร้อยละ ณ สิ้นไตรมาส)',
  cabinetQuarter: (q: number) => `ไตรมาส${NB}${n(q)}`,
  straightLineLabel: 'ตัวชี้วัดที่มีเฉพาะค่าเป้าหมายทั้งปี: ประเมินสถานะเทียบกับแผนแบบเส้นตรง (เป้าหมาย × ไตรมาส ÷ ๔)',
  fontLabel: 'แบบอักษรของแผ่นสรุปผล',
  save: 'บันทึกการตั้งค่า',
  saved: 'บันทึกการตั้งค่าไว้ในสมุดงานแล้ว (มีผลเมื่อคำนวณครั้งถัดไป)',
  unsaved: 'มีการเปลี่ยนแปลงที่ยังไม่บันทึก',
  numberInvalid: 'ใส่ตัวเลข หรือเว้นว่าง',

  errorTitle: {
    recalc: 'คำนวณไม่สำเร็จ',
    summarize: 'สร้างสรุปผลไม่สำเร็จ',
    undo: 'ย้อนกลับไม่สำเร็จ',
    settings: 'อ่านหรือบันทึกการตั้งค่าไม่สำเร็จ',
    select: 'ไปที่เซลล์ไม่ได้',
  },
  errorHint: {
    cellEdit: 'มีเซลล์ที่กำลังแก้ไขอยู่: กด Enter หรือ Esc ในแผ่นงาน แล้วลองอีกครั้ง',
    protected: 'แผ่นงานถูกป้องกันหรือสมุดงานเปิดแบบอ่านอย่างเดียว: ยกเลิกการป้องกันแผ่นงาน (รีวิว › ยกเลิกการป้องกันแผ่นงาน) หรือบันทึกเป็นสำเนา แล้วลองอีกครั้ง',
    notFound: 'ไม่พบแผ่นงานหรือเซลล์นั้น อาจถูกลบหรือเปลี่ยนชื่อ: คำนวณอีกครั้ง',
    tooLarge: 'ข้อมูลมากเกินกว่าที่ Excel บนเว็บรับได้ในครั้งเดียว: ลองใน Excel บนเดสก์ท็อป',
    busy: 'Excel กำลังทำงานอื่นอยู่: รอสักครู่แล้วลองอีกครั้ง',
    unsupported: 'Excel รุ่นนี้ไม่รองรับคำสั่งที่ต้องใช้: อัปเดต Office หรือใช้ Excel บนเว็บ',
    nothingToUndo: 'ไม่มีการคำนวณที่ย้อนกลับได้ในสมุดงานนี้',
    generic: 'ไม่มีการเปลี่ยนแปลงที่ค้างครึ่งทาง: ลองอีกครั้ง ถ้ายังไม่ได้ ให้บันทึกสมุดงาน ปิดแล้วเปิดใหม่',
  },
  dismiss: 'ปิด',
  details: 'รายละเอียด',

  outcome: {
    recalcTitle: 'คำนวณความก้าวหน้าเสร็จแล้ว',
    summaryTitle: 'สร้างสรุปผลเสร็จแล้ว',
    counts: (count: number, behind: number, budgetBehind: number) =>
      `${n(count)}${NB}ตัวชี้วัด: ต่ำกว่าแผน${NB}${n(behind)} · งบประมาณต่ำกว่าแผน${NB}${n(budgetBehind)}${NB}รายการ`,
    behindLine: (name: string, where: string) => `ต่ำกว่าแผน: ${name} (${where})`,
    more: (count: number) => `และอีก${NB}${n(count)}${NB}รายการ: ดูในแผงติดตามผล`,
    warnings: (count: number) => `คำเตือน${NB}${n(count)}${NB}รายการ: เปิดแผงติดตามผลเพื่อดูเซลล์`,
    noTables: 'ไม่พบตารางตัวชี้วัดหรือตารางงบประมาณในสมุดงานนี้',
  },

  gridHeading: (sheet: string) => `แผ่นงาน: ${sheet}`,
  gridLegendBehind: 'สีแดง = ต่ำกว่าแผน (ระบายโดยการคำนวณ) · กรอบสีเขียว = รายการที่เลือก',
  gridSheets: 'แผ่นงานในสมุดงานตัวอย่าง',
};

export type Strings = typeof th;
