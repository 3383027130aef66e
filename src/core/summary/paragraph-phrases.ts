/**
 * The clauses of an indicator's paragraph, in the order the seed writes them (its indicator 3 is the model):
 * opening, target, the quarter's result, the running total, the percent, the status and its notes. Figures come
 * formatted; a user's text (names, notes) is quoted as typed. Part of phrases.ts, which re-exports them.
 */
import type { Status } from '../types';

/** 'ตัวชี้วัดที่ 3 ' + the indicator's name (user text, as typed). */
export function indicatorOpening(n: string, name: string): string {
  return `ตัวชี้วัดที่ ${n} ${name}`;
}

/** After the name of an indicator told already from another table: ' (ตัวชี้วัดเดียวกับตัวชี้วัดที่ 1 ของ<table> ข้างต้น)'. */
export function sameAsClause(n: string, table: string | null): string {
  return ` (ตัวชี้วัดเดียวกับตัวชี้วัดที่ ${n}${table ? ` ของ${table}` : ''} ข้างต้น)`;
}

/** ' เป้าหมาย 140 กิจการ' / ' เป้าหมาย ระดับ 4'; where fewer is better, a ceiling: ' เป้าหมาย ไม่เกิน 12 เรื่อง'. */
export function targetClause(target: string, atMost = false): string {
  return atMost ? ` เป้าหมาย ไม่เกิน ${target}` : ` เป้าหมาย ${target}`;
}

/** Cumulative measure: ' (ปีนี้ 200 คน จากฐาน 1,400 คน)'. */
export function yearTargetClause(yearTarget: string, base: string | null): string {
  return base === null ? ` (เป้าหมายปีนี้ ${yearTarget})` : ` (เป้าหมายปีนี้ ${yearTarget} จากฐาน ${base})`;
}

/** ' ผลการดำเนินงาน ไตรมาส 2 (เดือนมกราคม - มีนาคม 2566)' */
export function quarterClause(q: string, months: string | null): string {
  return months === null ? ` ผลการดำเนินงาน ไตรมาส ${q}` : ` ผลการดำเนินงาน ไตรมาส ${q} ${months}`;
}

/** Count and cumulative: what the quarter added. */
export function addedClause(amount: string): string {
  return ` เพิ่มขึ้น ${amount}`;
}

/** First quarter: what it achieved. */
/**
 * Where the tables have no periods (one result to date): ' ผลการดำเนินงาน ณ วันที่ 31 มีนาคม 2568', or without an
 * as-of date ' ผลการดำเนินงานสะสม' — no quarter, no increase in one.
 */
export function toDateClause(date: string | null): string {
  return date === null ? ' ผลการดำเนินงานสะสม' : ` ผลการดำเนินงาน ณ วันที่ ${date}`;
}

export function amountClause(amount: string): string {
  return ` จำนวน ${amount}`;
}

/** The quarter reported nothing. */
export const NOTHING_ADDED = ' ยังไม่มีผลการดำเนินงานเพิ่มเติม';

/** Level and rate: the value reached. */
export function reachedClause(value: string): string {
  return ` อยู่ที่ ${value}`;
}

/** ' รวมผลการดำเนินงานรอบ 6 เดือน (1 ตุลาคม 2565 - 31 มีนาคม 2566) จำนวน 113 กิจการ' */
export function runningTotalClause(round: string, days: string | null, total: string): string {
  return days === null
    ? ` รวมผลการดำเนินงาน${round} จำนวน ${total}`
    : ` รวมผลการดำเนินงาน${round} ${days} จำนวน ${total}`;
}

/** Cumulative measure: ' ยอดรวมสะสม 1,470 คน' */
export function cumulativeClause(total: string): string {
  return ` ยอดรวมสะสม ${total}`;
}

/** ' คิดเป็นร้อยละ 80.71 ของเป้าหมายการดำเนินงาน' (cumulative: of this year's target). */
/** A level past its target: ' (เป้าหมายระดับ 1)'. */
export function levelTargetClause(target: string): string {
  return ` (เป้าหมายระดับ ${target})`;
}

export function percentClause(percent: string, ofYear: boolean): string {
  return ofYear
    ? ` คิดเป็นร้อยละ ${percent} ของเป้าหมายปีนี้`
    : ` คิดเป็นร้อยละ ${percent} ของเป้าหมายการดำเนินงาน`;
}

/** The status sentence that closes the figures. `plan`: the plan due by the quarter, formatted. */
export function statusClause(s: Status, plan: string | null): string {
  switch (s) {
    case 'ahead':
      return plan === null ? ' ผลการดำเนินงานก้าวหน้ากว่าแผน' : ` ผลการดำเนินงานก้าวหน้ากว่าแผน (${plan})`;
    case 'on-plan':
      return ' ผลการดำเนินงานเป็นไปตามแผน';
    case 'behind':
      return plan === null ? ' ผลการดำเนินงานต่ำกว่าแผน' : ` ผลการดำเนินงานต่ำกว่าแผน (${plan})`;
    case 'no-data':
      return plan === null
        ? ' ยังไม่มีการรายงานผลการดำเนินงาน'
        : ` ยังไม่มีการรายงานผลการดำเนินงาน (${plan})`;
    case 'not-due':
      return ' ยังไม่ถึงกำหนดประเมินผล';
  }
}

/** Count: the plan added up to the quarter, 'แผนสะสม 12 กิจการ'. */
export function cumulativePlan(amount: string): string {
  return `แผนสะสม ${amount}`;
}

/** Level and rate: the plan at the quarter, 'แผน ระดับ 2'. */
export function planAt(amount: string): string {
  return `แผน ${amount}`;
}

/** Not-due: when the plan falls due. */
export function dueClause(q: string | null): string {
  return q === null ? ' ไม่มีแผนที่ครบกำหนดในปีงบประมาณนี้' : ` โดยกำหนดรายงานผลในไตรมาส ${q}`;
}

/** Not-due because reporting was deferred after the plan fell due. */
export const DEFERRED = ' เนื่องจากมีการขอเลื่อนการรายงานผล';

/** Behind (or deferred): the note typed in the result cell, quoted as typed. */
export function noteClause(note: string): string {
  return ` ทั้งนี้ ผู้รับผิดชอบรายงานว่า “${note}”`;
}

/** Not-due with a note (reporting deferred by the committee, and the like). */
export function remarkClause(note: string): string {
  return ` (หมายเหตุ: ${note})`;
}

