/** The domain's nouns: what the engine reports and what it asks an adapter to write. */
import type { EditList } from './edit-list';
import type { MoneyUnit } from './money';
import type { WarningDetail } from './warning-messages';

export type Quarter = 1 | 2 | 3 | 4;
export type Measure = 'count' | 'cumulative' | 'level' | 'rate';
export type Direction = 'higher' | 'lower';
export type Status = 'ahead' | 'on-plan' | 'behind' | 'not-due' | 'no-data';
export type DigitStyle = 'thai' | 'arabic';

export type { WarningCode } from './warning-messages';

/**
 * A problem to show the user: where, and what (a code and its arguments). Its text, in Thai or English, is made where
 * it is read: `warningMessage` in warning-messages.ts, the catalogue of every code.
 */
export type Warning = { sheet: string; cell: string /* 'F13'; '' when about a whole sheet */ } & WarningDetail;

export interface IndicatorResult {
  sheet: string;
  row: number; // 1-based row where the indicator starts
  name: string;
  unit: string | null;
  measure: Measure;
  direction: Direction;
  target: number | null;
  plan: (number | null)[]; // per quarter, as typed (level: the level)
  result: (number | null)[]; // per quarter, as typed (cumulative: this quarter's addition)
  total: number | null; // result to date (cumulative: base + sum; level/rate: latest)
  percent: number | null; // two decimals, half away from zero
  status: (Status | null)[]; // per quarter up to the reporting quarter, null after
  overall: Status;
  flagged: boolean;
  /** Quarter in which the first plan falls due, or null when none. */
  dueQuarter: Quarter | null;
  /** Text typed in the result cells that is not a number (notes, explanations), for the summary. */
  notes: readonly string[];
  /**
   * Only an annual target, no plan per quarter: true when `plan` is the straight line (target × q ÷ 4; a level's
   * or a rate's target in Q4) that the status compares against, false when the line is switched off (no status
   * judged: the status cells are left alone), null when plans were typed.
   */
  straightLine?: boolean | null;
  /** Cumulative measure: the base the year starts from, and this year's target. */
  base?: number;
  yearTarget?: number;
  /** The group heading row above it in its table ('ยุทธศาสตร์ที่ ๑ …'), or null: the summary heads its groups with it. */
  group?: string | null;
  /**
   * What its table's ลำดับ / ที่ cell holds: a text as typed ('1.1', '๓'), a number as a number (3), or undefined with no
   * such column or an empty cell.
   */
  number?: string | number;
}

export interface BudgetResult {
  sheet: string;
  row: number; // 1-based
  name: string;
  isTotal: boolean; // the สรุปภาพรวม row
  /** A total row that sums every line of its table (รวมทั้งสิ้น, สรุปภาพรวม), not a group's รวม: the whole budget. */
  whole?: boolean;
  /** The unit of money the table states (บาท, พันบาท, ล้านบาท): the amounts below are in it. */
  unit?: MoneyUnit;
  /** The decimals the table writes its amounts with. */
  decimals?: number;
  allocated: number | null; // in `unit`
  disbursed: number | null; // cumulative at the end of the reporting quarter
  percent: number | null; // disbursed ÷ allocated × 100
  /** Committed (ก่อหนี้ผูกพัน, PO) and what is left of the allocation, where the table has those columns. */
  committed?: number | null;
  remaining?: number | null;
  plannedPercent: number | null; // cumulative planned share through the reporting quarter
  targetPercent: number | null; // cumulative government target share (sum of เป้าร้อยละ)
  status: Status;
  flagged: boolean;
  /** Per quarter: planned amount, cumulative disbursed (null where not reported). */
  plannedAmount: (number | null)[];
  disbursedByQuarter: (number | null)[];
}

/** What was found of a table's shape (DOMAIN.md, "The tables"). */
export interface TableInfo {
  sheet: string;
  kind: 'indicator' | 'budget';
  /** The period axis: quarters, months, rounds (รอบ ๖ / ๑๒ เดือน), or none (one result to date). */
  periods: 'quarter' | 'month' | 'half' | 'none';
  /** One row per indicator, or a แผน row and a ผล row. */
  rows: 'single' | 'pairs';
  /** A budget table's unit of money ('บาท', 'ล้านบาท'): as stated, or told from its amounts' size; null for indicators. */
  unit: string | null;
  range: string; // 'A3:J40'
  indicators: number;
  budgetLines: number;
  digits: DigitStyle;
  /** The table's own title (the text above its header), or null: the summary heads the table's group with it. */
  title?: string | null;
}

/** A table-like header that was not read, or a table left alone, and why. */
export interface SkippedTable {
  sheet: string;
  range: string; // the header's cells, 'B3:K4'
  /** no-name / no-result: a role it lacks; not-progress: not a progress table (detail: 'scoring', 'staff-list');
   *  unsure: its figures agree with no reading of its columns (cells: the typed figures that disagree). */
  reason: 'no-name' | 'no-result' | 'not-progress' | 'unsure' | 'other-year';
  detail?: string;
  /** The header cells recognised ('B3 ตัวชี้วัด'), or for 'unsure' the cells that disagree. */
  cells: string[];
  /** other-year: the table's own fiscal year (BE). */
  fiscalYear?: number;
}

export interface Report {
  fiscalYear: number | null; // BE
  quarter: Quarter;
  /** Where the quarter came from: the user's pick, an as-of date in a table ('ข้อมูล ณ วันที่ …'), the latest result. */
  quarterSource?: 'user' | 'as-of' | 'results';
  /** The as-of date that named the quarter, as typed, and where. */
  asOf?: { sheet: string; cell: string; text: string; date: { year: number; month: number; day: number } | null } | null;
  digits: DigitStyle; // the workbook's: Thai when its tables type Thai digits
  tables: TableInfo[];
  /** Tables not read or left alone, with why. */
  skipped: SkippedTable[];
  indicators: IndicatorResult[];
  budget: BudgetResult[];
  warnings: Warning[];
  /**
   * Whether statuses of indicators with only an annual target were judged against the straight line: true (on),
   * false (switched off: no status), null when every indicator had plans per quarter.
   */
  straightLine?: boolean | null;
}

export type EditReason = 'total' | 'percent' | 'status' | 'status-word' | 'budget' | 'flag';

/** One change to one output cell. The engine plans them in an EditList (edit-list.ts). */
export interface Edit {
  sheet: string;
  row: number; // 0-based
  col: number; // 0-based
  reason: EditReason;
  /** New value; absent when only the format or fill changes. Strings are always written as text. */
  value?: string | number;
  numberFormat?: string;
  /** 'RRGGBB' to fill, null to clear the flag fill, absent to leave the fill. */
  fill?: string | null;
  // What the cell held is not repeated here: it is in the grid the edits were planned on (at 100,000 rows, an
  // object per edit kept alive for the length of a recalculation cost more time than the computing).
}

export interface IndicatorOverride {
  measure?: Measure;
  direction?: Direction;
}

/** What the user can set; saved with the workbook. */
export interface Settings {
  /** Keyed by `${sheet}!${row}` with the 1-based row of the indicator. */
  overrides: Record<string, IndicatorOverride>;
  digits: 'auto' | DigitStyle;
  /** On-plan band, in the indicator's own units (count) or percentage points (budget). Default 0: exact. */
  tolerance: number;
  /** Cabinet's cumulative disbursement targets by the end of each quarter (percent of the whole budget). */
  cabinetTargets: (number | null)[];
  font: string;
  /** With only an annual target, judge the status against a straight-line plan (DOMAIN.md); off: no status. */
  straightLine: boolean;
}

export interface EngineOptions {
  quarter?: Quarter;
  fiscalYear?: number;
  settings?: Partial<Settings>;
}

export interface EngineResult {
  report: Report;
  edits: EditList;
}

export const DEFAULT_SETTINGS: Settings = {
  overrides: {},
  digits: 'auto',
  tolerance: 0,
  cabinetTargets: [null, null, null, null],
  font: 'TH SarabunPSK',
  straightLine: true,
};
