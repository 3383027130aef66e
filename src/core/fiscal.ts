/** The Thai fiscal calendar: FY N (BE) runs 1 October N-1 to 30 September N; quarters Q1 ต.ค.–ธ.ค. … Q4 ก.ค.–ก.ย. */
import type { Quarter } from './types';

export const BE_OFFSET = 543;

/** Months of each quarter, 1-based calendar months. */
export const QUARTER_MONTHS: Record<Quarter, [number, number, number]> = {
  1: [10, 11, 12],
  2: [1, 2, 3],
  3: [4, 5, 6],
  4: [7, 8, 9],
};

/** BE calendar year in which a month of fiscal year `fy` falls. */
export function calendarYearOf(fy: number, month: number): number {
  return month >= 10 ? fy - 1 : fy;
}

/** Fiscal year (BE) of a calendar date given as BE year and month. */
export function fiscalYearOf(beYear: number, month: number): number {
  return month >= 10 ? beYear + 1 : beYear;
}

export function isQuarter(n: number): n is Quarter {
  return n === 1 || n === 2 || n === 3 || n === 4;
}

/** Months covered from the start of the fiscal year to the end of quarter q: 3, 6, 9, 12. */
export function monthsThrough(q: Quarter): number {
  return q * 3;
}

/** First and last day of the round (from 1 October to the end of quarter q), as BE y/m/d. */
export function roundPeriod(fy: number, q: Quarter): { start: BeDate; end: BeDate } {
  const endMonth = QUARTER_MONTHS[q][2];
  const endYear = calendarYearOf(fy, endMonth);
  return {
    start: { year: fy - 1, month: 10, day: 1 },
    end: { year: endYear, month: endMonth, day: daysInMonth(endYear - BE_OFFSET, endMonth) },
  };
}

export interface BeDate {
  year: number; // BE
  month: number; // 1-12
  day: number;
}

/** Excel's serial day 1 is 1 January 1900 (CE); serials from 1 Jan 1990 to 31 Dec 2100 are taken for dates. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const SERIAL_MIN = 32_874;
const SERIAL_MAX = 73_415;

/** Whether a number is in the range of serials taken for dates (1990–2100). */
export function isDateSerial(n: number): boolean {
  return n >= SERIAL_MIN && n <= SERIAL_MAX;
}

/** The date an Excel serial stands for (its day; the time of day dropped), or null outside 1990–2100. */
export function serialDate(serial: number): BeDate | null {
  if (!isDateSerial(serial)) return null;
  const d = new Date(EXCEL_EPOCH_MS + Math.floor(serial) * 86_400_000);
  return { year: d.getUTCFullYear() + BE_OFFSET, month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function daysInMonth(ceYear: number, month: number): number {
  return new Date(Date.UTC(ceYear, month, 0)).getUTCDate();
}

const monthLong = new Intl.DateTimeFormat('th-TH', { month: 'long', timeZone: 'UTC' });
const monthShort = new Intl.DateTimeFormat('th-TH', { month: 'short', timeZone: 'UTC' });

/** 'ตุลาคม' for 10. */
export function thaiMonthName(month: number): string {
  return (monthNames[month] ??= monthLong.format(new Date(Date.UTC(2000, month - 1, 1)))); // once each: Intl is slow
}
const monthNames: string[] = [];

/** 'ต.ค.' for 10. */
export function thaiMonthAbbrev(month: number): string {
  return (monthAbbrevs[month] ??= monthShort.format(new Date(Date.UTC(2000, month - 1, 1))));
}
const monthAbbrevs: string[] = [];
