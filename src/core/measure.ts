/** Which kind of measure an indicator is, and which way is better, read from its words and figures. */
import { targetDirection, toNumber, type ParsedCell, type TextFigures } from './cell-grammar';
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

const UNIT_SET = new Set(UNIT_WORDS);

/** A cell's words after its figure that only name a unit ('๓๐๐ ราย'): no note of the office's. */
export function isUnitWord(text: string): boolean {
  return UNIT_SET.has(text);
}

const UNIT_ALT = UNIT_WORDS.slice().sort((a, b) => b.length - a.length).join('|');
const BRACKETED_UNIT = new RegExp(`\\((${UNIT_ALT})\\)`);
/** A digit in either script: names are matched as typed, never copied into Arabic digits (100,000 names a click). */
const D = '[0-9๐-๙]';
// '๕๐,๐๐๐ คน', not the list number of '๓. รายงาน…': a unit word standing alone after a figure.
const UNIT_AFTER_NUMBER = new RegExp(`${D}[0-9๐-๙,]*(?:\\.${D}+)?\\s*(${UNIT_ALT})(?=$|[\\s)(,])`, 'g');
const BASE_BEFORE = /ฐาน\s*$/;
const PERCENT_WORD = /ร้อยละ/;
const SPLIT_PERCENT_WORD = /ร้อย\s+ละ/g;
/** A level scale: a name that starts with ระดับ, or ระดับความสำเร็จ; not ระดับน้ำตาล, ระดับชาติ inside a name. */
const LEVEL_NAME = /^ระดับ|ระดับความสำเร็จ/;
const CUMULATIVE_NAME = new RegExp(`\\(สะสม\\)|สะสม\\)|${D}\\s*/\\s*ปี`);
const RATE_NAME = /\(ร้อยละ\)|ความพึงพอใจ|อัตรา/;
/** An average (วันนอนเฉลี่ย, ค่าใช้จ่ายเฉลี่ย): never summed, when its plans are not summed to its target either. */
const AVERAGE_NAME = /เฉลี่ย/;
/** 'ต่อแสนประชากร', 'ต่อพันคน', 'ต่อการเกิดมีชีพพันคน': a rate per population, never summed. */
const PER_POPULATION = /ต่อ\s*(?:ประชากร\s*)?(?:แสน|พัน|หมื่น|ล้าน|ร้อย|1,?000|100,?000)|ต่อ[^\s]{0,20}(?:แสน|พัน)คน/;
/** The words of a per-population rate, as its unit: 'ต่อแสนประชากร'. */
const PER_POPULATION_UNIT = /ต่อ\s*[^\s()]*?(?:แสน|พัน|หมื่น|ล้าน)[^\s()]*/;
const STATED_PERCENT = new RegExp(`ร้อยละ\\s*(${D}[0-9๐-๙,.]*)`);
/**
 * Fewer is better: complaints (ร้องเรียน), but not complaints resolved (ร้องเรียนที่ได้รับการแก้ไข, …ยุติ, …ดำเนินการ),
 * unless they are the ones not yet resolved (ร้องเรียนที่ยังไม่ได้รับการแก้ไข, …ค้างดำเนินการ).
 */
const LOWER_IS_BETTER =
  /ไม่เกิน|ลดลง|ลดจำนวน|ไม่มากกว่า|ร้องเรียน(?!.*(?:แก้ไข|ยุติ|ดำเนินการ|ตอบสนอง|จัดการ))|ร้องเรียน.*(?:ไม่ได้|ยังไม่|ค้าง)|ค่าใช้จ่ายต่อ|อัตราการสูญเสีย|ความผิดพลาด|ข้อผิดพลาด|ระยะเวลา(?:เฉลี่ย)?ในการ|ไม่สูงกว่า/;

/**
 * The unit of an indicator: a unit column, else '(กิจการ)' in its name, else the last unit word after a number, else
 * the unit word typed after its target's figure ('๑,๒๐๐ ราย').
 */
export function unitOf(name: string, unitCell: string | null, target?: ParsedCell): string | null {
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
    if (!BASE_BEFORE.test(s.slice(0, m.index))) stated = m[1];
  }
  if (stated) return stated;
  if (LEVEL_NAME.test(s)) return 'ระดับ';
  if (any) return any;
  if (PERCENT_WORD.test(s)) return 'ร้อยละ';
  return target?.note && UNIT_SET.has(target.note) ? target.note : null;
}

/** 'ร้อย ละ' (split by a line wrap) joined, for matching words; digits stay as typed (the patterns take both). */
export function normalizeWords(text: string): string {
  // The unit, the measure and the direction of an indicator each ask in turn for its name: the last answer is kept.
  if (text === lastWordsIn) return lastWordsOut;
  SPLIT_PERCENT_WORD.lastIndex = 0;
  const out = SPLIT_PERCENT_WORD.test(text) ? text.replace(SPLIT_PERCENT_WORD, 'ร้อยละ') : text;
  lastWordsIn = text;
  lastWordsOut = out;
  return out;
}
let lastWordsIn = '';
let lastWordsOut = '';

export interface MeasureClues {
  name: string;
  unit: string | null;
  target: ParsedCell;
  plans: ParsedCell[];
}

export function detectMeasure({ name, unit, target, plans }: MeasureClues): Measure {
  const s = normalizeWords(name);
  let levels = target.kind === 'level';
  for (const p of plans) levels ||= p.kind === 'level';
  if (levels || unit === 'ระดับ' || LEVEL_NAME.test(s)) return 'level';
  if (AVERAGE_NAME.test(s) && plansNotSummed(target, plans)) return 'rate';
  if (isRate(s, unit, target) || PER_POPULATION.test(s) || (unit !== null && PER_POPULATION.test(unit))) return 'rate';
  if (target.perYear || CUMULATIVE_NAME.test(s)) return 'cumulative';
  return 'count';
}

/** A rate: unit ร้อยละ, '(ร้อยละ)', or 'ร้อยละ N' where the plan is N itself (not N % of a base counted in units). */
function isRate(s: string, unit: string | null, target: ParsedCell): boolean {
  if (RATE_NAME.test(s)) return unit === null || unit === 'ร้อยละ';
  const bracketUnit = BRACKETED_UNIT.exec(s);
  if (bracketUnit && bracketUnit[1] !== 'ร้อยละ') return false;
  const stated = STATED_PERCENT.exec(s);
  if (stated && target.value !== null) return toNumber(toArabicDigits(stated[1])) === target.value;
  return unit === 'ร้อยละ';
}

/**
 * Plans that do not add up to the target: two or more typed, the last one the target itself and their sum not
 * (๔ | ๔ | ๔ | ๔ days against a target of ๔ days).
 */
function plansNotSummed(target: ParsedCell, plans: ParsedCell[]): boolean {
  if (target.value === null) return false;
  let n = 0;
  let sum = 0;
  let last: number | null = null;
  for (const p of plans) {
    if (p.kind !== 'number') continue;
    n++;
    sum += p.value!;
    last = p.value;
  }
  return n >= 2 && last === target.value && sum !== target.value;
}

/** The unit of a rate with no unit column: per population as its name says, an average's own unit ('(วัน)'), else ร้อยละ. */
export function rateUnit(name: string, namedUnit: string | null): string {
  const perPopulation = perPopulationUnit(name);
  if (perPopulation) return perPopulation;
  return namedUnit !== null && namedUnit !== 'ระดับ' && AVERAGE_NAME.test(name) ? namedUnit : 'ร้อยละ';
}

/** The unit of a rate per population stated in its name ('ต่อแสนประชากร'), or null. */
export function perPopulationUnit(name: string): string | null {
  const m = PER_POPULATION.test(name) ? PER_POPULATION_UNIT.exec(name) : null;
  return m ? m[0] : null;
}

/**
 * Which way is better: as the target states it ('ไม่เกิน ๑๒ เรื่อง' lower, 'ไม่น้อยกว่า ๕' higher), else as the name
 * says, else, for a rate (`ratePlans`), lower where its plan falls quarter by quarter (๑๐ ๘ ๖ ๕: DOMAIN.md, "Direction").
 */
export function detectDirection(name: string, target?: ParsedCell, ratePlans?: readonly ParsedCell[]): Direction {
  const stated = target ? targetDirection(target) : null;
  if (stated) return stated;
  if (LOWER_IS_BETTER.test(normalizeWords(name))) return 'lower';
  return ratePlans && planFalls(ratePlans) ? 'lower' : 'higher';
}

/** Two or more plans typed, none above the one before and the last below the first. */
function planFalls(plans: readonly ParsedCell[]): boolean {
  let first: number | null = null;
  let last: number | null = null;
  for (const p of plans) {
    if (p.kind !== 'number') continue;
    if (last !== null && p.value! > last) return false;
    first ??= p.value;
    last = p.value;
  }
  return first !== null && last !== null && last < first;
}

/** Base and this year's target of a cumulative indicator: 'N/ปี', 'จากฐาน N', or target minus this year's part. */
export function cumulativeParts(
  name: TextFigures,
  target: ParsedCell,
): { base: number | null; yearTarget: number | null } {
  const yearTarget = target.perYear ? target.secondary : name.perYear ? name.secondary : null;
  let base = name.base ?? target.base;
  if (base === null && target.value !== null && yearTarget !== null) base = target.value - yearTarget;
  return { base, yearTarget: yearTarget ?? (target.value !== null && base !== null ? target.value - base : null) };
}
