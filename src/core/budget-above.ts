/**
 * What a budget table's total row is checked against: the lines it sums, added up as they come (a table of 100,000
 * lines keeps no line). A total row sums the lines since the total row before it (its group); a total row with no
 * line of its own under other totals (รวมทั้งสิ้น under each group's รวม) sums every line of the table, as an
 * indicator table's total rows do (total-rows.ts). A total row above every line (รวมทั้งสิ้น straight under the header)
 * sums every line below it: the engine makes it after them.
 */
import type { BudgetFigures } from './budget';
import { numberAt } from './budget-periods';
import type { DetectedTable } from './detect-tables';

/** Month roles whose figures add up on a total row: money by month (never percentages). */
export const SUMMED_MONTHS = ['plannedAmount', 'disbursed'] as const;
export type SummedMonthRole = (typeof SUMMED_MONTHS)[number];
/** Per role, the sum of the lines' cells of each month (index 0 = ต.ค.), null where no line states one. */
export type MonthSums = Partial<Record<SummedMonthRole, (number | null)[]>>;

/** Each column's sum of what is stated, in order, and how often each pattern of target shares occurs. */
export interface LinesAbove {
  count: number;
  allocated: number | null;
  plannedAmount: (number | null)[];
  disbursed: (number | null)[];
  /**
   * Each quarter's own disbursement (the rise in the lines' disbursed to date), summed: a total row's quarter cell
   * where the quarters are each their own. NaN where no line states one: plain numbers, not one boxed number a line.
   */
  ownDisbursed: Float64Array;
  /** The sum of the lines' disbursed to date (an annual table's total row is checked against it). */
  toDate: number | null;
  committed: number | null;
  shareCounts: Map<string, number>;
  /** The last line's target shares and their key: the lines of a table mostly share them, and the key is not made again. */
  lastShares: (number | null)[] | null;
  lastKey: string;
  /** A budget by month: the lines' month cells, summed (null for a table of quarters). */
  months: MonthSums | null;
}

export function noLinesAbove(): LinesAbove {
  return {
    count: 0,
    allocated: null,
    plannedAmount: [null, null, null, null],
    disbursed: [null, null, null, null],
    ownDisbursed: new Float64Array(4).fill(NaN),
    toDate: null,
    committed: null,
    shareCounts: new Map(),
    lastShares: null,
    lastKey: '',
    months: null,
  };
}

const add = (sum: number | null, v: number | null) => (v === null ? sum : (sum ?? 0) + v);

/** Adds one line (`row` of `table`) with its figures. */
/** A sum kept as NaN until something is added. */
const addOwn = (sum: number, v: number): number => (Number.isNaN(sum) ? v : sum + v);

export function addLineAbove(above: LinesAbove, fig: BudgetFigures, table: DetectedTable, row: number): void {
  above.count++;
  addMoney(above, fig.allocated, fig.disbursedToDate, fig.committed, fig.plannedAmount, fig.disbursed);
  let before = 0;
  for (let i = 0; i < 4; i++) {
    const d = fig.disbursed[i];
    if (d === null) continue;
    above.ownDisbursed[i] = addOwn(above.ownDisbursed[i], d - before);
    before = d;
  }
  const shares = fig.targetShare;
  const key = above.lastShares && sameShares(above.lastShares, shares) ? above.lastKey : shareKey(shares);
  above.lastShares = shares;
  above.lastKey = key;
  above.shareCounts.set(key, (above.shareCounts.get(key) ?? 0) + 1);
  if (table.months) addMonths((above.months ??= {}), table, row);
}

/** Adds amounts to the sums: one line's figures, or a group's sums. */
function addMoney(
  to: LinesAbove,
  allocated: number | null,
  toDate: number | null,
  committed: number | null,
  plannedAmount: readonly (number | null)[],
  disbursed: readonly (number | null)[],
): void {
  to.allocated = add(to.allocated, allocated);
  to.toDate = add(to.toDate, toDate);
  to.committed = add(to.committed, committed);
  for (let i = 0; i < 4; i++) {
    to.plannedAmount[i] = add(to.plannedAmount[i], plannedAmount[i]);
    to.disbursed[i] = add(to.disbursed[i], disbursed[i]);
  }
}

function addMonths(sums: MonthSums, table: DetectedTable, row: number): void {
  for (const role of SUMMED_MONTHS) {
    const cols = table.months![role];
    if (!cols) continue;
    const list = (sums[role] ??= new Array<number | null>(12).fill(null));
    for (let m = 0; m < 12; m++) list[m] = add(list[m], numberAt(table, row, cols[m]));
  }
}

/**
 * A table's lines in groups: `group` the lines since the last total row, `all` those before it. A total row is
 * checked against `membersOf`; then `closeGroup` folds its group into `all`.
 */
export interface TableLines {
  all: LinesAbove;
  group: LinesAbove;
}

export function noTableLines(): TableLines {
  return { all: noLinesAbove(), group: noLinesAbove() };
}

/**
 * The lines a total row (`row` of `table`) sums: its group's, or every line of the table when it has none of its
 * own. A grand total straight after a last group that has no รวม of its own says so by its typed allocation: the
 * sum of every line's, not the group's — then every line.
 */
export function membersOf(lines: TableLines, table: DetectedTable, row: number): LinesAbove {
  const { all, group } = lines;
  if (!group.count) return all;
  if (!all.count) return group;
  const typed = numberAt(table, row, table.columns.allocation);
  if (typed === null || group.allocated === null || all.allocated === null || near(typed, group.allocated)) return group;
  if (!near(typed, all.allocated + group.allocated)) return group;
  const every = noTableLines();
  fold(every.all, all);
  fold(every.all, group);
  return every.all;
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(a));
}

/** After a total row: its group's lines join the table's, and a new group starts. */
export function closeGroup(lines: TableLines): void {
  if (!lines.group.count) return;
  fold(lines.all, lines.group);
  lines.group = noLinesAbove();
}

/** Adds the sums of `group` to `all`. */
function fold(all: LinesAbove, group: LinesAbove): void {
  all.count += group.count;
  addMoney(all, group.allocated, group.toDate, group.committed, group.plannedAmount, group.disbursed);
  for (let i = 0; i < 4; i++) if (!Number.isNaN(group.ownDisbursed[i])) all.ownDisbursed[i] = addOwn(all.ownDisbursed[i], group.ownDisbursed[i]);
  for (const [key, n] of group.shareCounts) all.shareCounts.set(key, (all.shareCounts.get(key) ?? 0) + n);
  all.lastShares = group.lastShares;
  all.lastKey = group.lastKey;
  if (group.months) {
    const months = (all.months ??= {});
    for (const role of SUMMED_MONTHS) {
      const from = group.months[role];
      if (!from) continue;
      const to = (months[role] ??= new Array<number | null>(12).fill(null));
      for (let m = 0; m < 12; m++) to[m] = add(to[m], from[m]);
    }
  }
}

function sameShares(a: (number | null)[], b: (number | null)[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The key of a pattern of target shares: the total row's should be the one the lines share. */
export function shareKey(shares: (number | null)[]): string {
  return shares.map((x) => (x === null ? '' : String(x))).join('/');
}
