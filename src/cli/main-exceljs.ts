/** (Being replaced by the package patcher: the summary command's old way, through exceljs.) kpi-progress: recalculates a workbook's KPI and budget tables (and makes the summary sheet) from the command line. */
import * as path from 'node:path';
import { recalculate } from '../core/engine';
import { applyEdits } from '../xlsx/apply-edits';
import { readGrid } from '../xlsx/read-grid';
import { readSettings } from '../xlsx/settings-sheet';
import { withoutSummaries } from '../xlsx/write-sheet-spec';
import { defaultOutputPath, openWorkbook, saveWorkbook } from '../xlsx/workbook-file';
import { parseArgs, UsageError, type CliArgs } from './args';
import { humanSummary } from './human-summary';
import { en, th } from './messages';
import { reportJson } from './report-json';
import { addSummarySheet } from './summary-step';

/**
 * `out` takes the report's lines; `step`, when given, what the command is doing (a big workbook takes seconds to
 * open and to save): the entry point shows it on a terminal only, so piped output and --json stay clean.
 */
export async function runWithExceljs(argv: string[], out: (s: string) => void, step?: (s: string) => void): Promise<number> {
  const args: CliArgs = parseArgs(argv);
  const m = args.lang === 'en' ? en : th;
  const output = path.resolve(args.output ?? defaultOutputPath(args.input));
  if (output === path.resolve(args.input)) throw new UsageError(m.sameFile);
  const shown = (file: string) => path.relative(process.cwd(), file) || file;

  step?.(m.step.reading(args.input));
  const workbook = await openWorkbook(args.input);
  const saved = readSettings(workbook);
  step?.(m.step.computing);
  // Our own summary sheet is output, never a source: it would count the budget twice.
  const grid = withoutSummaries(workbook, readGrid(workbook));
  const settings = args.straightLine === undefined ? saved.settings : { ...saved.settings, straightLine: args.straightLine };
  const { report, edits } = recalculate(grid, { quarter: args.quarter, fiscalYear: args.fiscalYear, settings });
  if (report.tables.length === 0) throw new UsageError(m.noTable);
  applyEdits(workbook, edits);
  if (args.command === 'summary') step?.(m.step.summarizing);
  const summary = args.command === 'summary' ? addSummarySheet(workbook, report, settings) : null;
  step?.(m.step.saving(shown(output)));
  await saveWorkbook(workbook, output);

  if (args.json) out(JSON.stringify(reportJson(report, m.lang), null, 2));
  else {
    out(humanSummary(report, m, edits.length));
    if (summary) out(m.summarySheet(summary.name));
    for (const note of summary?.notes ?? []) out(m.summaryNote(note));
    out(m.wrote(shown(output)));
  }
  return 0;
}

