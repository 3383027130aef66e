/** The budget as the summary tells it: the lines, the whole (the สรุปภาพรวม row, or the lines added up), and
 * cumulative planned and disbursed shares by quarter for the chart. */
import { budgetStatus } from '../status';
import { percentOf, roundHalfAway } from '../thai-digits';
import type { BudgetResult, Report, Status } from '../types';

export interface BudgetView {
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
  const lines = report.budget.filter((l) => !l.isTotal);
  const total = report.budget.find((l) => l.isTotal) ?? null;
  let whole: BudgetView['whole'];
  let source: BudgetResult[];
  if (total) {
    whole = { ...total };
    source = [total];
  } else {
    const sum = (f: (l: BudgetResult) => number | null) => {
      const xs = lines.map(f).filter((x): x is number => x !== null);
      return xs.length ? roundHalfAway(xs.reduce((a, x) => a + x, 0), 4) : null;
    };
    const allocated = sum((l) => l.allocated);
    const disbursed = sum((l) => l.disbursed);
    const planned = sum((l) => l.plannedAmount.slice(0, q).reduce<number>((a, x) => a + (x ?? 0), 0));
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
    lines,
    total,
    whole,
    behindLines: lines.filter((l) => l.status === 'behind'),
    plannedByQuarter: byQuarter((l, k) => l.plannedAmount[k] ?? null, true),
    disbursedByQuarter: byQuarter((l, k) => (k <= q - 1 ? (l.disbursedByQuarter[k] ?? null) : null), false),
  };
}
