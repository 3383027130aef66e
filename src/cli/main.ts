/** kpi-progress: recalculates a workbook's KPI and budget tables (and makes the summary sheet) from the command line. */
import * as path from 'node:path';
import { recalculate } from '../core/engine';
import { hasMacros, defaultPackageOutputPath, openPackageFile, saveBytes, WorkbookFileError } from '../xlsx/package-file';
import { ourSummarySheets, savedSettings } from '../xlsx/package/our-sheets';
import { applyEditList } from '../xlsx/patch/apply-edit-list';
import { PackageWriter } from '../xlsx/patch/package-writer';
import { readWorkbookGrid } from '../xlsx/sheet-xml/read-workbook';
import { parseArgs, UsageError, type CliArgs } from './args';
import { heapFlag, rerunWith } from './heap-room';
import { humanSummary } from './human-summary';
import { runWithExceljs } from './main-exceljs';
import { en, th } from './messages';
import { reportJson } from './report-json';

/**
 * `out` takes the report's lines; `step`, when given, what the command is doing (a big workbook takes seconds to
 * open and to save): the entry point shows it on a terminal only, so piped output and --json stay clean.
 */
export async function run(argv: string[], out: (s: string) => void, step?: (s: string) => void): Promise<number> {
  const args: CliArgs = parseArgs(argv);
  if (args.command === 'summary') return runWithExceljs(argv, out, step);
  const m = args.lang === 'en' ? en : th;
  const shown = (file: string) => path.relative(process.cwd(), file) || file;
  if (args.output && path.resolve(args.output) === path.resolve(args.input)) throw new UsageError(m.sameFile);

  step?.(m.step.reading(args.input));
  const pkg = await openPackageFile(args.input);
  const macros = hasMacros(pkg);
  const output = path.resolve(args.output ?? defaultPackageOutputPath(args.input, macros));
  if (output === path.resolve(args.input)) throw new UsageError(m.sameFile);
  if (macros && path.extname(output).toLowerCase() !== '.xlsm') throw new UsageError(m.macrosNeedXlsm);
  // Our own summary sheet is output, never a source: it would count the budget twice.
  const ours = new Set(ourSummarySheets(pkg));
  const read = readWorkbookGrid(pkg, (name) => !ours.has(name));
  const saved = savedSettings(read.grid);
  step?.(m.step.computing);
  // --no-straight-line overrides the setting saved with the workbook.
  const settings = args.straightLine === undefined ? saved.settings : { ...saved.settings, straightLine: args.straightLine };
  const { report, edits } = recalculate(read.grid, { quarter: args.quarter, fiscalYear: args.fiscalYear, settings });
  if (report.tables.length === 0) throw new UsageError(m.noTable);
  const writer = new PackageWriter(pkg);
  const applied = applyEditList(writer, edits);
  report.warnings.unshift(...read.warnings);
  report.warnings.push(...applied.warnings);
  step?.(m.step.saving(shown(output)));
  await saveBytes(writer.toBuffer(), output);

  if (args.json) out(JSON.stringify(reportJson(report, m.lang), null, 2));
  else {
    out(humanSummary(report, m, applied.written));
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
  // The summary is still made through exceljs's model of the whole workbook: room for a big one (heap-room.ts).
  const argv = process.argv.slice(2);
  const flag = argv[0] === 'summary' && argv[1] ? heapFlag(argv[1]) : null;
  (flag ? rerunWith(flag) : run(argv, print, step)).then(
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
