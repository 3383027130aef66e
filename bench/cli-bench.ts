/**
 * The command line end to end: `kpi-progress recalc|summary in.xlsx -o out.xlsx --json` in a child process on a
 * generated workbook (the four layouts, `rows` data rows in all). Wall time from spawn to exit; peak RSS of the
 * child from process.resourceUsage() (bench/rss-probe.cjs). The child's JSON is checked: it must have found every
 * indicator. `summary` also lays out and writes the summary sheet (it once took 9 minutes at 20,000 rows, unseen
 * while only recalc was measured).
 */
import { spawn } from 'child_process';
import fs from 'fs';
import path from 'path';
import { expectedFind, mixedGrid, split, type BenchLayout } from './generate';
import { median, progress, round } from './measure';
import { writeGridXlsx } from './write-xlsx';

export type CliCommand = 'recalc' | 'summary';
export const CLI_COMMANDS: CliCommand[] = ['recalc', 'summary'];

export interface CliRow {
  rows: number;
  command: CliCommand;
  ms: number;
  peakRssMB: number;
  runs: number;
  fileMB: number;
}

const ROOT = path.resolve(__dirname, '..');
export const CLI = path.join(ROOT, 'dist/cli/kpi-progress.js');
const PROBE = path.join(__dirname, 'rss-probe.cjs');
/** Bump when the generator changes, so cached workbooks are rebuilt. */
const GENERATOR_VERSION = 1;

/** The generated workbook for `rows`, cached under .tmp/bench (building 100,000 rows takes ~15 s). */
export async function workbookFile(rows: number, dir: string): Promise<string> {
  const file = path.join(dir, `mixed-${rows}-v${GENERATOR_VERSION}.xlsx`);
  if (!fs.existsSync(file)) await writeGridXlsx(mixedGrid(rows), file);
  return file;
}

interface ChildOutcome {
  ms: number;
  rssKB: number;
  stdout: string;
}

function runChild(args: string[], timeoutMs: number, rssFile: string): Promise<ChildOutcome> {
  return new Promise((resolve, reject) => {
    fs.rmSync(rssFile, { force: true });
    // The report goes to a file, not a pipe: the CLI ends with process.exit(), which cuts a piped stdout short
    // once the report is bigger than the pipe's buffer (writes to a file are synchronous in node).
    const outFile = `${rssFile}.stdout`;
    const outFd = fs.openSync(outFile, 'w');
    const t = performance.now();
    const child = spawn(process.execPath, ['--require', PROBE, CLI, ...args], {
      env: { ...process.env, KPI_BENCH_RSS_FILE: rssFile },
      stdio: ['ignore', outFd, 'pipe'],
    });
    fs.closeSync(outFd);
    const err: Buffer[] = [];
    child.stderr!.on('data', (b: Buffer) => err.push(b));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const ms = performance.now() - t;
      if (signal) fs.rmSync(outFile, { force: true });
      if (signal) return reject(new Error(`killed (${signal}) after ${Math.round(ms / 1000)} s`));
      if (code !== 0) return reject(new Error(`exit ${code}: ${Buffer.concat(err).toString().slice(0, 400)}`));
      const probe = JSON.parse(fs.readFileSync(rssFile, 'utf8')) as { maxRssKB: number };
      const stdout = fs.readFileSync(outFile, 'utf8');
      fs.rmSync(outFile, { force: true });
      resolve({ ms, rssKB: probe.maxRssKB, stdout });
    });
  });
}

function checkJson(stdout: string, rows: number): void {
  const json = JSON.parse(stdout) as { indicators: unknown[]; budget: unknown[] };
  const parts = split(rows, 4);
  const want = (['A', 'B', 'C', 'D'] as BenchLayout[]).reduce(
    (a, l, i) => {
      const e = expectedFind(l, parts[i]);
      return { indicators: a.indicators + e.indicators, budget: a.budget + e.budgetLines };
    },
    { indicators: 0, budget: 0 },
  );
  if (json.indicators.length !== want.indicators || json.budget.length !== want.budget) {
    throw new Error(
      `the CLI found ${json.indicators.length} indicators and ${json.budget.length} budget lines; expected ${want.indicators} and ${want.budget}`,
    );
  }
}

export async function benchCli(
  sizes: number[],
  dir: string,
  timeoutMs: number,
  quiet = false,
): Promise<(CliRow | { rows: number; command: CliCommand; error: string })[]> {
  if (!fs.existsSync(CLI)) throw new Error(`${path.relative(ROOT, CLI)} is missing: run npm run build:cli`);
  const out: (CliRow | { rows: number; command: CliCommand; error: string })[] = [];
  for (const rows of sizes) {
    progress(quiet, `cli: generating the ${rows.toLocaleString('en-US')}-row workbook`);
    const input = await workbookFile(rows, dir);
    const output = path.join(dir, `out-${rows}.xlsx`);
    const rssFile = path.join(dir, `rss-${process.pid}.json`);
    const runs = rows >= 20_000 ? 1 : 3;
    for (const command of CLI_COMMANDS) {
      const times: number[] = [];
      let rss = 0;
      try {
        for (let i = 0; i < runs; i++) {
          progress(quiet, `cli ${command} × ${rows.toLocaleString('en-US')} (run ${i + 1} of ${runs})`);
          const r = await runChild([command, input, '-o', output, '--json'], timeoutMs, rssFile);
          if (i === 0) checkJson(r.stdout, rows);
          times.push(r.ms);
          rss = Math.max(rss, r.rssKB);
        }
        const fileMB = round(fs.statSync(input).size / 2 ** 20, 2);
        out.push({ rows, command, ms: Math.round(median(times)), peakRssMB: round(rss / 1024), runs, fileMB });
      } catch (e) {
        out.push({ rows, command, error: (e as Error).message });
      } finally {
        fs.rmSync(output, { force: true });
        fs.rmSync(rssFile, { force: true });
      }
    }
  }
  return out;
}
