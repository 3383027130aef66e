/**
 * Where a status is decided, and nowhere else: the sheet, the task pane, the command line and the summary all take
 * their ahead / on-plan / behind / not-due / no-data from here, with the user's on-plan band (Settings.tolerance),
 * so they cannot disagree. docs/RULES.md, "Status words".
 */
import { hasValue, type ParsedCell } from './cell-grammar';
import { roundHalfAway } from './thai-digits';
import type { Direction, Measure, Status } from './types';

/** Every status, in the order of their codes (1-based; 0 is "none"). */
export const STATUSES: readonly Status[] = Object.freeze(['ahead', 'on-plan', 'behind', 'not-due', 'no-data']);

/**
 * A figure against its plan: within the on-plan band (`tolerance`, in the figure's own units; 0 is exact) it is on
 * plan; otherwise ahead or behind as the direction says (fewer complaints than planned is ahead).
 */
export function againstPlan(value: number, planned: number, direction: Direction = 'higher', tolerance = 0): Status {
  // Rounded first: 0.1 + 0.2 against a plan of 0.3 is on plan.
  const diff = roundHalfAway(value - planned, 6);
  if (Math.abs(diff) <= tolerance) return 'on-plan';
  return (diff > 0) === (direction === 'higher') ? 'ahead' : 'behind';
}

/**
 * A budget line, or the whole budget: the percent disbursed to date against the percent planned to date. Nothing
 * planned yet is not due; planned but nothing disbursed is no data.
 */
export function budgetStatus(percent: number | null, plannedPercent: number | null, tolerance = 0): Status {
  if (plannedPercent === null || plannedPercent <= 0) return 'not-due';
  if (percent === null) return 'no-data';
  return againstPlan(percent, plannedPercent, 'higher', tolerance);
}

/**
 * An indicator at quarter q: the cumulative result through q against the cumulative plan through q (count,
 * cumulative), or the value at q against the plan at q (level, rate; a level not restated carries forward).
 * `base` is a cumulative indicator's starting figure, for a plan stated in cumulative terms (๑,๖๐๐ of which ๒๐๐ a
 * year). Deferred reporting is the caller's to say (it is not-due whatever the figures).
 */
export function quarterStatus(
  measure: Measure,
  direction: Direction,
  plan: (number | null)[],
  result: (number | null)[],
  q: number,
  tolerance: number,
  base: number | null,
): Status {
  let anyPlan = false;
  let anyResult = false;
  let planned = 0;
  let done = 0;
  for (let i = 0; i < q; i++) {
    const p = plan[i];
    const r = result[i];
    if (p !== null) {
      anyPlan = true;
      planned += p;
    }
    if (r !== null) {
      anyResult = true;
      done += r;
    }
  }
  if (!anyPlan) return 'not-due';
  if (measure === 'level' || measure === 'rate') {
    const planAt = latestValue(plan, q, true)!;
    const valueAt = latestValue(result, q, measure === 'level');
    if (valueAt === null) return 'no-data';
    return againstPlan(valueAt, planAt, direction, tolerance);
  }
  if (plan[q - 1] !== null && result[q - 1] === null) return 'no-data';
  if (!anyResult) return 'no-data';
  if (measure === 'cumulative' && base !== null) {
    // A cumulative plan may be stated in cumulative terms (๑,๖๐๐) or as this year's part (๒๐๐).
    const planAt = latestValue(plan, q, true)!;
    if (planAt > base) return againstPlan(base + done, planAt, direction, tolerance);
  }
  return againstPlan(done, planned, direction, tolerance);
}

/** The latest of the first `n` values; with carry, the last one stated (a level carries forward). */
export function latestValue(values: (number | null)[], n: number, carry: boolean): number | null {
  if (!carry) return values[n - 1] ?? null;
  for (let i = n - 1; i >= 0; i--) if (values[i] !== null) return values[i];
  return null;
}

/**
 * A quarter whose plan is due and whose result cell holds no figure but a status written by hand, with its reason
 * ('(ต่ำกว่าแผน) มีการปรับแก้ TOR'): the office reported that status; nothing in the figures says otherwise. Else no-data.
 */
export function statusWithoutFigure(cell: ParsedCell): Status {
  return cell.status !== null && !hasValue(cell) ? cell.status : 'no-data';
}
