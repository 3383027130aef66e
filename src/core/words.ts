/** Every Thai word the product writes into a workbook: status words, round names, narrative phrases. */
import type { Quarter, Status } from './types';

export const STATUS_WORDS: Record<Status, string> = {
  ahead: 'ก้าวหน้ากว่าแผน',
  'on-plan': 'เป็นไปตามแผน',
  behind: 'ต่ำกว่าแผน',
  'not-due': 'ยังไม่ถึงกำหนด',
  'no-data': 'ยังไม่รายงานผล',
};

/** The status words in English, for a reader of the English pane and command line. */
export const STATUS_WORDS_EN: Record<Status, string> = {
  ahead: 'ahead of plan',
  'on-plan': 'on plan',
  behind: 'behind plan',
  'not-due': 'not due yet',
  'no-data': 'no result reported',
};

/** Words staff write by hand, mapped to a status; typos seen in real reports included. */
export const HANDWRITTEN_STATUS: [RegExp, Status][] = [
  [/ก้าวหน้ากว่า(?:กว่า)?แผน|สูงกว่า(?:กว่า)?แผน|เกินแผน/, 'ahead'],
  [/ต่ำกว่า(?:กว่า)?แผน|ล่าช้ากว่าแผน|ช้ากว่าแผน/, 'behind'],
  [/เป็นไปตามแผน|ตามแผน/, 'on-plan'],
  [/ยังไม่ถึงกำหนด/, 'not-due'],
  [/ยังไม่รายงานผล|ไม่มีผล/, 'no-data'],
];

/** 'รอบ ๖ เดือน' (digits converted by the caller). */
export function roundName(q: Quarter): string {
  return `รอบ ${q * 3} เดือน`;
}

export function quarterName(q: Quarter): string {
  return `ไตรมาส ${q}`;
}

export const FLAG_FILL = 'FFC7CE'; // Excel's light red "Bad" fill: behind-plan rows
