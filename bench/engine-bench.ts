/**
 * The engine alone: parse + detect + compute + plan edits on in-memory grids (no file, no Excel). Each layout and
 * size runs in a fresh node process (bench/engine-child.ts), so one case's memory and caches never blur the next:
 * the median of several runs after a warm-up, CPU time beside wall time (the machine may be shared), the heap in
 * use after a run with the grid and the engine's answer alive, and the process's peak RSS.
 *
 * The child runs bundled, as the engine ships (webpack's production bundle for the task pane, esbuild's for the
 * CLI): run through tsx, every call from one module into another goes through an export getter, which made the
 * engine a quarter slower than it is in the product.
 */
import { spawn } from 'child_process';
import { buildSync } from 'esbuild';
import path from 'path';
import type { EngineLayout, EngineRow } from './engine-case';
import { progress } from './measure';

export type { EngineLayout, EngineRow } from './engine-case';

const CHILD = path.resolve(__dirname, '../.tmp/bench/engine-child.js');

/** Bundles bench/engine-child.ts with the engine into one file, as the CLI is built. */
export function buildEngineChild(): void {
  buildSync({
    entryPoints: [path.join(__dirname, 'engine-child.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    outfile: CHILD,
    logLevel: 'warning',
  });
}

function runChild(layout: EngineLayout, rows: number): Promise<EngineRow> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, layout, String(rows)], {
      cwd: path.resolve(__dirname, '..'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`engine ${layout} × ${rows}: exit ${code}: ${Buffer.concat(err).toString().slice(0, 600)}`));
      resolve(JSON.parse(Buffer.concat(out).toString()) as EngineRow);
    });
  });
}

export async function benchEngine(sizes: number[], layouts: EngineLayout[], quiet = false): Promise<EngineRow[]> {
  buildEngineChild();
  const out: EngineRow[] = [];
  for (const rows of sizes) {
    for (const layout of layouts) {
      progress(quiet, `engine ${layout} × ${rows.toLocaleString('en-US')}`);
      out.push(await runChild(layout, rows));
    }
  }
  return out;
}
