/** The fiscal year a workbook is about, and the words of dates in its titles and headers. */
import type { Grid } from './grid';
import { BE_OFFSET, isQuarter } from './fiscal';
import { quarterOf, normalizeLabel } from './header-labels';
import { toArabicDigits } from './thai-digits';
import type { Quarter } from './types';

const THAI_MONTHS: [RegExp, number][] = [
  [/^ม\.?ค|^มกรา/, 1],
  [/^ก\.?พ|^กุมภา/, 2],
  [/^มี\.?ค|^มีนา/, 3],
  [/^เม\.?ย|^เมษา/, 4],
  [/^พ\.?ค|^พฤษภา/, 5],
  [/^มิ\.?ย|^มิถุนา/, 6],
  [/^ก\.?ค|^กรกฎา/, 7],
  [/^ส\.?ค|^สิงหา/, 8],
  [/^ก\.?ย|^กันยา/, 9],
  [/^ต\.?ค|^ตุลา/, 10],
  [/^พ\.?ย|^พฤศจิกา/, 11],
  [/^ธ\.?ค|^ธันวา/, 12],
];

export function monthOf(word: string): number | null {
  for (const [re, m] of THAI_MONTHS) if (re.test(word)) return m;
  return null;
}

export function fullYear(y: number): number {
  if (y >= 2400) return y;
  if (y >= 1900 && y < 2400) return y + BE_OFFSET;
  return 2500 + y; // '๖๕' in a Thai header is 2565
}

/** Fiscal year from titles and headers: 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๖', '(ปี ๒๕๖๖)', 'ไตรมาสที่ ๑ ต.ค.-ธ.ค. ๒๕๖๕'. */
export function detectFiscalYear(grid: Grid): number | null {
  const votes = new Map<number, number>();
  for (const sheet of grid.sheets) {
    const rows = Math.min(sheet.values.length, 400);
    for (let r = 0; r < rows; r++) {
      for (const v of sheet.values[r] ?? []) if (typeof v === 'string') fiscalYearVotes(v, votes);
    }
  }
  return bestYear(votes);
}

/** The years a text names, added to `votes` with their weight: 3 for 'ปีงบประมาณ N', 2 for '(ปี N)', 1 for a quarter's. */
export function fiscalYearVotes(v: string, votes: Map<number, number>): void {
  if (v.length > 200) return;
  const vote = (fy: number, weight: number) => votes.set(fy, (votes.get(fy) ?? 0) + weight);
  const s = toArabicDigits(v).replace(/\s+/g, ' ');
  const explicit = /ปีงบประมาณ\s*(?:พ\.\s*ศ\.)?\s*(\d{4})/.exec(s);
  if (explicit) vote(fullYear(Number(explicit[1])), 3);
  const plain = /\(ปี\s*(?:พ\.\s*ศ\.)?\s*(\d{4})\)/.exec(s);
  if (plain) vote(fullYear(Number(plain[1])), 2);
  const q = quarterOf(normalizeLabel(s));
  const y = /(\d{4})\s*$/.exec(s);
  if (q && y && s.length < 60) vote(q === 1 ? fullYear(Number(y[1])) + 1 : fullYear(Number(y[1])), 1);
}

/** The year with most votes; the later on a tie. */
export function bestYear(votes: Map<number, number>): number | null {
  let best: number | null = null;
  for (const [fy, n] of votes) if (best === null || n > votes.get(best)! || (n === votes.get(best)! && fy > best)) best = fy;
  return best;
}

export function latestQuarter(quarters: Iterable<number>): Quarter | null {
  let best = 0;
  for (const q of quarters) if (q > best) best = q;
  return isQuarter(best) ? best : null;
}
