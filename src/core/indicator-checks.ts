/** Plans and checks of an indicator's typed figures beside its computation: the straight line, suspicious figures. */
import type { ParsedCell } from './cell-grammar';
import { planRef, resultRef, targetRef, type CellRef, type IndicatorSource } from './extract-indicators';
import type { Finding } from './indicator-figures';
import { roundHalfAway } from './thai-digits';
import type { Measure } from './types';
import type { CellRole } from './warning-messages';

/**
 * The plan of an indicator with only an annual target: a quarter of it each quarter for a count (compared
 * unrounded: 43 × 2 ÷ 4 = 21.5 by Q2), the whole target in Q4 for a level or a rate.
 */
export function straightLinePlan(measure: Measure, target: number): (number | null)[] {
  if (measure === 'level' || measure === 'rate') return [null, null, null, target];
  const q = target / 4;
  return [q, q, q, q];
}

/** Beyond this a figure is not a count anyone typed (1e308): computed with, and warned about. */
const ABSURD = 1e16;

/** Negative figures, and figures far beyond the target's scale, in the indicator's input cells. */
export function suspiciousFindings(src: IndicatorSource, target: number | null, findings: Finding[]): void {
  const scale = target !== null && target > 0 ? target * 1000 : ABSURD;
  const check = (p: ParsedCell, ref: CellRef | null, role: CellRole) => {
    const v = p.value;
    if (ref === null || v === null || (p.kind !== 'number' && p.kind !== 'level')) return;
    if (v < 0) {
      findings.push({ ref, code: 'suspicious-number', args: { role, value: v, kind: 'negative' } });
    } else if (v >= ABSURD || v > scale) {
      findings.push({ ref, code: 'suspicious-number', args: { role, value: v, kind: 'absurd' } });
    }
  };
  if (src.targetCol !== undefined && src.target.value !== null && (src.target.value < 0 || src.target.value >= ABSURD)) check(src.target, targetRef(src), 'target');
  for (let i = 0; i < 4; i++) {
    if (src.plans[i].value !== null) check(src.plans[i], planRef(src, i), 'plan');
    if (src.results[i].value !== null) check(src.results[i], resultRef(src, i), 'result');
  }
}

/** The annual target against the plans per quarter: their sum (count), the last (level, rate). */
export function targetFindings(
  src: IndicatorSource,
  measure: Measure,
  plan: (number | null)[],
  target: number | null,
  findings: Finding[],
): void {
  if (target === null || src.targetCol === undefined || src.target.value === null) return;
  // The plans stated, counted, summed and the last of them, without a list of them (100,000 indicators a click).
  let stated = 0;
  let planSum = 0;
  let last = 0;
  for (let i = 0; i < plan.length; i++) {
    const v = plan[i];
    if (v === null) continue;
    stated++;
    planSum += v;
    last = v;
  }
  if (stated < 2) return;
  if (measure === 'count') {
    const sum = roundHalfAway(planSum, 6);
    if (sum !== target) {
      findings.push({ ref: targetRef(src)!, code: 'target-mismatch', args: { target, plans: sum, rule: 'sum' } });
    }
  } else if (measure === 'level' || measure === 'rate') {
    if (last !== target) {
      findings.push({
        ref: targetRef(src)!,
        code: 'target-mismatch',
        args: { target, plans: last, rule: 'last' },
      });
    }
  }
}
