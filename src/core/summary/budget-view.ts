/** The budget as the summary tells it: the lines, the whole (the สรุปภาพรวม row, or the lines added up), and
 * cumulative planned and disbursed shares by quarter for the chart. */
import { convertMoney, type MoneyUnit } from '../money';
import { budgetStatus } from '../status';
import { percentOf, roundHalfAway } from '../thai-digits';
import type { BudgetResult, Report, Status } from '../types';

export interface BudgetView {
  /** The unit of money the summary gives amounts in: the (first) budget table's own, and its decimals. */
  unit: MoneyUnit;
  decimals: number;
  lines: BudgetResult[];
  total: BudgetResult | null;
  /** The whole budget: the สรุปภาพรวม row, or the lines added up when there is none. */
  whole: { allocated: number | null; disbursed: number | null; percent: number | null; plannedPercent: number | null; targetPercent: number | null; status: Status };
  behindLines: BudgetResult[];
  /** Cumulative planned and disbursed percent of the whole budget by quarter, for the chart. */
  plannedByQuarter: (number | null)[];
  disbursedByQuarter: (number | null)[];
}

/** `tolerance` is the user's on-plan band (Settings.tolerance): the whole is judged as the lines are in the sheet. */
export function budgetView(report: Report, cabinet: (number | null)[] | undefined, tolerance = 0): BudgetView | null {
  if (report.budget.length === 0) return null;
  const q = report.quarter;
  const unit: MoneyUnit = report.budget[0].unit ?? 'ล้านบาท';
  const decimals = report.budget[0].decimals ?? 4;
  // Lines of a table in another unit are told in the first table's, so that they add up.
  const inUnit = report.budget.map((l) => (l.unit === undefined || l.unit === unit ? l : convertLine(l, unit)));
  const lines = inUnit.filter((l) => !l.isTotal);
  const total = wholeBudgetRow(inUnit);
  let whole: BudgetView['whole'];
  let source: BudgetResult[];
  if (total) {
    whole = { ...total };
    source = [total];
  } else {
    const sum = (f: (l: BudgetResult) => number | null) => {
      const xs = lines.map(f).filter((x): x is number => x !== null);
      return xs.length ? roundHalfAway(xs.reduce((a, x) => a + x, 0), Math.max(decimals, 4)) : null;
    };
    const allocated = sum((l) => l.allocated);
    const disbursed = sum((l) => l.disbursed);
    // A line with no planned amount by q has no plan (not a plan of 0): no plan at all gives no planned share.
    const amounts = sum((l) => {
      const due = l.plannedAmount.slice(0, q).filter((x): x is number => x !== null);
      return due.length ? due.reduce((a, x) => a + x, 0) : null;
    });
    // Lines with a planned share (แผนร้อยละ) and no planned amount: the share of their allocation.
    const planned = amounts ?? sum((l) => (l.plannedPercent === null || l.allocated === null ? null : (l.allocated * l.plannedPercent) / 100));
    const percent = percentOf(disbursed, allocated);
    const plannedPercent = percentOf(planned, allocated);
    const status = budgetStatus(percent, plannedPercent, tolerance);
    whole = { allocated, disbursed, percent, plannedPercent, targetPercent: lines[0]?.targetPercent ?? null, status };
    source = lines;
  }
  const cabinetTarget = cabinet?.[q - 1];
  if (cabinetTarget !== undefined && cabinetTarget !== null) whole.targetPercent = cabinetTarget;
  const allocatedAll = whole.allocated;
  const byQuarter = (pick: (l: BudgetResult, i: number) => number | null, cumulative: boolean) =>
    [0, 1, 2, 3].map((i) => {
      if (allocatedAll === null || allocatedAll === 0) return null;
      let amount = 0;
      let any = false;
      for (const l of source) {
        for (let k = cumulative ? 0 : i; k <= i; k++) {
          const v = pick(l, k);
          if (v !== null) {
            amount += v;
            any = true;
          }
        }
      }
      return any ? percentOf(amount, allocatedAll) : null;
    });
  return {
    unit,
    decimals,
    lines,
    total,
    whole,
    behindLines: lines.filter((l) => l.status === 'behind'),
    plannedByQuarter: byQuarter((l, k) => l.plannedAmount[k] ?? null, true),
    disbursedByQuarter: byQuarter((l, k) => (k <= q - 1 ? (l.disbursedByQuarter[k] ?? null) : null), false),
  };
}

/**
 * The total row that is the whole budget: the one row summing every line of its table (รวมทั้งสิ้น under the groups'
 * รวม rows, never a group's รวม), when it is the only such row and every line is on its sheet; else none, and the
 * whole is the lines added up (two tables, or a table whose total rows each close a group).
 */
export function wholeBudgetRow<T extends BudgetResult>(budget: readonly T[]): T | null {
  const wholes = budget.filter((l) => l.isTotal && l.whole !== false);
  if (wholes.length !== 1) return null;
  return budget.every((l) => l.sheet === wholes[0].sheet) ? wholes[0] : null;
}

function convertLine(l: BudgetResult, to: MoneyUnit): BudgetResult {
  const from = l.unit!;
  const c = (x: number | null) => (x === null ? null : convertMoney(x, from, to));
  return {
    ...l,
    unit: to,
    allocated: c(l.allocated),
    disbursed: c(l.disbursed),
    plannedAmount: l.plannedAmount.map(c),
    disbursedByQuarter: l.disbursedByQuarter.map(c),
  };
}
