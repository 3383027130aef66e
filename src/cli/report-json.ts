/** The JSON the CLI prints with --json: a contract other tools script against (see README). */
import type { Report } from '../core/types';
import { warningMessage, type Language } from '../core/warning-messages';
import { warningDigits } from './human-summary';
import { LazyList } from './json-chunks';

/** `lang`: the language of each warning's `message` (its `code` and `args` are the same in both). */
export function reportJson(report: Report, lang: Language = 'th'): Record<string, unknown> {
  const digits = warningDigits(report, lang);
  return {
    fiscalYear: report.fiscalYear,
    quarter: report.quarter,
    quarterSource: report.quarterSource ?? null,
    asOf: report.asOf ?? null,
    straightLine: report.straightLine ?? null,
    // Mapped as they are printed (jsonChunks), not all at once: 75,000 indicators are 20 MB of objects.
    indicators: new LazyList(report.indicators, (i) => ({
      sheet: i.sheet,
      row: i.row,
      name: i.name,
      unit: i.unit,
      measure: i.measure,
      direction: i.direction,
      target: i.target,
      plan: i.plan,
      result: i.result,
      total: i.total,
      percent: i.percent,
      status: i.status,
      overall: i.overall,
      flagged: i.flagged,
      straightLine: i.straightLine ?? null,
    })),
    budget: new LazyList(report.budget, (b) => ({
      sheet: b.sheet,
      row: b.row,
      name: b.name,
      unit: b.unit ?? null,
      allocated: b.allocated,
      disbursed: b.disbursed,
      percent: b.percent,
      committed: b.committed ?? null,
      remaining: b.remaining ?? null,
      plannedPercent: b.plannedPercent,
      targetPercent: b.targetPercent,
      status: b.status,
      flagged: b.flagged,
    })),
    warnings: report.warnings.map((w) => ({ ...w, message: warningMessage(w, lang, digits) })),
    tables: report.tables,
    skipped: report.skipped,
  };
}
