/** The short report printed without --json: counts by status, what is behind plan, what to check. */
import type { Report, Status } from '../core/types';
import type { CliMessages } from './messages';

const ORDER: Status[] = ['ahead', 'on-plan', 'behind', 'not-due', 'no-data'];

export function humanSummary(report: Report, m: CliMessages, edits: number): string {
  const lines: string[] = [];
  const budgetLines = report.budget.length;
  lines.push(m.found(report.tables.length, report.indicators.length, budgetLines));
  lines.push(m.period(report.fiscalYear, report.quarter));
  for (const t of report.tables) lines.push(`  ${t.sheet}!${t.range} (${t.layout})`);
  if (report.indicators.length) {
    lines.push(`${m.counts}:`);
    for (const s of ORDER) {
      const n = report.indicators.filter((i) => i.overall === s).length;
      if (n) lines.push(`  ${m.status[s]}: ${n}`);
    }
  }
  const behind = report.indicators.filter((i) => i.flagged);
  if (behind.length) {
    lines.push(`${m.behindHeading}:`);
    for (const i of behind) lines.push(`  - ${i.sheet}!${i.row}: ${shorten(i.name)} (${i.percent ?? '-'}%)`);
  }
  const budget = report.budget.filter((b) => b.flagged);
  if (budget.length) {
    lines.push(`${m.budgetHeading}:`);
    for (const b of budget) lines.push(`  - ${b.sheet}!${b.row}: ${shorten(b.name)} ${b.percent ?? '-'}% / ${b.plannedPercent ?? '-'}%`);
  }
  if (report.warnings.length) {
    lines.push(`${m.warningsHeading(report.warnings.length)}:`);
    for (const w of report.warnings) lines.push(`  - ${w.sheet ? `${w.sheet}!${w.cell}` : ''} ${w.message}`.trimEnd());
  }
  lines.push(m.edits(edits));
  return lines.join('\n');
}

function shorten(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 70 ? `${one.slice(0, 69)}…` : one;
}
