/** The summary's prose in the seed's formal style: a paragraph per indicator, the budget sentence, the behind-plan list, the warnings. */
import { displayName, fitName, qty } from './tables';
import { roundHalfAway } from '../thai-digits';
import type { DigitStyle, IndicatorResult, Quarter, Report, Warning } from '../types';
import { againstPlan } from '../status';
import { straightLinePlan } from '../indicator-checks';
import type { BudgetView } from './budget-view';
import { Builder } from './layout';
import * as P from './phrases';
import { warningMessage } from '../warning-messages';

/** The plan due by quarter q, formatted: cumulative sum (count) or the plan at q (level, rate). */
function planDue(b: Builder, ind: IndicatorResult, q: Quarter): string | null {
  // Only an annual target: the straight line (a count's target × q ÷ 4; a level's or a rate's target in Q4).
  const plan = ind.straightLine && ind.target !== null ? straightLinePlan(ind.measure, ind.target) : ind.plan;
  const upTo = plan.slice(0, q);
  if (ind.measure === 'cumulative') return null;
  if (ind.measure === 'count') {
    const due = upTo.filter((p): p is number => p !== null);
    return due.length ? P.cumulativePlan(qty(b, ind, roundHalfAway(due.reduce((a, x) => a + x, 0), 4))) : null;
  }
  for (let i = upTo.length - 1; i >= 0; i--) if (upTo[i] !== null) return P.planAt(qty(b, ind, upTo[i] as number));
  return null;
}

/**
 * `n`: the indicator's number, as tables.ts indicatorNumbers gives it. `toDate`: the tables have no periods (one result to date): the result is told as of the date given (its text,
 * '31 มีนาคม 2568', or null), never as a quarter's increase.
 */
export function indicatorParagraph(b: Builder, ind: IndicatorResult, n: string, q: Quarter, fy: number | null, toDate?: { date: string | null }): string {
  const months = fy === null ? null : b.ours(P.quarterMonths(fy, q));
  const days = fy === null ? null : b.ours(P.roundDays(fy, q));
  const round = b.ours(`รอบ ${q * 3} เดือน`);
  let s = P.indicatorOpening(n, '') + displayName(ind.name);
  if (ind.target !== null) s += P.targetClause(qty(b, ind, ind.target), ind.direction === 'lower');
  if (ind.measure === 'cumulative' && ind.yearTarget !== undefined) {
    s += P.yearTargetClause(qty(b, ind, ind.yearTarget), ind.base === undefined ? null : qty(b, ind, ind.base));
  }
  const hasResults = ind.total !== null;
  if (hasResults && toDate) {
    const total = qty(b, ind, ind.total as number);
    s += P.toDateClause(toDate.date) + (ind.measure === 'count' || ind.measure === 'cumulative' ? P.amountClause(total) : P.reachedClause(total));
    if (ind.measure === 'level' && ind.percent !== null && ind.percent > 100 && ind.target !== null) s += P.levelTargetClause(b.num(ind.target));
    else if (ind.percent !== null) s += P.percentClause(b.pct(ind.percent), ind.measure === 'cumulative');
  } else if (hasResults) {
    s += P.quarterClause(b.plain(q), months);
    const thisQuarter = ind.result[q - 1] ?? null;
    if (ind.measure === 'count' || ind.measure === 'cumulative') {
      if (thisQuarter === null) s += P.NOTHING_ADDED;
      else s += q === 1 ? P.amountClause(qty(b, ind, thisQuarter)) : P.addedClause(qty(b, ind, thisQuarter));
      if (ind.measure === 'count' && q > 1) s += P.runningTotalClause(round, days, qty(b, ind, ind.total as number));
      if (ind.measure === 'cumulative') {
        const yearPart =
          ind.base !== undefined ? (ind.total as number) - ind.base : ind.result.slice(0, q).reduce<number>((a, x) => a + (x ?? 0), 0);
        s += P.runningTotalClause(round, days, qty(b, ind, roundHalfAway(yearPart, 4)));
        s += P.cumulativeClause(qty(b, ind, ind.total as number));
      }
    } else {
      s += P.reachedClause(qty(b, ind, ind.total as number));
    }
    // A level past its target reads 'ระดับ ๔ (เป้าหมายระดับ ๑)', not ร้อยละ ๔๐๐ (DOMAIN.md, "Measures").
    if (ind.measure === 'level' && ind.percent !== null && ind.percent > 100 && ind.target !== null) s += P.levelTargetClause(b.num(ind.target));
    else if (ind.percent !== null) s += P.percentClause(b.pct(ind.percent), ind.measure === 'cumulative');
  }
  const plan = ind.overall === 'behind' || ind.overall === 'no-data' || ind.overall === 'ahead' ? planDue(b, ind, q) : null;
  s += P.statusClause(ind.overall, plan);
  if (ind.overall === 'not-due') {
    // A plan already due that is still not-due was deferred (by the committee): its note says until when.
    const deferred = ind.dueQuarter !== null && ind.dueQuarter <= q;
    s += deferred ? P.DEFERRED : P.dueClause(ind.dueQuarter === null ? null : b.plain(ind.dueQuarter));
    for (const note of ind.notes) s += P.remarkClause(note);
  } else if (ind.overall === 'behind') {
    for (const note of ind.notes) s += P.noteClause(note);
  } else if (ind.overall === 'no-data') {
    for (const note of ind.notes) s += P.remarkClause(note);
  }
  return s;
}


/**
 * The paragraph of an indicator whose figures were told already from another table: its name, and where (`firstN`:
 * the number it was told under). `n`, `firstN`: as tables.ts indicatorNumbers gives them.
 */
export function repeatParagraph(b: Builder, ind: IndicatorResult, n: string, firstN: string, firstTable: string | null): string {
  // The table's title is the user's text: its digits stay as typed.
  return P.indicatorOpening(n, '') + displayName(ind.name) + P.sameAsClause(firstN, firstTable);
}

/**
 * When the budget sentence counts from (DOMAIN.md, "The reporting quarter"): the as-of date the workbook states, else
 * the end of the reporting quarter, or no date when nothing says which quarter (no as-of date, no pick, and no table
 * with periods: the quarter would be a guess).
 */
export function budgetWhen(report: Report): string {
  const known = report.quarterSource === 'user' || !!report.asOf || report.tables.some((t) => t.periods !== 'none');
  return P.disbursedWhen(known ? report.quarter : null, report.asOf?.date ?? null);
}

/** The seed's budget sentence, and in the budget section the lines that are behind. */
export function budgetSentence(b: Builder, v: BudgetView, when: string, tolerance: number, withLines: boolean): string {
  const w = v.whole;
  let s = b.ours(
    P.disbursedSentence(
      when,
      w.disbursed === null ? null : b.num(w.disbursed, v.decimals),
      w.percent === null ? null : b.pct(w.percent),
      w.allocated === null ? '-' : b.num(w.allocated, v.decimals),
      v.unit,
    ),
  );
  // b.ours converts our own digits only; the figures above are already in the sheet's digits.
  // With no spending plan there is nothing to compare against: say so rather than "above a plan of 0.00".
  if (w.plannedPercent !== null && w.plannedPercent > 0) s += P.againstPlan(w.status, b.pct(w.plannedPercent));
  else s += b.ours(P.NO_SPENDING_PLAN);
  if (w.targetPercent !== null && w.percent !== null) {
    s += P.againstTarget(againstPlan(w.percent, w.targetPercent, 'higher', tolerance), b.pct(w.targetPercent));
  }
  if (withLines) {
    if (v.behindLines.length === 0) {
      if (v.lines.some((l) => l.plannedPercent !== null && l.plannedPercent > 0)) s += P.ALL_BUDGET_ON_PLAN;
    }
    else {
      s += P.budgetBehindLead(b.num(v.behindLines.length));
      s += P.listJoin(
        v.behindLines.map(
          (l) => l.name + P.budgetLineFigures(b.pct(l.percent ?? 0), l.plannedPercent === null ? null : b.pct(l.plannedPercent)),
        ),
      );
    }
  }
  return s;
}


export function behindItems(b: Builder, report: Report, q: Quarter): string[] {
  const out: string[] = [];
  for (const ind of report.indicators.filter((i) => i.overall === 'behind')) {
    const result = ind.total === null ? null : qty(b, ind, ind.total);
    // The name as the table gives it (two lines at most): its paragraph above gives it whole, the row says where.
    const name = fitName(b, displayName(ind.name), 1, 2);
    out.push(P.behindIndicator(name, result, planDue(b, ind, q)) + ' ' + P.rowRef(ind.sheet, b.plain(ind.row)));
  }
  for (const line of report.budget.filter((l) => l.status === 'behind')) {
    // A group's รวม is named as typed (its row says which): only the whole budget's total is the overall.
    const name = line.isTotal && line.whole !== false ? null : line.name;
    out.push(
      P.behindBudget(name, line.percent === null ? null : b.pct(line.percent), line.plannedPercent === null ? null : b.pct(line.plannedPercent)) +
        ' ' +
        P.rowRef(line.sheet, b.plain(line.row)),
    );
  }
  return out;
}

/** The sheet as Excel's Go To takes it: quoted unless a plain name. */
function sheetRef(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/**
 * "'ตาราง 1'!F13 message": the reference as Excel's Go To takes it (Arabic digits, as Excel writes it), the message in
 * Thai in the summary's digits.
 */
export function warningLine(w: Warning, digits: DigitStyle): string {
  const ref = w.cell ? `${sheetRef(w.sheet)}!${w.cell}` : sheetRef(w.sheet);
  return `${ref} ${warningMessage(w, 'th', digits)}`;
}

/**
 * The warnings as the summary lists them: one line per message, naming every cell it is about
 * ("'ตารางที่ ๑'!A4, A6, A10; 'แบบรายงาน'!C8 ตัวชี้วัดนี้มีค่าเป้าหมายเฉพาะไตรมาส ๔ …"), in the order they first come:
 * the same words six times over would fill a printed page.
 */
export function warningLines(warnings: readonly Warning[], digits: DigitStyle): string[] {
  const byMessage = new Map<string, Map<string, string[]>>();
  for (const w of warnings) {
    const message = warningMessage(w, 'th', digits);
    let sheets = byMessage.get(message);
    if (!sheets) byMessage.set(message, (sheets = new Map()));
    let cells = sheets.get(w.sheet);
    if (!cells) sheets.set(w.sheet, (cells = []));
    if (w.cell && !cells.includes(w.cell)) cells.push(w.cell);
  }
  const out: string[] = [];
  for (const [message, sheets] of byMessage) {
    const refs = [...sheets].map(([sheet, cells]) => (cells.length ? `${sheetRef(sheet)}!${cells.join(', ')}` : sheetRef(sheet)));
    out.push(`${refs.join('; ')} ${message}`);
  }
  return out;
}
