/**
 * Room to work for a big workbook. Node lets a process use a quarter of the machine's memory, at most about 4 GB:
 * 2 GB on an 8 GB laptop, where exceljs's copy of a workbook of 100,000 rows with its summary (about 3.5 GB) stops
 * with "JavaScript heap out of memory". For an input over BIG_INPUT, the command runs again in a child Node given
 * three quarters of the machine's memory (node's --max-old-space-size), when that is more than it has.
 */
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { totalmem } from 'node:os';
import { getHeapStatistics } from 'node:v8';

/** Set in the child, so it never starts another. */
export const HEAP_SET = 'KPI_PROGRESS_HEAP_SET';
/** An .xlsx over 1 MB (about 10,000 indicator rows) takes a few hundred MB of memory per MB of file. */
const BIG_INPUT = 2 ** 20;
const MB = 2 ** 20;

/** The node flag that gives the command more memory, or null when it has enough (or the input is small). */
export function heapFlag(input: string, env: NodeJS.ProcessEnv = process.env): string | null {
  if (env[HEAP_SET]) return null;
  let size: number;
  try {
    size = statSync(input).size;
  } catch {
    return null; // a missing input is said by the command itself, in the user's language
  }
  if (size < BIG_INPUT) return null;
  const want = Math.floor((totalmem() / MB) * 0.75);
  const have = getHeapStatistics().heap_size_limit / MB;
  return want > have * 1.25 ? `--max-old-space-size=${want}` : null;
}

/** Runs this command again in a child Node with `flag`, its output straight to ours; resolves with its exit code. */
export function rerunWith(flag: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, flag, process.argv[1], ...process.argv.slice(2)], {
      stdio: 'inherit',
      env: { ...process.env, [HEAP_SET]: '1' },
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}
