/** An indicator's figures: total to date, percent of target, a status per quarter. DOMAIN.md, "Measures" and "Status words". */
import { hasValue, parseCell, textFigures, type ParsedCell } from './cell-grammar';
import { nameRef, planRef, quarterCellsFor, resultRef, targetRef, type CellRef, type IndicatorSource } from './extract-indicators';
import { straightLinePlan, suspiciousFindings, targetFindings } from './indicator-checks';
import { cumulativeParts, detectDirection, detectMeasure, perPopulationUnit, unitOf } from './measure';
import { percentOf, roundHalfAway } from './thai-digits';
import type { Direction, IndicatorOverride, Measure, Quarter, Status } from './types';
import type { WarningDetail } from './warning-messages';

/** A warning about one cell of the sheet at hand: the sheet is added by the caller. */
export type Finding = { ref: CellRef } & WarningDetail;

export interface IndicatorFigures {
  measure: Measure;
  direction: Direction;
  unit: string | null;
  target: number | null;
  plan: (number | null)[];
  result: (number | null)[];
  /** Count/cumulative: this year's sum of results through the reporting quarter. */
  yearSum: number | null;
  total: number | null;
  percent: number | null;
  status: (Status | null)[];
  overall: Status;
  dueQuarter: Quarter | null;
  deferred: boolean;
  /**
   * No plan per quarter typed, only an annual target: true when the status compares against the straight line
   * (target × q ÷ 4 for a count; the target in Q4 for a level or a rate), false when the user switched it off
   * (then no status is judged and the status cells are left alone), null when plans were typed.
   */
  straightLine: boolean | null;
  notes: readonly string[];
  base: number | null;
  yearTarget: number | null;
  /** What was found, appended to the list given (the engine's own, so no list is made per indicator). */
  findings: Finding[];
}


const NO_PARTS = { base: null, yearTarget: null } as const;
const NO_NOTES: readonly string[] = Object.freeze([]);

export function indicatorFigures(
  src: IndicatorSource,
  quarter: Quarter,
  tolerance: number,
  override: IndicatorOverride = {},
  findings: Finding[] = [],
  straightLine = true,
): IndicatorFigures {
  const namedUnit = unitOf(src.name, src.unitCell);
  // Plain loops over the four quarters: this runs once per indicator, 100,000 times on a big workbook.
  let q4Only = false;
  let deferred = false;
  for (let i = 0; i < 4; i++) {
    q4Only ||= src.plans[i].dueInQ4;
    deferred ||= src.results[i].deferred;
  }
  const measure = override.measure ?? detectMeasure({ name: src.name, unit: namedUnit, target: src.target, plans: src.periodPlans ?? src.plans });
  const cells = quarterCellsFor(src, measure);
  const plans = cells.plans;
  const results = toDateResults(src, cells.results, quarter);
  const unit = src.unitCell ? namedUnit : measure === 'rate' ? (perPopulationUnit(src.name) ?? 'ร้อยละ') : measure === 'level' ? 'ระดับ' : namedUnit;
  const direction = override.direction ?? detectDirection(src.name);

  const target = src.target.value ?? (measure === 'level' ? lastValue(plans) : sumValues(plans));
  if (src.targetCol !== undefined && src.target.kind === 'empty' && target !== null) {
    findings.push({ ref: targetRef(src)!, code: 'target-missing', args: { plans: target, rule: measure === 'level' ? 'last' : 'sum' } });
  }
  let typedPlan = false;
  for (let i = 0; i < 4; i++) typedPlan ||= plans[i].dueInQ4 || (plans[i].kind !== 'empty' && plans[i].kind !== 'dash');
  const { base, yearTarget } = measure === 'cumulative' ? cumulativeParts(textFigures(src.name), src.target) : NO_PARTS;
  // Only an annual target: the straight line, or (switched off) no plan at all.
  const line = !typedPlan && src.target.value !== null ? straightLine : null;
  const plan: (number | null)[] = line ? straightLinePlan(measure, measure === 'cumulative' ? (yearTarget ?? target!) : target!) : [null, null, null, null];
  const result: (number | null)[] = [null, null, null, null];
  let notes: string[] | null = null; // most indicators have none: one shared empty list for them
  for (let i = 0; i < 4; i++) {
    const p = plans[i];
    if (!line) plan[i] = p.dueInQ4 ? (i === 3 ? target : null) : hasValue(p) ? p.value : null;
    const r = results[i];
    result[i] = hasValue(r) ? r.value : null;
    if (r.note && !notes?.includes(r.note)) (notes ??= []).push(r.note);
  }

  for (let i = 0; i < 8; i++) {
    const parsed = i < 4 ? plans[i] : results[i - 4];
    const ref = parsed.kind === 'error' ? (i < 4 ? planRef(src, i) : resultRef(src, i - 4)) : null;
    if (ref) findings.push({ ref, code: 'unreadable-cell', args: { role: i < 4 ? 'plan' : 'result', quarter: ((i % 4) + 1) as Quarter, error: parsed.error } });
  }
  if (src.targetCol !== undefined && src.target.kind === 'error') {
    findings.push({ ref: targetRef(src)!, code: 'unreadable-cell', args: { role: 'target', error: src.target.error } });
  }

  suspiciousFindings(src, target, findings);

  const status: (Status | null)[] = [null, null, null, null];
  for (let q = 1; q <= quarter; q++) {
    status[q - 1] = deferred ? 'not-due' : quarterStatus(measure, direction, plan, result, q, tolerance, base);
  }
  const overall = status[quarter - 1] ?? 'not-due';

  let anyResult = false;
  let sum = 0;
  for (let i = 0; i < quarter; i++) {
    const v = result[i];
    if (v !== null) {
      anyResult = true;
      sum += v;
    }
  }
  const yearSum = anyResult ? roundHalfAway(sum, 6) : null;
  let total: number | null = null;
  let percent: number | null = null;
  if (yearSum !== null && !Number.isFinite(yearSum)) {
    // Absurd figures (1e308) add up past what a number holds: no total, and the cells were warned of.
  } else if (measure === 'count') {
    total = yearSum;
    percent = percentOf(total, target);
  } else if (measure === 'cumulative') {
    total = yearSum === null ? null : roundHalfAway((base ?? 0) + yearSum, 6);
    percent = percentOf(yearSum, yearTarget ?? target);
  } else {
    total = latest(result, quarter, measure === 'level');
    percent = percentOf(total, target);
  }

  let firstDue = 0; // a loop, not findIndex and a function made per indicator
  while (firstDue < 4 && plan[firstDue] === null) firstDue++;
  const dueQuarter = firstDue < 4 ? ((firstDue + 1) as Quarter) : null;
  if (quarter < 4 && (q4Only || dueQuarter === 4) && !deferred && line === null) {
    findings.push({
      ref: nameRef(src),
      code: 'q4-only',
      args: {},
    });
  }
  targetFindings(src, measure, plan, target, findings);
  labelFindings(src, results, status, findings);
  return {
    measure,
    direction,
    unit,
    target,
    plan,
    result,
    yearSum,
    total,
    percent,
    status: sharedStatuses(status),
    overall,
    dueQuarter,
    deferred,
    straightLine: line,
    notes: notes ?? NO_NOTES,
    base: measure === 'cumulative' ? base : null,
    yearTarget: measure === 'cumulative' ? yearTarget : null,
    findings,
  };
}

/**
 * One frozen list per combination of statuses (at most 6⁴), shared by the indicators that have it: the report keeps a
 * list per indicator, and at 100,000 rows their own lists were 6 MB more for a first run to fault in.
 */
function sharedStatuses(status: (Status | null)[]): (Status | null)[] {
  let key = 0;
  for (let i = 0; i < 4; i++) key = key * 6 + statusCode(status[i]);
  return (statusLists[key] ??= Object.freeze(status) as (Status | null)[]);
}
const statusLists = new Array<(Status | null)[] | undefined>(6 ** 4);

function statusCode(s: Status | null | undefined): number {
  return s === 'ahead' ? 1 : s === 'on-plan' ? 2 : s === 'behind' ? 3 : s === 'not-due' ? 4 : s === 'no-data' ? 5 : 0;
}

function quarterStatus(
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
    const planAt = latest(plan, q, true)!;
    const valueAt = latest(result, q, measure === 'level');
    if (valueAt === null) return 'no-data';
    return compare(valueAt, planAt, direction, tolerance);
  }
  if (plan[q - 1] !== null && result[q - 1] === null) return 'no-data';
  if (!anyResult) return 'no-data';
  if (measure === 'cumulative' && base !== null) {
    // A cumulative plan may be stated in cumulative terms (๑,๖๐๐) or as this year's part (๒๐๐).
    const planAt = latest(plan, q, true)!;
    if (planAt > base) return compare(base + done, planAt, direction, tolerance);
  }
  return compare(done, planned, direction, tolerance);
}

function compare(value: number, planned: number, direction: Direction, tolerance: number): Status {
  const diff = roundHalfAway(value - planned, 6);
  if (Math.abs(diff) <= tolerance) return 'on-plan';
  return (diff > 0) === (direction === 'higher') ? 'ahead' : 'behind';
}

/** The latest of the first `n` values; with carry, the last one stated (a level carries forward). */
function latest(values: (number | null)[], n: number, carry: boolean): number | null {
  if (!carry) return values[n - 1] ?? null;
  for (let i = n - 1; i >= 0; i--) if (values[i] !== null) return values[i];
  return null;
}

/** A table with no periods: its one result to date stands at the reporting quarter. */
function toDateResults(src: IndicatorSource, results: ParsedCell[], quarter: Quarter): ParsedCell[] {
  if (!src.toDate) return results;
  const out = [EMPTY_RESULT, EMPTY_RESULT, EMPTY_RESULT, EMPTY_RESULT];
  out[quarter - 1] = src.toDate;
  return out;
}
const EMPTY_RESULT: ParsedCell = parseCell(null);

function lastValue(cells: ParsedCell[]): number | null {
  for (let i = cells.length - 1; i >= 0; i--) if (hasValue(cells[i])) return cells[i].value;
  return null;
}

function sumValues(cells: ParsedCell[]): number | null {
  let sum: number | null = null;
  for (const c of cells) if (hasValue(c)) sum = (sum ?? 0) + c.value!;
  return sum;
}

/** A status word written by hand that the numbers contradict. */
function labelFindings(src: IndicatorSource, results: ParsedCell[], status: (Status | null)[], findings: Finding[]): void {
  for (let i = 0; i < 4; i++) {
    const parsed = results[i];
    const computed = status[i];
    if (src.resultCols[i] === undefined || src.coveredResults & (1 << i) || !computed || !parsed.status || parsed.status === computed) continue;
    findings.push({
      ref: resultRef(src, i)!,
      code: 'label-mismatch',
      args: { written: parsed.statusText ?? parsed.text, computed },
    });
  }
}
