/**
 * The unit of money a budget table states ("หน่วย : บาท", "(ล้านบาท)", "พันบาท" in its title or headers) and the
 * decimals it keeps: its amounts are read, computed and reported in that unit (DOMAIN.md, "Units of money").
 */
import type { DetectedTable } from './detect-tables';
import { cellFormat, cellValue, shownValue } from './grid';
import { normalizeLabel } from './header-labels';

export type MoneyUnit = 'บาท' | 'พันบาท' | 'ล้านบาท';

export interface Money {
  unit: MoneyUnit;
  /** False when the table states no unit and it was told from the amounts' size. */
  stated: boolean;
  /** Decimals of the table's amounts: its number format's, else 2 for baht and 4 for million baht. */
  decimals: number;
}

/** Baht in one of each unit. */
export const BAHT_IN: Record<MoneyUnit, number> = { บาท: 1, พันบาท: 1_000, ล้านบาท: 1_000_000 };

/** Rows above a table's header searched for its title ('หน่วย : บาท' often sits at the right of the title row). */
const TITLE_ROWS = 4;

/** The unit a text states: the longest word first ('ล้านบาท' holds 'บาท'). */
export function unitIn(text: string): MoneyUnit | null {
  const s = normalizeLabel(text);
  if (s.includes('ล้านบาท')) return 'ล้านบาท';
  if (s.includes('พันบาท')) return 'พันบาท';
  if (/บาท/.test(s)) return 'บาท';
  return null;
}

export function tableMoney(table: DetectedTable): Money {
  const { sheet } = table;
  let unit: MoneyUnit | null = null;
  // The allocation's own header first, then the header's other cells, then the title rows above it.
  const allocation = table.columns.allocation;
  for (let r = table.headerTop; r <= table.headerBottom && unit === null && allocation !== undefined; r++) {
    const v = shownValue(sheet, r, allocation);
    if (typeof v === 'string') unit = unitIn(v);
  }
  const from = Math.max(0, table.headerTop - TITLE_ROWS);
  for (let r = table.headerBottom; r >= from && unit === null; r--) {
    const row = sheet.values[r] ?? [];
    for (let c = 0; c < row.length && unit === null; c++) {
      const v = row[c];
      if (typeof v === 'string' && v.length <= 200) unit = unitIn(v);
    }
  }
  const amounts = allocationAmounts(table);
  const stated = unit !== null;
  // Unstated: an allocation in the millions is in baht (a million million baht is no office's line).
  unit ??= Math.max(0, ...amounts.map(Math.abs)) >= 100_000 ? 'บาท' : 'ล้านบาท';
  return { unit, stated, decimals: formatDecimals(table) ?? (unit === 'ล้านบาท' ? 4 : 2) };
}

function allocationAmounts(table: DetectedTable): number[] {
  const col = table.columns.allocation;
  const out: number[] = [];
  if (col === undefined) return out;
  for (let r = table.firstRow; r <= Math.min(table.lastRow, table.firstRow + 200); r++) {
    const v = cellValue(table.sheet, r, col);
    if (typeof v === 'number' && Number.isFinite(v)) out.push(v);
  }
  return out;
}

/** The decimals of the allocation column's number format ('#,##0.00' → 2), when it has one. */
function formatDecimals(table: DetectedTable): number | null {
  const col = table.columns.allocation;
  if (col === undefined) return null;
  for (let r = table.firstRow; r <= Math.min(table.lastRow, table.firstRow + 50); r++) {
    const f = cellFormat(table.sheet, r, col);
    if (f && typeof cellValue(table.sheet, r, col) === 'number') {
      const m = /0\.(0+)(?![0-9#])/.exec(f.replace(/"[^"]*"|\[[^\]]*\]/g, ''));
      return m ? Math.min(m[1].length, 4) : /[0#]/.test(f) ? 0 : null;
    }
  }
  return null;
}

/** An amount in `from` as written in `to`. */
export function convertMoney(amount: number, from: MoneyUnit, to: MoneyUnit): number {
  return from === to ? amount : (amount * BAHT_IN[from]) / BAHT_IN[to];
}
