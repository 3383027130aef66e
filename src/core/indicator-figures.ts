/** An indicator's figures: total to date, percent of target, a status per quarter. DOMAIN.md, "Measures" and "Status words". */
import { hasValue, parseCellText, type ParsedCell } from './cell-grammar';
import type { IndicatorSource, CellRef } from './extract-indicators';
import { cumulativeParts, detectDirection, detectMeasure, unitOf } from './measure';
import { percentOf, roundHalfAway } from './thai-digits';
import { STATUS_WORDS } from './words';
import type { Direction, IndicatorOverride, Measure, Quarter, Status, WarningCode } from './types';

export interface Finding {
  ref: CellRef;
  code: WarningCode;
  /** Thai message; the sheet and cell are added by the caller. */
  message: string;
}

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
  notes: string[];
  base: number | null;
  yearTarget: number | null;
  findings: Finding[];
}

const Q: Quarter[] = [1, 2, 3, 4];

export function indicatorFigures(
  src: IndicatorSource,
  quarter: Quarter,
  tolerance: number,
  override: IndicatorOverride = {},
): IndicatorFigures {
  const namedUnit = unitOf(src.name, src.unitCell);
  const plansParsed = src.plans.map((p) => p.parsed);
  const measure = override.measure ?? detectMeasure({ name: src.name, unit: namedUnit, target: src.target, plans: plansParsed });
  const unit = src.unitCell ? namedUnit : measure === 'rate' ? 'ร้อยละ' : measure === 'level' ? 'ระดับ' : namedUnit;
  const direction = override.direction ?? detectDirection(src.name);
  const findings: Finding[] = [];

  const q4Only = src.plans.some((p) => p.parsed.dueInQ4);
  const target = src.target.value ?? (measure === 'level' ? lastValue(plansParsed) : sumValues(plansParsed));
  const plan = src.plans.map((p, i) => {
    if (p.parsed.dueInQ4) return i === 3 ? target : null;
    return hasValue(p.parsed) ? p.parsed.value : null;
  });
  const result = src.results.map((r) => (hasValue(r.parsed) ? r.parsed.value : null));
  const deferred = src.results.some((r) => r.parsed.deferred);
  const notes = unique(src.results.map((r) => r.parsed.note).filter((n): n is string => !!n));

  for (const cell of [...src.plans, ...src.results]) {
    if (cell.ref && cell.parsed.kind === 'error') {
      findings.push({ ref: cell.ref, code: 'unreadable-cell', message: `อ่านค่าไม่ได้ (${cell.parsed.error}): แก้สูตรหรือค่าในเซลล์นี้` });
    }
  }
  if (src.targetRef && src.target.kind === 'error') {
    findings.push({ ref: src.targetRef, code: 'unreadable-cell', message: `อ่านค่าเป้าหมายไม่ได้ (${src.target.error})` });
  }

  const { base, yearTarget } =
    measure === 'cumulative' ? cumulativeParts(parseCellText(src.name), src.target) : { base: null, yearTarget: null };

  const status: (Status | null)[] = [null, null, null, null];
  for (const q of Q) {
    if (q > quarter) break;
    status[q - 1] = deferred ? 'not-due' : quarterStatus(measure, direction, plan, result, q, tolerance, base);
  }
  const overall = status[quarter - 1] ?? 'not-due';

  const through = result.slice(0, quarter);
  const anyResult = through.some((v) => v !== null);
  const yearSum = anyResult ? roundHalfAway(through.reduce<number>((s, v) => s + (v ?? 0), 0), 6) : null;
  let total: number | null = null;
  let percent: number | null = null;
  if (measure === 'count') {
    total = yearSum;
    percent = percentOf(total, target);
  } else if (measure === 'cumulative') {
    total = yearSum === null ? null : roundHalfAway((base ?? 0) + yearSum, 6);
    percent = percentOf(yearSum, yearTarget ?? target);
  } else {
    total = latest(through, measure === 'level');
    percent = percentOf(total, target);
  }

  const firstDue = plan.findIndex((v) => v !== null);
  const dueQuarter = firstDue >= 0 ? ((firstDue + 1) as Quarter) : null;
  if (quarter < 4 && (q4Only || dueQuarter === 4) && !deferred) {
    findings.push({
      ref: src.nameRef,
      code: 'q4-only',
      message: 'ตัวชี้วัดนี้มีค่าเป้าหมายเฉพาะไตรมาส ๔: ติดตามความก้าวหน้าระหว่างปีไม่ได้ ควรกำหนดค่าเป้าหมายรายไตรมาส',
    });
  }
  targetFindings(src, measure, plan, target, findings);
  labelFindings(src, status, findings);
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
    status,
    overall,
    dueQuarter,
    deferred,
    notes,
    base: measure === 'cumulative' ? base : null,
    yearTarget: measure === 'cumulative' ? yearTarget : null,
    findings,
  };
}

function quarterStatus(
  measure: Measure,
  direction: Direction,
  plan: (number | null)[],
  result: (number | null)[],
  q: Quarter,
  tolerance: number,
  base: number | null,
): Status {
  const plans = plan.slice(0, q);
  const results = result.slice(0, q);
  if (plans.every((v) => v === null)) return 'not-due';
  if (measure === 'level' || measure === 'rate') {
    const planAt = latest(plans, true)!;
    const valueAt = latest(results, measure === 'level');
    if (valueAt === null) return 'no-data';
    return compare(valueAt, planAt, direction, tolerance);
  }
  if (plan[q - 1] !== null && result[q - 1] === null) return 'no-data';
  if (results.every((v) => v === null)) return 'no-data';
  const done = results.reduce<number>((s, v) => s + (v ?? 0), 0);
  if (measure === 'cumulative' && base !== null) {
    // A cumulative plan may be stated in cumulative terms (๑,๖๐๐) or as this year's part (๒๐๐).
    const planAt = latest(plans, true)!;
    if (planAt > base) return compare(base + done, planAt, direction, tolerance);
  }
  const planned = plans.reduce<number>((s, v) => s + (v ?? 0), 0);
  return compare(done, planned, direction, tolerance);
}

function compare(value: number, planned: number, direction: Direction, tolerance: number): Status {
  const diff = roundHalfAway(value - planned, 6);
  if (Math.abs(diff) <= tolerance) return 'on-plan';
  return (diff > 0) === (direction === 'higher') ? 'ahead' : 'behind';
}

/** The latest value; with carry, the last one stated (a level carries forward). */
function latest(values: (number | null)[], carry: boolean): number | null {
  if (!carry) return values[values.length - 1] ?? null;
  for (let i = values.length - 1; i >= 0; i--) if (values[i] !== null) return values[i];
  return null;
}

function lastValue(cells: ParsedCell[]): number | null {
  return latest(cells.map((c) => (hasValue(c) ? c.value : null)), true);
}

function sumValues(cells: ParsedCell[]): number | null {
  const vals = cells.filter(hasValue).map((c) => c.value!);
  return vals.length ? vals.reduce((a, b) => a + b, 0) : null;
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

function targetFindings(
  src: IndicatorSource,
  measure: Measure,
  plan: (number | null)[],
  target: number | null,
  findings: Finding[],
): void {
  if (target === null || !src.targetRef || src.target.value === null) return;
  const stated = plan.filter((v): v is number => v !== null);
  if (stated.length < 2) return;
  if (measure === 'count') {
    const sum = roundHalfAway(stated.reduce((a, b) => a + b, 0), 6);
    if (sum !== target) {
      findings.push({ ref: src.targetRef, code: 'target-mismatch', message: `ค่าเป้าหมาย ${target} ไม่เท่ากับผลรวมแผนรายไตรมาส ${sum}` });
    }
  } else if (measure === 'level' || measure === 'rate') {
    const last = stated[stated.length - 1];
    if (last !== target) {
      findings.push({
        ref: src.targetRef,
        code: 'target-mismatch',
        message: `ค่าเป้าหมาย (${target}) ไม่ตรงกับแผนไตรมาสสุดท้าย (${last}): ร้อยละคิดจากค่าเป้าหมาย`,
      });
    }
  }
}

/** A status word written by hand that the numbers contradict. */
function labelFindings(src: IndicatorSource, status: (Status | null)[], findings: Finding[]): void {
  src.results.forEach((cell, i) => {
    const computed = status[i];
    if (!cell.ref || cell.covered || !computed || !cell.parsed.status || cell.parsed.status === computed) return;
    findings.push({
      ref: cell.ref,
      code: 'label-mismatch',
      message: `เขียนไว้ว่า "${cell.parsed.statusText}" แต่ตัวเลขแสดงว่า ${STATUS_WORDS[computed]}`,
    });
  });
}
