/** The summary sheet's name: for the round, valid in Excel, clear of the user's sheets. */
import type { DigitStyle, Quarter } from '../types';
import * as P from './phrases';

export const INVALID_IN_SHEET_NAME = /[\\/?*[\]:]/g;

/**
 * 'สรุปผล ไตรมาส ๒ ปี ๒๕๖๖' (with no round, q null: 'สรุปผล ณ ๓๑ มีนาคม ๒๕๖๘' or 'สรุปผล ปี ๒๕๖๘'): Excel-valid,
 * ≤ 31 characters, not the name of a user's sheet.
 */
export function summarySheetName(
  q: Quarter | null,
  fy: number | null,
  digits: DigitStyle,
  taken: string[],
  date: { year: number; month: number; day: number } | null = null,
): string {
  const clean = (s: string) =>
    s.replace(INVALID_IN_SHEET_NAME, '').replace(/^'+|'+$/g, '').slice(0, 31).trim();
  const base = clean(P.digitsIn(P.sheetName(q, fy, date), digits));
  const used = new Set(taken.map((t) => t.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 1; n < 100; n++) {
    const suffix = n === 1 ? ` ${P.SHEET_NAME_OURS}` : ` ${P.SHEET_NAME_OURS.slice(0, -1)} ${n})`;
    const name = clean(base.slice(0, 31 - P.digitsIn(suffix, digits).length) + P.digitsIn(suffix, digits));
    if (!used.has(name.toLowerCase())) return name;
  }
  return base; // 100 user sheets of that name: let the adapter complain
}
