/** The command line's words: `recalc|summary <in.xlsx> [-o out] [--quarter 1-4] [--fiscal-year 2566] [--json]`. */
import { isQuarter } from '../core/fiscal';
import type { Quarter } from '../core/types';
import { WorkbookFileError } from '../xlsx/package-file';

export type Command = 'recalc' | 'summary';

export interface CliArgs {
  command: Command;
  input: string;
  output: string | null;
  quarter: Quarter | undefined;
  fiscalYear: number | undefined;
  json: boolean;
  lang: 'th' | 'en';
  /** --no-straight-line: indicators with only an annual target get no status (overrides the saved setting). */
  straightLine: boolean | undefined;
}

export class UsageError extends Error {}

/** No table was read: exit 1 (README), saying what was found and skipped. */
export class NoTableError extends Error {}

/** `kpi-progress --help` (or -h, help): the usage on stdout, exit 0. */
export function isHelp(argv: string[]): boolean {
  return argv.length > 0 && ['--help', '-h', 'help'].includes(argv[0]);
}

export const XLS = 'ไฟล์ .xls เป็นรูปแบบเก่า: เปิดใน Excel แล้วบันทึกเป็น .xlsx ก่อน (an .xls file: open it in Excel and save it as .xlsx; the add-in works in Excel itself)';

export const USAGE = `ใช้ (usage): kpi-progress recalc|summary <in.xlsx> [-o <out.xlsx>] [--quarter 1-4] [--fiscal-year 2566] [--json] [--lang th|en] [--no-straight-line]`;

export function parseArgs(argv: string[]): CliArgs {
  const [command, ...rest] = argv;
  if (command !== 'recalc' && command !== 'summary') throw new UsageError(USAGE);
  const out: CliArgs = { command, input: '', output: null, quarter: undefined, fiscalYear: undefined, json: false, lang: 'th', straightLine: undefined };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = () => {
      const v = rest[++i];
      if (v === undefined) throw new UsageError(`${a} ต้องมีค่าตามหลัง (needs a value). ${USAGE}`);
      return v;
    };
    if (a === '-o' || a === '--output') out.output = value();
    else if (a === '--quarter' || a === '-q') {
      const q = Number(value());
      if (!isQuarter(q)) throw new UsageError(`--quarter ต้องเป็น 1-4 (must be 1-4)`);
      out.quarter = q;
    } else if (a === '--fiscal-year' || a === '--year') {
      const y = Number(value());
      if (!Number.isInteger(y) || y < 2400 || y > 2700) throw new UsageError(`--fiscal-year ต้องเป็นปี พ.ศ. เช่น 2566 (a Buddhist Era year such as 2566)`);
      out.fiscalYear = y;
    } else if (a === '--json') out.json = true;
    else if (a === '--no-straight-line') out.straightLine = false;
    else if (a === '--lang') {
      const l = value();
      if (l !== 'th' && l !== 'en') throw new UsageError('--lang ต้องเป็น th หรือ en');
      out.lang = l;
    } else if (a.startsWith('-')) throw new UsageError(`ไม่รู้จักตัวเลือก (unknown option) ${a}. ${USAGE}`);
    else if (!out.input) out.input = a;
    else throw new UsageError(`ระบุไฟล์ได้ไฟล์เดียว (one input file only). ${USAGE}`);
  }
  if (!out.input) throw new UsageError(`ต้องระบุไฟล์ .xlsx (an input .xlsx is required). ${USAGE}`);
  // Not an .xlsx: exit 1 like any file that cannot be used (README), not 2 (wrong words on the command line).
  if (/\.xls$/i.test(out.input)) throw new WorkbookFileError(XLS);
  return out;
}
