/** The short report printed without --json: counts by status, what is behind plan, what to check. */
import { reportsARound } from '../core/reporting-round';
import { budgetView } from '../core/summary/budget-view';
import type { EditCounts } from '../core/edit-list';
import type { DigitStyle, Report, Status } from '../core/types';
import { warningMessage, type Language } from '../core/warning-messages';
import { count, type CliMessages } from './messages';

const ORDER: Status[] = ['ahead', 'on-plan', 'behind', 'not-due', 'no-data'];
/**
 * Lines a list shows before saying how many more there are: a ministry's workbook has thousands of indicators behind
 * plan and of warnings, and a screenful is what a terminal is read in (--json has them all).
 */
export const LIST_MAX = 30;

export function humanSummary(report: Report, m: CliMessages, edits: EditCounts): string {
  const out: string[] = [];
  const budgetLines = report.budget.length;
  out.push(m.found(report.tables.length, report.indicators.length, budgetLines));
  const round = reportsARound(report.tables);
  out.push(m.period(report.fiscalYear, round ? report.quarter : null));
  if (report.asOf) out.push(m.asOf(report.asOf.text, `${report.asOf.sheet}!${report.asOf.cell}`, round));
  for (const t of report.tables) out.push(`  ${t.sheet}!${t.range} (${m.shape(t)})`);
  if (report.straightLine === true || report.straightLine === false) out.push(m.straightLine(report.straightLine));
  if (report.skipped.length) {
    out.push(`${m.skippedHeading(report.skipped.length)}:`);
    list(out, report.skipped, m, m.skipped);
  }
  if (report.indicators.length) {
    out.push(`${m.counts}:`);
    for (const s of ORDER) {
      const n = report.indicators.filter((i) => i.overall === s).length;
      if (n) out.push(`  ${m.status[s]}: ${count(n)}`);
    }
  }
  const behind = report.indicators.filter((i) => i.flagged);
  if (behind.length) {
    out.push(`${m.behindHeading}:`);
    list(out, behind, m, (i) => `  - ${i.sheet}!${i.row}: ${shorten(i.name)} (${pct(i.percent)}%)`);
  }
  // The whole budget as the summary tells it (its total row, or its lines added up in the first table's unit).
  const view = budgetView(report, undefined);
  if (view && view.whole.allocated !== null) {
    const w = view.whole;
    out.push(m.budgetOverall(w.allocated!, w.disbursed, w.percent, w.plannedPercent, view.unit, view.decimals));
  }
  const budget = report.budget.filter((b) => b.flagged);
  if (budget.length) {
    out.push(`${m.budgetHeading}:`);
    list(out, budget, m, (b) => `  - ${b.sheet}!${b.row}: ${shorten(b.name)} ${pct(b.percent)}% / ${pct(b.plannedPercent)}%`);
  }
  if (report.warnings.length) {
    out.push(`${m.warningsHeading(report.warnings.length)}:`);
    const digits = warningDigits(report, m.lang);
    list(out, report.warnings, m, (w) => `  - ${w.sheet ? `${w.sheet}!${w.cell}` : ''} ${warningMessage(w, m.lang, digits)}`.trimEnd());
  }
  out.push(m.edits(edits, report.warnings.length > 0));
  return out.join('\n');
}

/** In Thai, a warning's figures are in the workbook's digits, as its cells show them; in English, Arabic digits. */
export function warningDigits(report: Report, lang: Language): DigitStyle {
  return lang === 'th' ? report.digits : 'arabic';
}

/** No table read: the message, then each table skipped and why, and each sheet that could not be read. */
export function noTableMessage(report: Report, m: CliMessages): string {
  const lines = [m.noTable];
  for (const s of report.skipped) lines.push(m.skipped(s));
  // A sheet that could not be read may be the one that holds the table: said, or the file looks merely table-less.
  const digits = warningDigits(report, m.lang);
  for (const w of report.warnings) if (w.code === 'unreadable-sheet') lines.push(`  - ${w.sheet}! ${warningMessage(w, m.lang, digits)}`);
  return lines.join('\n');
}

function list<T>(out: string[], items: readonly T[], m: CliMessages, line: (item: T) => string): void {
  for (let i = 0; i < items.length && i < LIST_MAX; i++) out.push(line(items[i]));
  if (items.length > LIST_MAX) out.push(`  ${m.more(items.length - LIST_MAX)}`);
}

function shorten(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 70 ? `${one.slice(0, 69)}…` : one;
}

function pct(n: number | null): string {
  return n === null ? '-' : n.toFixed(2);
}
