/** An indicator's figures: total to date, percent of target, a status per quarter. DOMAIN.md, "Measures" and "Status words". */
import { hasValue, textFigures, type ParsedCell } from './cell-grammar';
import { EMPTY_CELL } from './parsed-grid';
import { nameRef, planRef, quarterCellsFor, resultRef, targetRef, type CellRef, type IndicatorSource } from './extract-indicators';
import { straightLinePlan, suspiciousFindings, targetFindings } from './indicator-checks';
import { cumulativeParts, detectDirection, detectMeasure, isUnitWord, rateUnit, unitOf } from './measure';
import { percentOf, roundHalfAway } from './thai-digits';
import { latestValue, quarterStatus, statusWithoutFigure, STATUSES } from './status';
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
  /** Of the annual target, as DOMAIN.md says (the report and the summary give it). */
  percent: number | null;
  /** The ร้อยละ column's figure: `percent`, or in a table whose typed percentages are of the plan to date, that. */
  columnPercent: number | null;
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
/** A finding with nothing to say but its code: one frozen object for all of them (a fifth of indicators at 100,000 rows). */
const NO_ARGS = Object.freeze({});
/** Each indicator's statuses are worked out here, then shared (see `sharedStatuses`): no list made per indicator. */
const STATUS_SCRATCH: (Status | null)[] = [null, null, null, null];

export function indicatorFigures(
  src: IndicatorSource,
  quarter: Quarter,
  tolerance: number,
  override: IndicatorOverride = {},
  findings: Finding[] = [],
  straightLine = true,
): IndicatorFigures {
  const namedUnit = unitOf(src.name, src.unitCell, src.target);
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
  const unit = src.unitCell ? namedUnit : measure === 'rate' ? rateUnit(src.name, namedUnit) : measure === 'level' ? 'ระดับ' : namedUnit;
  const direction = override.direction ?? detectDirection(src.name, src.target, measure === 'rate' ? plans : undefined);

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
    if (r.note && !isUnitWord(r.note) && !notes?.includes(r.note)) (notes ??= []).push(r.note); // '๓๐๐ ราย': no note
  }

  for (let i = 0; i < 8; i++) {
    const parsed = i < 4 ? plans[i] : results[i - 4];
    const ref = parsed.kind === 'error' ? (i < 4 ? planRef(src, i) : resultRef(src, i - 4)) : null;
    if (ref) findings.push({ ref, code: 'unreadable-cell', args: { role: i < 4 ? 'plan' : 'result', quarter: ((i % 4) + 1) as Quarter, error: parsed.error } });
  }
  if (src.targetCol !== undefined && (src.target.kind === 'error' || src.target.kind === 'text')) {
    // A target typed in words with no figure ('ผ่านเกณฑ์'): named with its text, as an error value is.
    findings.push({ ref: targetRef(src)!, code: 'unreadable-cell', args: { role: 'target', error: src.target.error ?? src.target.text } });
  }

  suspiciousFindings(src, target, findings);

  const status = STATUS_SCRATCH; // copied into a shared frozen list by `sharedStatuses`, never kept
  for (let q = 1; q <= 4; q++) status[q - 1] = null;
  for (let q = 1; q <= quarter; q++) {
    const judged = deferred ? 'not-due' : quarterStatus(measure, direction, plan, result, q, tolerance, base);
    status[q - 1] = judged === 'no-data' ? statusWithoutFigure(results[q - 1]) : judged;
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
    total = latestValue(result, quarter, measure === 'level');
    percent = percentOf(total, target);
  }

  const columnPercent = src.table.percentTo === 'plan-to-date' ? planToDatePercent(measure, plan, total, yearSum, line, quarter) : percent;

  let firstDue = 0; // a loop, not findIndex and a function made per indicator
  while (firstDue < 4 && plan[firstDue] === null) firstDue++;
  const dueQuarter = firstDue < 4 ? ((firstDue + 1) as Quarter) : null;
  if (quarter < 4 && (q4Only || dueQuarter === 4) && !deferred && line === null) {
    findings.push({ ref: nameRef(src), code: 'q4-only', args: NO_ARGS });
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
    columnPercent,
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
 * The result as a percent of the plan to date: of the plans through `quarter` (count, cumulative: this year's part),
 * or of the plan at it (a level, a rate: the last one stated). Null with no plan typed (`line` not null): the
 * straight line is ours, not a plan a person typed.
 */
export function planToDatePercent(
  measure: Measure,
  plan: readonly (number | null)[],
  total: number | null,
  yearSum: number | null,
  line: boolean | null,
  quarter: Quarter,
): number | null {
  if (line !== null) return null;
  if (measure === 'level' || measure === 'rate') return percentOf(total, latestValue(plan as (number | null)[], quarter, true));
  let planned: number | null = null;
  for (let i = 0; i < quarter; i++) if (plan[i] !== null) planned = (planned ?? 0) + plan[i]!;
  return percentOf(measure === 'count' ? total : yearSum, planned === null ? null : roundHalfAway(planned, 6));
}

/**
 * One frozen list per combination of statuses (at most 6⁴), shared by the indicators that have it: the report keeps a
 * list per indicator, and at 100,000 rows their own lists were 6 MB more for a first run to fault in.
 */
function sharedStatuses(status: (Status | null)[]): (Status | null)[] {
  let key = 0;
  for (let i = 0; i < 4; i++) key = key * 6 + statusCode(status[i]);
  return (statusLists[key] ??= Object.freeze(status.slice()) as (Status | null)[]);
}
const statusLists = new Array<(Status | null)[] | undefined>(6 ** 4);

function statusCode(s: Status | null | undefined): number {
  return s ? STATUSES.indexOf(s) + 1 : 0;
}

/** A table with no periods: its one result to date stands at the reporting quarter. */
function toDateResults(src: IndicatorSource, results: ParsedCell[], quarter: Quarter): ParsedCell[] {
  if (!src.toDate) return results;
  const out = [EMPTY_RESULT, EMPTY_RESULT, EMPTY_RESULT, EMPTY_RESULT];
  out[quarter - 1] = src.toDate;
  return out;
}
const EMPTY_RESULT: ParsedCell = EMPTY_CELL;

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
