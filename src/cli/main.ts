/** kpi-progress: recalculates a workbook's KPI and budget tables (and makes the summary sheet) from the command line. */
import * as path from 'node:path';
import { recalculate } from '../core/engine';
import { applyEdits } from '../xlsx/apply-edits';
import { readGrid } from '../xlsx/read-grid';
import { readSettings } from '../xlsx/settings-sheet';
import { withoutSummaries } from '../xlsx/write-sheet-spec';
import { defaultOutputPath, openWorkbook, saveWorkbook, WorkbookFileError } from '../xlsx/workbook-file';
import { parseArgs, UsageError, type CliArgs } from './args';
import { heapFlag, rerunWith } from './heap-room';
import { humanSummary } from './human-summary';
import { en, th } from './messages';
import { reportJson } from './report-json';
import { addSummarySheet } from './summary-step';

/**
 * `out` takes the report's lines; `step`, when given, what the command is doing (a big workbook takes seconds to
 * open and to save): the entry point shows it on a terminal only, so piped output and --json stay clean.
 */
export async function run(argv: string[], out: (s: string) => void, step?: (s: string) => void): Promise<number> {
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

  if (args.json) out(JSON.stringify(reportJson(report), null, 2));
  else {
    out(humanSummary(report, m, edits.length));
    if (summary) out(m.summarySheet(summary.name));
    for (const note of summary?.notes ?? []) out(m.summaryNote(note));
    out(m.wrote(shown(output)));
  }
  return 0;
}

/** The input named on the command line, or undefined when the words are wrong (run() then says what is wrong). */
function inputOf(argv: string[]): string | undefined {
  try {
    return parseArgs(argv).input;
  } catch (e) {
    if (e instanceof UsageError) return undefined;
    throw e;
  }
}

async function main(argv: string[], print: (s: string) => void, step?: (s: string) => void): Promise<number> {
  const input = inputOf(argv);
  const flag = input ? heapFlag(input) : null;
  return flag ? rerunWith(flag) : run(argv, print, step);
}

if (require.main === module) {
  // exitCode, never process.exit(): exiting at once would cut off --json output going into a pipe.
  // What it is doing, on one line of the terminal that the next step overwrites, cleared before anything else shows.
  let shown = false;
  const step = process.stderr.isTTY
    ? (s: string) => {
        process.stderr.write(`\r\x1b[K${s}`);
        shown = true;
      }
    : undefined;
  const clear = () => {
    if (shown) process.stderr.write('\r\x1b[K');
    shown = false;
  };
  const print = (s: string) => {
    clear();
    process.stdout.write(`${s}\n`);
  };
  // `kpi-progress … | head`: the reader has gone, and the workbook is already saved; nothing more to say.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(process.exitCode ?? 0);
  });
  main(process.argv.slice(2), print, step).then(
    (code) => {
      clear();
      process.exitCode = code;
    },
    (e: unknown) => {
      clear();
      // One line, never a stack trace, for what a user can fix.
      if (e instanceof UsageError || e instanceof WorkbookFileError) process.stderr.write(`kpi-progress: ${e.message}\n`);
      else process.stderr.write(`kpi-progress: ข้อผิดพลาดภายใน (internal error): ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = e instanceof UsageError ? 2 : 1;
    },
  );
}
