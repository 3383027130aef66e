/**
 * The engine of two revisions side by side: `npx tsx bench/compare-engine.ts [--before REV] [--after REV]
 * [--runs N] [--rows N] [--layouts A,B,C,D,mixed]`. Each revision's bench/engine-child.ts is bundled with that
 * revision's src/ (a revision's files are taken with `git archive` into a temporary folder; the working tree when
 * --after is left out), then the two children run alternately, N processes each per layout, so the load of a
 * shared machine falls on both alike. Prints each layout's median CPU ms (user + system, the child's median over
 * its own runs) before and after, and the change.
 */
import { execFileSync, spawnSync } from 'child_process';
import { buildSync } from 'esbuild';
import fs from 'fs';
import os from 'os';
import path from 'path';
import type { EngineLayout, EngineRow } from './engine-case';
import { median, round } from './measure';

const ROOT = path.resolve(__dirname, '..');

interface Options {
  before: string;
  after: string | null;
  runs: number;
  rows: number;
  layouts: EngineLayout[];
}

function parseArgs(argv: string[]): Options {
  const o: Options = { before: 'ee3854e', after: null, runs: 5, rows: 100_000, layouts: ['A', 'B', 'C', 'D', 'mixed'] };
  for (let i = 0; i < argv.length; i++) {
    const v = argv[i + 1];
    switch (argv[i]) {
      case '--before': o.before = v; i++; break;
      case '--after': o.after = v; i++; break;
      case '--runs': o.runs = Number(v); i++; break;
      case '--rows': o.rows = Number(v); i++; break;
      case '--layouts': o.layouts = v.split(',') as EngineLayout[]; i++; break;
      default: throw new Error(`compare-engine: unknown argument ${argv[i]}`);
    }
  }
  if (!(o.runs > 0) || !(o.rows > 0)) throw new Error('compare-engine: --runs and --rows take positive numbers');
  return o;
}

/** The revision's src/ and bench/ in a fresh folder; the working tree itself when rev is null. */
function sourceTree(rev: string | null, tmp: string, name: string): string {
  if (rev === null) return ROOT;
  const dir = path.join(tmp, name);
  fs.mkdirSync(dir, { recursive: true });
  const tar = execFileSync('git', ['archive', '--format=tar', rev, 'src', 'bench', 'tsconfig.json'], { cwd: ROOT, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  return dir;
}

function bundle(tree: string, outfile: string): string {
  buildSync({
    entryPoints: [path.join(tree, 'bench/engine-child.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    outfile,
    nodePaths: [path.join(ROOT, 'node_modules')],
    logLevel: 'warning',
  });
  return outfile;
}

function runChild(child: string, layout: EngineLayout, rows: number): EngineRow {
  const r = spawnSync(process.execPath, [child, layout, String(rows)], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`${child} ${layout} × ${rows}: exit ${r.status}: ${(r.stderr ?? '').slice(0, 600)}`);
  return JSON.parse(r.stdout) as EngineRow;
}

function main(): void {
  const o = parseArgs(process.argv.slice(2));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'compare-engine-'));
  try {
    const before = bundle(sourceTree(o.before, tmp, 'before'), path.join(tmp, 'before.js'));
    const after = bundle(sourceTree(o.after, tmp, 'after'), path.join(tmp, 'after.js'));
    const label = o.after ?? 'working tree';
    const loads: number[] = [];
    process.stdout.write(`engine CPU ms at ${o.rows.toLocaleString('en-US')} rows, ${o.before} → ${label}, ` +
      `median of ${o.runs} alternating processes each\n`);
    process.stdout.write('| layout | before | after | change | before runs | after runs |\n|---|---|---|---|---|---|\n');
    for (const layout of o.layouts) {
      const b: number[] = [];
      const a: number[] = [];
      for (let i = 0; i < o.runs; i++) {
        // Alternate which goes first, so neither always follows the other's garbage or warm file cache.
        const pair = i % 2 === 0 ? [[before, b], [after, a]] as const : [[after, a], [before, b]] as const;
        for (const [child, into] of pair) into.push(runChild(child, layout, o.rows).cpuMs);
        loads.push(os.loadavg()[0]);
      }
      const mb = median(b);
      const ma = median(a);
      const change = round(((ma - mb) / mb) * 100);
      process.stdout.write(`| ${layout} | ${round(mb, 0)} | ${round(ma, 0)} | ${change > 0 ? '+' : ''}${change} % | ` +
        `${b.map((x) => round(x, 0)).join(' ')} | ${a.map((x) => round(x, 0)).join(' ')} |\n`);
    }
    process.stdout.write(`load average (1 min) during the runs: ${round(Math.min(...loads))}–${round(Math.max(...loads))}\n`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main();
