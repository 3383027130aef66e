/** (Being replaced by the package patcher: the summary command's old way, through exceljs.) kpi-progress: recalculates a workbook's KPI and budget tables (and makes the summary sheet) from the command line. */
import * as path from 'node:path';
import { recalcWorkbook, summarizeWorkbook } from '../core/pipeline';
import type { Report } from '../core/types';
import { exceljsWorkbook } from '../xlsx/exceljs-port';
import { defaultOutputPath, openWorkbook, saveWorkbook } from '../xlsx/workbook-file';
import { NoTableError, parseArgs, UsageError, type CliArgs } from './args';
import { humanSummary, noTableMessage } from './human-summary';
import { en, th } from './messages';
import { reportJson } from './report-json';

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
  step?.(m.step.computing);
  const port = exceljsWorkbook(workbook);
  const options = {
    quarter: args.quarter,
    fiscalYear: args.fiscalYear,
    beforeWrite: (r: Report) => {
      if (r.tables.length === 0) throw new NoTableError(noTableMessage(r, m));
    },
    beforeSummary: () => step?.(m.step.summarizing),
  };
  const { report, edits, summary } =
    args.command === 'summary' ? await summarizeWorkbook(port, options) : { ...(await recalcWorkbook(port, options)), summary: null };
  step?.(m.step.saving(shown(output)));
  await saveWorkbook(workbook, output);

  if (args.json) out(JSON.stringify(reportJson(report, m.lang), null, 2));
  else {
    out(humanSummary(report, m, edits.length));
    if (summary) out(m.summarySheet(summary.sheetName));
    for (const note of summary?.notes ?? []) out(m.summaryNote(note));
    out(m.wrote(shown(output)));
  }
  return 0;
}

