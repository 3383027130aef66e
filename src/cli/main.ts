/** kpi-progress: recalculates a workbook's KPI and budget tables (and makes the summary sheet) from the command line. */
import * as path from 'node:path';
import { recalcWorkbook, summarizeWorkbook } from '../core/pipeline';
import type { Report } from '../core/types';
import { hasMacros, defaultPackageOutputPath, openPackageFile, saveBytes, WorkbookFileError } from '../xlsx/package-file';
import { packageWorkbook } from '../xlsx/package-port';
import { isHelp, NoTableError, parseArgs, UsageError, USAGE, type CliArgs } from './args';
import { humanSummary, noTableMessage } from './human-summary';
import { en, th } from './messages';
import { jsonChunks } from './json-chunks';
import { reportJson } from './report-json';

/**
 * `out` takes the report's lines; `step`, when given, what the command is doing (a big workbook takes seconds to
 * open and to save): the entry point shows it on a terminal only, so piped output and --json stay clean.
 */
export async function run(argv: string[], out: (s: string) => void, step?: (s: string) => void): Promise<number> {
  if (isHelp(argv)) {
    out(USAGE);
    return 0;
  }
  const args: CliArgs = parseArgs(argv);
  const m = args.lang === 'en' ? en : th;
  const shown = (file: string) => path.relative(process.cwd(), file) || file;
  if (args.output && path.resolve(args.output) === path.resolve(args.input)) throw new UsageError(m.sameFile);

  step?.(m.step.reading(args.input));
  const pkg = await openPackageFile(args.input);
  const macros = hasMacros(pkg);
  const output = path.resolve(args.output ?? defaultPackageOutputPath(args.input, macros));
  if (output === path.resolve(args.input)) throw new UsageError(m.sameFile);
  if (macros && path.extname(output).toLowerCase() !== '.xlsm') throw new UsageError(m.macrosNeedXlsm);
  if (args.command === 'summary' && pkg.structureProtected) throw new WorkbookFileError(m.structureProtected);
  step?.(m.step.computing);
  const port = packageWorkbook(pkg);
  const options = {
    quarter: args.quarter,
    fiscalYear: args.fiscalYear,
    // --no-straight-line overrides the setting saved with the workbook.
    settings: args.straightLine === undefined ? undefined : { straightLine: args.straightLine },
    beforeWrite: (r: Report) => {
      if (r.tables.length === 0) throw new NoTableError(noTableMessage(r, m));
    },
    beforeSummary: () => step?.(m.step.summarizing),
  };
  const { report, edits, summary } =
    args.command === 'summary' ? await summarizeWorkbook(port, options) : { ...(await recalcWorkbook(port, options)), summary: null };
  const writer = port.writer();
  step?.(m.step.saving(shown(output)));
  await saveBytes(writer.toBuffer(), output);

  if (args.json) for (const piece of jsonChunks(reportJson(report, m.lang))) out(piece);
  else {
    out(humanSummary(report, m, edits.counts()));
    if (summary) out(m.summarySheet(summary.sheetName));
    for (const note of summary?.notes ?? []) out(m.summaryNote(note));
    out(m.wrote(shown(output)));
  }
  return 0;
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
  run(process.argv.slice(2), print, step).then(
    (code) => {
      clear();
      process.exitCode = code;
    },
    (e: unknown) => {
      clear();
      // One line, never a stack trace, for what a user can fix.
      if (e instanceof UsageError || e instanceof WorkbookFileError || e instanceof NoTableError) process.stderr.write(`kpi-progress: ${e.message}\n`);
      else process.stderr.write(`kpi-progress: ข้อผิดพลาดภายใน (internal error): ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = e instanceof UsageError ? 2 : 1;
    },
  );
}
