/** Plans and checks of an indicator's typed figures beside its computation: the straight line, suspicious figures. */
import type { ParsedCell } from './cell-grammar';
import { planRef, resultRef, targetRef, type IndicatorSource } from './extract-indicators';
import type { Finding } from './indicator-figures';
import { roundHalfAway } from './thai-digits';
import type { Measure } from './types';

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
export const ABSURD = 1e16;

/** Negative figures, and figures far beyond the target's scale, in the indicator's input cells. */
export function suspiciousFindings(src: IndicatorSource, target: number | null, findings: Finding[]): void {
  const scale = target !== null && target > 0 ? target * 1000 : ABSURD;
  // The cell's reference is made only for a suspicious figure: eight objects an indicator otherwise, at 100,000 rows.
  if (src.targetCol !== undefined && src.target.value !== null && (src.target.value < 0 || src.target.value >= ABSURD)) {
    const kind = suspicion(src.target, scale);
    if (kind) findings.push({ ref: targetRef(src)!, code: 'suspicious-number', args: { role: 'target', value: src.target.value, kind } });
  }
  for (let i = 0; i < 4; i++) {
    const plan = suspicion(src.plans[i], scale);
    const planAt = plan && planRef(src, i);
    if (plan && planAt) findings.push({ ref: planAt, code: 'suspicious-number', args: { role: 'plan', value: src.plans[i].value!, kind: plan } });
    const result = suspicion(src.results[i], scale);
    const resultAt = result && resultRef(src, i);
    if (result && resultAt) findings.push({ ref: resultAt, code: 'suspicious-number', args: { role: 'result', value: src.results[i].value!, kind: result } });
  }
}

/** Negative, or beyond the scale: what is suspicious about a figure, if anything. */
function suspicion(p: ParsedCell, scale: number): 'negative' | 'absurd' | null {
  const v = p.value;
  if (v === null || (p.kind !== 'number' && p.kind !== 'level')) return null;
  return v < 0 ? 'negative' : v >= ABSURD || v > scale ? 'absurd' : null;
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
