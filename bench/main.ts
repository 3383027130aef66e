/**
 * npm run bench [-- --json] [--quick] [--only engine,adapter,cli,taskpane] [--sizes 100,2000] [--no-build]
 *                 [--naive-max N] [--cli-timeout S] [--from saved.json]
 *
 * Generates workbooks of 100, 2,000, 20,000 and 100,000 indicator rows (layouts A–D) and measures the engine,
 * the Office.js adapter on the in-memory Excel (against a naive one-sync-per-row adapter), the CLI on .xlsx files,
 * and the task pane's first load in headless Chromium. Prints a table, or with --json the object
 * { engine, adapter, cli, taskpane }. A part that cannot be measured here says why ("not measured: …") and is
 * absent from the JSON's figures (listed under notMeasured): no number is ever made up.
 * Not part of npm test; nothing here asserts a time.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { benchAdapter, type AdapterRow } from './adapter-bench';
import { benchCli, CLI, type CliCommand, type CliRow } from './cli-bench';
import { benchEngine, type EngineRow } from './engine-bench';
import { LAYOUTS, type BenchLayout } from './generate';
import { buildAddin, benchTaskpane, type TaskpaneRow } from './taskpane-bench';
import { execFileSync } from 'child_process';

const ROOT = path.resolve(__dirname, '..');
const WORK = path.join(ROOT, '.tmp/bench');

interface Options {
  json: boolean;
  quick: boolean;
  only: Set<string>;
  build: boolean;
  naiveMax: number;
  sizes: number[];
  cliTimeoutMs: number;
  /** Print the table of a saved --json answer instead of measuring. */
  from: string | null;
}

function parse(argv: string[]): Options {
  const o: Options = {
    json: false,
    quick: false,
    only: new Set(['engine', 'adapter', 'cli', 'taskpane']),
    build: true,
    naiveMax: 20_000,
    sizes: [],
    cliTimeoutMs: 240_000,
    from: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--json') o.json = true;
    else if (a === '--quick') o.quick = true;
    else if (a === '--no-build') o.build = false;
    else if (a === '--only') o.only = new Set(value().split(','));
    else if (a === '--naive-max') o.naiveMax = Number(value());
    else if (a === '--sizes') o.sizes = value().split(',').map(Number);
    else if (a === '--cli-timeout') o.cliTimeoutMs = Number(value()) * 1000;
    else if (a === '--from') o.from = value();
    else if (a === '--help' || a === '-h') {
      process.stdout.write(
        'npm run bench -- [--json] [--quick] [--only engine,adapter,cli,taskpane] [--sizes 100,2000] [--no-build] [--naive-max N] [--cli-timeout S] [--from saved.json]\n',
      );
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  if (!o.sizes.length) o.sizes = o.quick ? [100, 2_000, 20_000] : [100, 2_000, 20_000, 100_000];
  if (o.quick) o.naiveMax = Math.min(o.naiveMax, 2_000);
  return o;
}

interface Output {
  engine: EngineRow[];
  adapter: AdapterRow[];
  cli: (CliRow | { rows: number; command: CliCommand; error: string })[];
  taskpane: TaskpaneRow | null;
  notMeasured: string[];
  machine: { node: string; cpus: number; cpu: string; memoryGB: number; date: string; quick: boolean; loadAverage: number[] };
}

async function main(): Promise<void> {
  const o = parse(process.argv.slice(2));
  if (o.from) {
    process.stdout.write(table(JSON.parse(fs.readFileSync(o.from, 'utf8')) as Output));
    return;
  }
  const quiet = false; // progress goes to stderr in both modes
  fs.mkdirSync(WORK, { recursive: true });
  const out: Output = {
    engine: [],
    adapter: [],
    cli: [],
    taskpane: null,
    notMeasured: [],
    machine: {
      node: process.version,
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? 'unknown',
      memoryGB: Math.round(os.totalmem() / 2 ** 30),
      date: new Date().toISOString(),
      quick: o.quick,
      loadAverage: os.loadavg().map((x) => Math.round(x * 10) / 10),
    },
  };

  if (o.only.has('engine')) {
    const layouts: (BenchLayout | 'mixed')[] = [...LAYOUTS, 'mixed'];
    out.engine = await benchEngine(o.sizes, layouts, quiet);
  }

  if (o.only.has('adapter')) {
    const r = await benchAdapter(o.sizes, o.naiveMax, quiet);
    if (typeof r === 'string') out.notMeasured.push(`adapter: ${r}`);
    else {
      out.adapter = r;
      for (const a of r) if (a.error) out.notMeasured.push(`adapter ${a.action} × ${a.rows}: failed: ${a.error}`);
      if (r.some((x) => x.naiveSyncs === null)) out.notMeasured.push(
          `adapter: the naive adapter was run up to ${o.naiveMax.toLocaleString('en-US')} rows only (--naive-max 100000 adds ~4 minutes: ~250,000 one-row syncs at 100,000 rows)`,
        );
    }
  }

  if (o.only.has('cli')) {
    if (o.build || !fs.existsSync(CLI)) execFileSync('npm', ['run', '-s', 'build:cli'], { cwd: ROOT, stdio: 'inherit' });
    out.cli = await benchCli(o.sizes, WORK, o.cliTimeoutMs, quiet);
    for (const c of out.cli) if ('error' in c) out.notMeasured.push(`cli ${c.command} × ${c.rows}: ${c.error}`);
  }

  if (o.only.has('taskpane')) {
    const dist = path.join(WORK, 'dist');
    let why: string | null = null;
    if (o.build) {
      process.stderr.write('  … task pane: production build (webpack)\n');
      try {
        fs.rmSync(dist, { recursive: true, force: true });
        buildAddin(path.relative(ROOT, dist));
      } catch (e) {
        const err = e as { stderr?: Buffer; message: string };
        why = `the production build failed: ${(err.stderr?.toString() || err.message).split('\n').filter(Boolean).slice(0, 3).join(' ')}`;
      }
    }
    const target = o.build ? dist : path.join(ROOT, 'dist');
    const r = why ?? (await benchTaskpane(target, o.quick ? 3 : 5, quiet));
    if (typeof r === 'string') out.notMeasured.push(`taskpane: ${r}`);
    else out.taskpane = r;
  }

  if (o.json) process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  else process.stdout.write(table(out));
}

// ---------------------------------------------------------------------------------------------------------------
// The terminal table

const n = (x: number | null | undefined, d = 0) =>
  x === null || x === undefined ? '—' : x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
const kb = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${n(x / 1024, 1)} KB`);

function grid(headers: string[], rows: string[][]): string {
  const w = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  ');
  return [line(headers), w.map((x) => '─'.repeat(x)).join('  '), ...rows.map(line)].join('\n');
}

function table(out: Output): string {
  const parts: string[] = [];
  const m = out.machine;
  parts.push(
    `KPI Progress benchmarks — node ${m.node}, ${m.cpus} × ${m.cpu}, ${m.memoryGB} GB, load average ${m.loadAverage.join(' ')} at the start${m.quick ? ' (quick)' : ''}`,
  );
  if (out.engine.length) {
    parts.push(
      '\nEngine (parse + detect + compute + plan edits, in memory, bundled as shipped; median of runs, the first and the fastest)\n' +
        grid(
          ['layout', 'rows', 'ms', 'first ms', 'best ms', 'cpu ms', 'rows/s', 'heap MB', 'grid MB', 'peak RSS MB', 'edits', 'runs'],
          out.engine.map((e) => [
            e.layout,
            n(e.rows),
            n(e.ms, 1),
            n(e.firstMs ?? NaN, 1),
            n(e.bestMs ?? NaN, 1),
            n(e.cpuMs, 1),
            n(e.rowsPerSecond),
            n(e.heapMB, 1),
            n(e.gridMB, 1),
            n(e.peakRssMB, 1),
            n(e.edits),
            String(e.runs),
          ]),
        ),
    );
  }
  if (out.adapter.length) {
    parts.push(
      '\nOffice.js adapter on the in-memory Excel as Excel on the web (5 MB limit; "desktop": the same on Excel for Windows and Mac,\n' +
        'no limit) vs. a naive one-sync-per-row adapter (all four layouts in one workbook)\n' +
        grid(
          ['rows', 'action', 'syncs', 'desktop', 'max request', 'total request', 'max response', 'naive syncs', 'ratio', 'ms'],
          out.adapter.map((a) => [
            n(a.rows),
            a.action,
            a.error ? `${n(a.syncs)} failed` : n(a.syncs),
            a.desktopSyncs === null || a.desktopSyncs === undefined ? '' : n(a.desktopSyncs),
            kb(a.requestBytesMax),
            kb(a.requestBytesTotal),
            kb(a.responseBytesMax),
            a.naiveSyncs === null ? 'not run' : n(a.naiveSyncs),
            a.naiveSyncs === null || a.syncs === 0 || a.error ? '—' : `${n(a.naiveSyncs / a.syncs)}×`,
            n(a.ms),
          ]),
        ),
    );
  }
  if (out.cli.length) {
    parts.push(
      '\nCLI: kpi-progress recalc|summary in.xlsx -o out.xlsx --json (child process, all four layouts)\n' +
        grid(
          ['rows', 'command', 'file MB', 'ms', 'peak RSS MB', 'runs'],
          out.cli.map((c) =>
            'error' in c
              ? [n(c.rows), c.command ?? 'recalc', '—', 'failed', '—', '—']
              : [n(c.rows), c.command ?? 'recalc', n(c.fileMB, 2), n(c.ms), n(c.peakRssMB, 1), String(c.runs)],
          ),
        ),
    );
  }
  if (out.taskpane) {
    const t = out.taskpane;
    parts.push(
      '\nTask pane (production build, headless Chromium, preview on the sample workbook)\n' +
        grid(
          ['first JS', 'gzipped', 'ready (median ms)', 'loads'],
          [[kb(t.jsBytes), kb(t.jsGzipBytes), n(t.readyMs), String(t.loads)]],
        ) +
        `\n  scripts: ${t.scripts.join(', ')}`,
    );
  }
  for (const why of out.notMeasured) parts.push(`\nnot measured: ${why}`);
  return `${parts.join('\n')}\n`;
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
