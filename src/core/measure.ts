/** Which kind of measure an indicator is, and which way is better, read from its words and figures. */
import type { ParsedCell } from './cell-grammar';
import { toArabicDigits } from './thai-digits';
import type { Direction, Measure } from './types';

export const UNIT_WORDS = [
  'กิจการ',
  'คน',
  'ครั้ง',
  'ช่องทาง',
  'ราย',
  'เรื่อง',
  'ระบบ',
  'แห่ง',
  'หน่วยงาน',
  'โครงการ',
  'ฉบับ',
  'ชิ้น',
  'กลุ่ม',
  'เครือข่าย',
  'หลักสูตร',
  'ตำบล',
  'หมู่บ้าน',
  'ครัวเรือน',
  'องค์กร',
  'บริษัท',
  'ผลิตภัณฑ์',
  'วัน',
  'ชั่วโมง',
  'บาท',
  'ล้านบาท',
  'ระดับ',
  'ร้อยละ',
];

const UNIT_ALT = UNIT_WORDS.slice().sort((a, b) => b.length - a.length).join('|');
const BRACKETED_UNIT = new RegExp(`\\((${UNIT_ALT})\\)`);
// '๕๐,๐๐๐ คน', not the list number of '๓. รายงาน…': a unit word standing alone after a figure.
const UNIT_AFTER_NUMBER = new RegExp(`[0-9][0-9,]*(?:\\.[0-9]+)?\\s*(${UNIT_ALT})(?=$|[\\s)(,])`, 'g');

/** The unit of an indicator: a unit column, else '(กิจการ)' in its name, else the last unit word after a number. */
export function unitOf(name: string, unitCell: string | null): string | null {
  if (unitCell && unitCell.trim()) return unitCell.trim();
  const s = normalizeWords(name);
  const bracketed = BRACKETED_UNIT.exec(s);
  if (bracketed) return bracketed[1];
  // The last unit word after a number, preferring one that is not the base's ('จากฐาน ๒๑๔ กิจการ').
  let stated: string | null = null;
  let any: string | null = null;
  UNIT_AFTER_NUMBER.lastIndex = 0;
  for (let m = UNIT_AFTER_NUMBER.exec(s); m; m = UNIT_AFTER_NUMBER.exec(s)) {
    any = m[1];
    if (!/ฐาน\s*$/.test(s.slice(0, m.index))) stated = m[1];
  }
  if (stated) return stated;
  if (/ระดับ(?:ความสำเร็จ)?/.test(s)) return 'ระดับ';
  if (any) return any;
  if (/ร้อยละ/.test(s)) return 'ร้อยละ';
  return null;
}

/** Arabic digits and 'ร้อย ละ' (split by a line wrap) joined, for matching words. */
export function normalizeWords(text: string): string {
  if (text === lastWords.text) return lastWords.normal; // unit, measure and direction read the same name in turn
  const normal = toArabicDigits(text).replace(/ร้อย\s+ละ/g, 'ร้อยละ');
  lastWords = { text, normal };
  return normal;
}
let lastWords = { text: '', normal: '' };

export interface MeasureClues {
  name: string;
  unit: string | null;
  target: ParsedCell;
  plans: ParsedCell[];
}

export function detectMeasure({ name, unit, target, plans }: MeasureClues): Measure {
  const s = normalizeWords(name);
  const levels = [target, ...plans].some((p) => p.kind === 'level');
  if (levels || unit === 'ระดับ' || /^ระดับ|ระดับความสำเร็จ/.test(s)) return 'level';
  if (isRate(s, unit, target)) return 'rate';
  if (/\(สะสม\)|สะสม\)/.test(s) || target.perYear || /[0-9]\s*\/\s*ปี/.test(s)) return 'cumulative';
  return 'count';
}

/** A rate: unit ร้อยละ, '(ร้อยละ)', or 'ร้อยละ N' where the plan is N itself (not N % of a base counted in units). */
function isRate(s: string, unit: string | null, target: ParsedCell): boolean {
  if (/\(ร้อยละ\)|ความพึงพอใจ|อัตรา/.test(s)) return unit === null || unit === 'ร้อยละ';
  const bracketUnit = BRACKETED_UNIT.exec(s);
  if (bracketUnit && bracketUnit[1] !== 'ร้อยละ') return false;
  const stated = /ร้อยละ\s*([0-9][0-9,.]*)/.exec(s);
  if (stated && target.value !== null) return Number(stated[1].replace(/,/g, '')) === target.value;
  return unit === 'ร้อยละ';
}

export function detectDirection(name: string): Direction {
  return /ไม่เกิน|ลดลง|ลดจำนวน|ไม่มากกว่า|ร้องเรียน|ค่าใช้จ่ายต่อ|อัตราการสูญเสีย|ความผิดพลาด|ข้อผิดพลาด|ระยะเวลา(?:เฉลี่ย)?ในการ|ไม่สูงกว่า/.test(
    normalizeWords(name),
  )
    ? 'lower'
    : 'higher';
}

/** Base and this year's target of a cumulative indicator: 'N/ปี', 'จากฐาน N', or target minus this year's part. */
export function cumulativeParts(
  name: ParsedCell,
  target: ParsedCell,
): { base: number | null; yearTarget: number | null } {
  const yearTarget = target.perYear ? target.secondary : name.perYear ? name.secondary : null;
  let base = name.base ?? target.base;
  if (base === null && target.value !== null && yearTarget !== null) base = target.value - yearTarget;
  return { base, yearTarget: yearTarget ?? (target.value !== null && base !== null ? target.value - base : null) };
}
